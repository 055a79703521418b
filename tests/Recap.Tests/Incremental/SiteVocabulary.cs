namespace Recap.Tests.Incremental;

/// <summary>
/// The few names, values and paragraphs generated sites are made of. Pools are small on purpose,
/// so that files name each other, slugs clash, links find (or miss) their targets and speakers
/// merge; the first value of each pool is the plainest, which is where shrinking goes.
/// Some values are wrong on purpose (an invalid slug, a negative order, a missing image).
/// </summary>
internal static class SiteVocabulary
{
    public const string ConfigPath = "content/site.yml";

    public const string TalkLayoutPath = "layouts/talk.html";

    public const string AboutPagePath = "content/pages/about.md";

    public static readonly string[] ConferenceFolders = ["c1", "c2", "c3"];

    public static readonly string[] TalkStems = ["a", "b", "c", "d", "kafka", "intro", "keynote"];

    public static readonly string[] SpeakerIds = ["ada", "bob", "zoe", "dan"];

    public static readonly string[] TopicIds = ["kafka", "kubernetes", "engines"];

    public static readonly string[] StaticFiles = ["content/static/logo.svg", "content/static/notes.txt", "content/static/favicon.png", "content/static/robots.txt"];

    /// <summary>Files beside a conference's index.md or its talks, relative to the conference folder.</summary>
    public static readonly string[] BesideFiles = ["photo.png", "cover.png", "talks/photo.png", "slides.txt"];

    public static readonly string[] SiteTitles = ["Recaps", "Conference Notes", "\"Recaps: the sequel\""];

    public static readonly string?[] BaseUrls = ["https://recaps.example.org/", "https://user.github.io/recaps/", null];

    public static readonly string?[] SiteDescriptions = [null, "Talks I saw."];

    public static readonly string?[] SiteOptionValues =
        ["{ social_cards: false }", null, "{ social_cards: false, words_per_minute: 100 }", "{ social_cards: false, home_conferences: 1 }", "{ social_cards: false, progress: true }", "{ social_cards: false, toc_sections: 1 }", "{ social_cards: false, talks_per_page: 1 }", "{ social_cards: false, talks_per_page: 2 }", "{ social_cards: false, speakers_per_page: 1 }", "{ social_cards: false, talks_per_page: 1, speakers_per_page: 2 }"];

    public static readonly string?[] PermalinkValues =
    [
        null,
        "{ talk: /:year/:conference/:talk/ }",
        "{ speaker: /people/:speaker/, speakers: /people/ }",
        "{ page: /p/:page/ }",
        "{ conference: /:year/ }",
    ];

    public static readonly string?[] Strict = [null, "true"];

    /// <summary>Languages written left to right and right to left: the direction changes how bodies are compiled.</summary>
    public static readonly string?[] Languages = [null, "he", "ar", "de"];

    /// <summary>The site's own words (<c>i18n/</c>): English and German ones, which the languages above may use.</summary>
    public static readonly string[] WordsPaths = ["i18n/en.yml", "i18n/de.yml"];

    public static readonly string?[] WordsVersions = [null, "byline", "counts", "broken"];

    public static readonly string?[] MarkdownValues = [null, "{ unsafe_html: false }"];

    /// <summary>A custom domain (written to CNAME), or a value that is not a host name.</summary>
    public static readonly string?[] Domains = [null, "recaps.example.org", "\"https://recaps.example.org/\""];

    public static readonly string[] ConferenceNames = ["Conf One", "Conf Two", "Conf Three", "\"dotScale 2018\""];

    public static readonly string?[] ConferenceStarts = ["2024-05-02", "2023-03-01", "2025", null, "2027-09-01"];

    /// <summary>Slugs: the first two never clash in a first site; the others may take another page's URL.</summary>
    public static readonly string?[] ConferenceSlugs = [null, "conf", "c1", "c2", "speakers"];

    public static readonly string?[] ConferenceTopics = [null, "[Kafka]", "[engines, C#]"];

    public static readonly string?[] Covers = [null, "cover.png", "photo.png", "missing.png"];

    public static readonly string?[] Locations = [null, "Lyon"];

    public static readonly string[] ConferenceBodies =
    [
        "The intro.\n",
        "The intro.\n\n<!-- talks -->\n\nAfterwards.\n",
        "Start with [the first talk](talks/a.md).\n",
        "![The room](photo.png)\n",
        "## Getting there\n\n## Talks\n\n<!-- talks -->\n\n## Take-aways\n",
    ];

    public static readonly string[] TalkTitles = ["Talk A", "Talk B", "Kafka pipelines", "\"Engines: a history\"", "Zoë's keynote", "C# in production", "שלום Kafka"];

    public static readonly string[] TalkSpeakers =
        ["[Ada Lovelace]", "[Bob]", "[Ada Lovelace, Bob]", "[ada]", "[Zoë Ångström]", "[zoe angstrom]", "[Ada Lovelac]", "[]", "[Dan]", "[王小明]", "[汪小明, Wang Xiao Ming]", "[\"Tim (文昌) Hsu\", Tim Hsu]"];

    public static readonly string[] TalkTopics = ["[Kafka]", "[engines]", "[Kafka, C#]", "[k8s]", "[]", "[Kubernetes]", "[C, C++]", "[APIs]", "[api, c-sharp]"];

    public static readonly string?[] TalkFormats = [null, "keynote", "talk", "lightning", "workshop", "panel"];

    public static readonly string?[] TalkOrders = [null, "1", "2", "3", "-1"];

    public static readonly string?[] TalkDates = [null, "2024-05-02", "2024-05-03", "2024", "2027-01-10"];

    /// <summary>Slugs: the first two rarely clash in a first site; the others may take another talk's URL, and the last is not a slug.</summary>
    public static readonly string?[] TalkSlugs = [null, "opening", "a", "b", "intro", "kafka", "Bad Slug"];

    public static readonly string?[] TalkImages = [null, "../photo.png", "photo.png", "missing.png"];

    public static readonly string?[] Drafts = [null, "true", "false"];

    /// <summary>Keys of a talk that other pages only display (or, for redirect_from, only their own pages show), and their values: none, plain ones, and a mistake last.</summary>
    public static readonly (string Key, string?[] Values)[] TalkDetails =
    [
        ("summary", [null, "A summary of its own.", "\"Engines: the summary\"", "Engines: an unquoted colon"]),
        ("track", [null, "Main hall", "Room 2", "[a, list]"]),
        ("slides", [null, "https://example.com/slides.pdf", "slides.pdf", "javascript:alert(1)"]),
        ("video", [null, "https://example.com/talk.mp4", "https://youtu.be/x", "https://youtu.be/dQw4w9WgXcQ", "data:text/html,x"]),
        ("updated", [null, "2024-06-01", "2025-01", "not a date"]),
        ("redirect_from", [null, "[/old/]", "[old-name, /2019/05/talk.html]", "[/archive/kafka/]", "[/speakers/]"]),
        ("toc", [null, "true", "false", "maybe"]),
    ];

    /// <summary>Paragraphs of talk bodies, with links written relative to <c>content/conferences/&lt;c&gt;/talks/</c>.</summary>
    public static readonly string[] TalkParagraphs =
    [
        "The write-up.",
        "Notes from the talk, with [the next one](b.md).",
        "Compare [Kafka pipelines](kafka.md#notes).",
        "Also at [the other conference](../../c2/talks/a.md).",
        "By [Ada](/speakers/ada.md); see [about](/pages/about.md).",
        "![A photo](../photo.png)",
        "![A slide](photo.png)",
        "More in [all speakers](/speakers/) and [topics](/topics/).",
        "A link to [nowhere](/nowhere/).",
        "The [logo](/logo.svg) and [the first talk](/conferences/c1/talks/a.md).",
        "See [the intro](intro.md) and [Bob](/speakers/bob.md).",
        "The [c1 recap](/c1/) and [the notes](/notes.txt).",
        string.Join(' ', Enumerable.Repeat("Many words about streams and engines.", 60)),
        "ملاحظات من <b>الحديث</b>.",
    ];

    /// <summary>Words an author adds to a talk's body, without links: the body changes, what it links to does not.</summary>
    public static readonly string[] TalkWords =
    [
        "Slides to follow.",
        "A **bold** claim, with `code`.",
        string.Join(' ', Enumerable.Repeat("Yet more words on engines.", 50)),
        "## Notes\n\n### Aside\n\n## Questions\n\n## Related\n",
    ];

    /// <summary>The name of each speaker of <see cref="SpeakerIds"/>, in the same order.</summary>
    public static readonly string[] SpeakerNames = ["Ada Lovelace", "Bob", "Zoë Ångström", "Dan"];

    /// <summary>Names a speaker file is renamed to: the last is another speaker's id.</summary>
    public static readonly string[] SpeakerRenames = ["Ada King", "Robert Smith", "Zoe A.", "Dan"];

    public static readonly string?[] SpeakerAliases = [null, "[Ada]", "[Bob]", "[Dan, Ada Lovelace]"];

    public static readonly string?[] SpeakerCompanies = [null, "Engines Ltd", "Datadog"];

    public static readonly string[] SpeakerBodies = ["A bio.\n", "Speaks at [Conf One](../conferences/c1/index.md).\n"];

    /// <summary>Topic names: none (the file name), names of their own, and another topic's id.</summary>
    public static readonly string?[] TopicNames = [null, "Containers", "Streams", "Kubernetes"];

    public static readonly string?[] TopicAliases = [null, "[k8s]", "[Kafka]"];

    public static readonly string?[] TopicDescriptions = [null, "Containers at scale."];

    public static readonly string[] PageTitles = ["About", "About us"];

    public static readonly string?[] PageMenus = [null, "true"];

    public static readonly string?[] PageSlugs = [null, "about", "speakers"];

    public static readonly string[] PageBodies =
    [
        "About these recaps.\n",
        "Start with [the first talk](../conferences/c1/talks/a.md).\n",
        "Every [speaker](/speakers/), and [Ada](/speakers/ada.md).\n",
        "## Colophon\n\n- Written in Markdown.\n",
        "## Colophon\n\n## Contact\n\n## Main\n",
    ];

    /// <summary>
    /// Versions of the site's own <c>layouts/talk.html</c>; null is none (the theme's). "strict"
    /// fails to render a talk without speakers, "broken" does not parse.
    /// </summary>
    public static readonly string?[] TalkLayoutVersions = [null, "renamed", "counts", "strict", "broken"];

    /// <summary>Pools whose last value is a mistake (it breaks the build, or clashes with another URL).</summary>
    private static readonly HashSet<object> EndInMistake = new(
        [
            TalkOrders, TalkSlugs, TalkImages, Covers, PermalinkValues, ConferenceSlugs, PageSlugs, TalkLayoutVersions, WordsVersions, SpeakerRenames, TopicNames, Domains,
            .. TalkDetails.Select(d => d.Values),
        ],
        ReferenceEqualityComparer.Instance);

    public static T Pick<T>(T[] pool, int choice) => pool[choice % pool.Length];

    /// <summary>The value an edit writes: the mistake at the end of a pool one time in ten, any other value otherwise.</summary>
    public static T PickForEdit<T>(T[] pool, int choice) =>
        !EndInMistake.Contains(pool) ? Pick(pool, choice)
        : choice % 10 == 9 ? pool[^1]
        : pool[choice % (pool.Length - 1)];

    public static string TalkBody(int first, int second) =>
        second % 3 == 0
            ? Pick(TalkParagraphs, first) + "\n"
            : Pick(TalkParagraphs, first) + "\n\n" + Pick(TalkParagraphs, second) + "\n";

    public static SiteFile Config(int title, int baseUrl, int domain, int description, int options, int permalinks, int strict) => SiteFile.Yaml(
    [
        ("title", Pick(SiteTitles, title)),
        ("base_url", Pick(BaseUrls, baseUrl)),
        ("domain", Pick(Domains, domain)),
        ("description", Pick(SiteDescriptions, description)),
        ("strict", Pick(Strict, strict)),
        ("permalinks", Pick(PermalinkValues, permalinks)),
        ("options", Pick(SiteOptionValues, options)),
    ]);

    public static SiteFile ConferenceIndex(int name, int start, int slug, int draft, int topics, int cover, int location, int body) => SiteFile.Markdown(
        [
            ("name", Pick(ConferenceNames, name)),
            ("start", Pick(ConferenceStarts, start)),
            ("location", Pick(Locations, location)),
            ("topics", Pick(ConferenceTopics, topics)),
            ("cover", Pick(Covers, cover)),
            ("slug", Pick(ConferenceSlugs, slug)),
            ("draft", Pick(Drafts, draft)),
        ],
        Pick(ConferenceBodies, body));

    public static SiteFile Talk(TalkChoices c) => SiteFile.Markdown(
        [
            ("title", Pick(TalkTitles, c.Title)),
            ("speakers", Pick(TalkSpeakers, c.Speakers)),
            ("topics", Pick(TalkTopics, c.Topics)),
            ("format", Pick(TalkFormats, c.Format)),
            ("order", Pick(TalkOrders, c.Order)),
            ("date", Pick(TalkDates, c.Date)),
            ("image", Pick(TalkImages, c.Image)),
            ("slug", Pick(TalkSlugs, c.Slug)),
            ("draft", Pick(Drafts, c.Draft)),
        ],
        TalkBody(c.Body, c.SecondParagraph));

    public static SiteFile Speaker(string id, int aliases, int company, int body) => SiteFile.Markdown(
        [
            ("name", SpeakerNames[Array.IndexOf(SpeakerIds, id)]),
            ("aliases", Pick(SpeakerAliases, aliases)),
            ("company", Pick(SpeakerCompanies, company)),
        ],
        Pick(SpeakerBodies, body));

    public static SiteFile Topic(int name, int aliases, int description) => SiteFile.Markdown(
        [
            ("name", Pick(TopicNames, name)),
            ("aliases", Pick(TopicAliases, aliases)),
            ("description", Pick(TopicDescriptions, description)),
        ],
        string.Empty);

    public static SiteFile Page(int title, int menu, int slug, int body) => SiteFile.Markdown(
        [
            ("title", Pick(PageTitles, title)),
            ("menu", Pick(PageMenus, menu)),
            ("slug", Pick(PageSlugs, slug)),
        ],
        Pick(PageBodies, body));

    /// <summary>A static file or a file beside a conference, by its name; images are PNGs of a few sizes, text files a line.</summary>
    public static SiteFile Asset(string path, int version) =>
        path.EndsWith(".png", StringComparison.Ordinal) ? TestImages.Png(version)
        : path.EndsWith(".svg", StringComparison.Ordinal) ? SiteFile.Plain(version % 2 == 0 ? "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n" : "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\"/>\n")
        : SiteFile.Plain($"Notes, version {version % 10}.\n"); // the same length in every version

    private static readonly Lazy<string> ThemeTalkLayout = new(() => File.ReadAllText(Path.Combine(Support.Repository.Root, "themes", "default", "layouts", "talk.html")));

    /// <summary>The theme's talk layout, with a word changed, the site's counts added, or a syntax error.</summary>
    public static SiteFile? TalkLayout(string? version) => version switch
    {
        null => null,
        "renamed" => SiteFile.Plain(
            ThemeTalkLayout.Value.Replace("{{ i18n \"reading_time\" talk.reading_minutes }}", "{{ talk.reading_minutes }} minutes of reading", StringComparison.Ordinal),
            "the theme's talk.html with its reading time written as '{{ talk.reading_minutes }} minutes of reading'"),
        "strict" => SiteFile.Plain(
            ThemeTalkLayout.Value.Replace("<article class=\"talk\">", "<article class=\"talk\" data-first=\"{{ talk.speakers[0].name }}\">", StringComparison.Ordinal),
            "the theme's talk.html reading talk.speakers[0].name, an error for a talk without speakers"),
        "counts" => SiteFile.Plain(
            ThemeTalkLayout.Value.Replace("<article class=\"talk\">", "<article class=\"talk\">\n  <p class=\"count\">{{ site.talk_count }} talks</p>", StringComparison.Ordinal),
            "the theme's talk.html showing {{ site.talk_count }}"),
        _ => SiteFile.Plain(ThemeTalkLayout.Value + "{{ if }}\n", "the theme's talk.html ending in the syntax error '{{ if }}'"),
    };

    /// <summary>The site's words: a byline, the counts of talks, or a counted word without its 'other' form (an error).</summary>
    public static SiteFile? Words(string? version) => version switch
    {
        null => null,
        "byline" => SiteFile.Plain("talk_by: \"Given by {0}\"\n", "a byline of the site's own"),
        "counts" => SiteFile.Plain("talks:\n  one: \"{0} session\"\n  other: \"{0} sessions\"\n", "talks counted as sessions"),
        _ => SiteFile.Plain("talks:\n  one: \"{0} session\"\n", "talks with no 'other' form, an error"),
    };
}
