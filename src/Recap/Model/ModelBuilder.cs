using System.Globalization;
using Recap.Configuration;
using Recap.Content;
using Recap.Diagnostics;
using Recap.Images;
using Recap.Markdown;
using Recap.Text;
using Recap.Themes;

namespace Recap.Model;

/// <summary>
/// Turns the loaded content into the site model: drops drafts and future talks, resolves speakers
/// and topics by name or alias, orders talks, and gives everything a unique URL.
/// </summary>
internal sealed partial class ModelBuilder
{
    private const int ListSummaryLength = 240;

    private readonly ContentSet _content;
    private readonly SiteConfig _config;
    private readonly Permalinks _permalinks;
    private readonly SameButCase _sameButCase;
    private readonly SiteOptions _options;
    private readonly DiagnosticBag _diagnostics;
    private readonly UrlBuilder _urls;
    private readonly OutputPaths _outputs;
    private readonly ResponsiveImages _images;
    private readonly Dictionary<string, string> _sitePathsBySource = new(StringComparer.Ordinal);
    private readonly NameIndex<Speaker> _speakers;
    private readonly NameIndex<Topic> _topics;
    private readonly System.Diagnostics.Stopwatch _nameClock = new();

    // Files that drafts and future talks name, which are not published with them unless a published document names them too.
    private readonly HashSet<string> _withheldFiles = new(StringComparer.Ordinal);
    private readonly HashSet<string> _usedFiles = new(StringComparer.Ordinal);
    private readonly HashSet<string> _withheldStems = new(StringComparer.Ordinal);

    /// <summary>The time spent matching speaker and topic names, checking them and giving their pages URLs: a part of building the model.</summary>
    public TimeSpan NameTime => _nameClock.Elapsed;

    public ModelBuilder(ContentSet content, SiteConfig config, Permalinks permalinks, SiteOptions options, UrlBuilder urls, DiagnosticBag diagnostics)
    {
        _content = content;
        _config = config;
        _permalinks = permalinks;
        _options = options;
        _diagnostics = diagnostics;
        _urls = urls;
        _outputs = new OutputPaths(urls, diagnostics);
        _images = new ResponsiveImages(options.SourceDirectory, _outputs, diagnostics);

        // Asked only once every file is known (images are resolved after the files): a live view, read at the first miss.
        _sameButCase = new SameButCase(_sitePathsBySource.Keys);
        _speakers = new NameIndex<Speaker>(SpeakerRules(config), diagnostics, s => s.Name);
        _topics = new NameIndex<Topic>(TopicRules(config), diagnostics, t => t.Name, Respell);
    }

    /// <summary>People match by name ignoring case, diacritics and punctuation.</summary>
    private static NameRules SpeakerRules(SiteConfig config) =>
        new("speaker", DiagnosticCodes.NearMissSpeaker, Slug.Key, _ => [], KeysOf(config.Distinct.Speakers, Slug.Key));

    /// <summary>Topics match as identifiers (<c>C#</c> is not <c>C</c>), in the singular or the plural.</summary>
    private static NameRules TopicRules(SiteConfig config) =>
        new("topic", DiagnosticCodes.NearMissTopic, TopicKey, WordForms.SingularAndPlural, KeysOf(config.Distinct.Topics, TopicKey));

    private static string TopicKey(string name) => Slug.Key(Slug.Identifier(name));

    private static string TopicSlug(string name) => Slug.ForUrl(Slug.Identifier(name));

    private static HashSet<string> KeysOf(IEnumerable<Located<string>> names, Func<string, string> keyOf) =>
        new(names.Select(n => keyOf(n.Value)), StringComparer.Ordinal);

    /// <summary>A topic no file defines takes the name and URL of its singular once a talk names it so.</summary>
    private static void Respell(Topic topic, string name)
    {
        topic.Name = TopicName(name);
        topic.Slug = TopicSlug(name);
    }

    /// <param name="theme">The theme: its assets take their paths in the site, and its templates say which pages show the site's counts.</param>
    public SiteModel Build(Theme theme)
    {
        var conferencesPath = _permalinks.Expand("conferences");
        var speakersPath = _permalinks.Expand("speakers");
        var topicsPath = _permalinks.Expand("topics");
        _outputs.Claim(string.Empty, "the home page", null);
        _outputs.Claim("404.html", "the 404 page", null);
        _outputs.Claim(conferencesPath, "the conferences index", _config.Permalinks?.LocationOf("conferences"));
        _outputs.Claim(speakersPath, "the speakers index", _config.Permalinks?.LocationOf("speakers"));
        _outputs.Claim(topicsPath, "the topics index", _config.Permalinks?.LocationOf("topics"));
        if (_config.Options.Search)
        {
            _outputs.Claim(SiteFiles.SearchPage, "the search page", _config.Options.LocationOf("search"));
        }

        // Before content, so that a content file with the path of a theme's file is the one told;
        // the theme's static/ files are claimed after content, which replaces them.
        foreach (var asset in theme.Assets.Where(a => !a.IsStatic))
        {
            _outputs.Claim(asset.Path, "a file of the theme", null);
        }

        TimeNames(() =>
        {
            AddSpeakerFiles();
            AddTopicFiles();
        });
        var conferences = AddConferences();
        var talks = conferences.SelectMany(c => c.Talks).ToList();
        var pages = AddPages();
        var files = AddFiles(conferences, speakersPath, topicsPath);
        var themeFiles = ThemeFiles(theme, files);
        ResolveImages(conferences, talks, pages);
        TimeNames(() =>
        {
            ClaimFilePages(_speakers, "speaker");
            ClaimFilePages(_topics, "topic");
            ClaimDerivedPages(_speakers, "speaker");
            ClaimDerivedPages(_topics, "topic");
        });
        var speakers = FinishSpeakers(talks);
        var topics = FinishTopics(conferences, talks);
        // Related talks need only the speakers' and topics' talks, set by now, and only views read
        // them: they are found on a spare core while the rest of the model is made.
        var related = Task.Run(() => RelatedTalks.Find(talks));
        var redirects = ClaimRedirects(conferences, talks, pages, speakers, topics);
        var documents = WrittenDocuments(conferences, talks, pages, speakers, topics);
        var bodyImages = SizeBodyImages(documents);
        var outputs = OutputManifest.Create(new OutputSources(_config, conferences, talks, speakers, topics, pages, files, themeFiles, conferencesPath, speakersPath, topicsPath) { ImageVariants = _images.Variants, SitemapUrls = _options.SitemapUrls, Redirects = [.. redirects.Select(r => (r.SitePath, r.Target))] }, theme);
        ClaimOutputs(outputs);
        CheckRedirectFolders(redirects);
        var resolver = new LinkResolver(_urls, _sitePathsBySource, _sameButCase, _outputs.Files, _diagnostics, bodyImages);
        var links = ResolveLinks(resolver, documents);
        ResolveNamedLinks(resolver, conferences, talks, speakers);
        related.GetAwaiter().GetResult();

        return new SiteModel
        {
            Config = _config,
            Urls = _urls,
            Strings = theme.Strings,
            Conferences = conferences,
            Talks = talks,
            Speakers = speakers,
            Topics = topics,
            Pages = pages,
            Files = files,
            Icons = SiteIcon.Of(files, themeFiles),
            ConferencesPath = conferencesPath,
            SpeakersPath = speakersPath,
            TopicsPath = topicsPath,
            SitePathsBySource = _sitePathsBySource,
            OutputFiles = _outputs.Files,
            Links = links,
            Outputs = outputs,
        };
    }

    /// <summary>
    /// Claims what the build writes besides pages and files (feeds, cards, the sitemap, the files
    /// GitHub Pages reads), so content cannot take their URLs. Outputs of pages whose
    /// URL clashed (already reported) are left out, so the clash is reported once.
    /// </summary>
    private void ClaimOutputs(OutputManifest manifest)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in manifest.Entries.Where(e => e is not (FeedOutput or CardOutput) || seen.Add(e.Path)))
        {
            var (owner, location) = entry switch
            {
                PageOutput { Number: > 1, Item: null } page => ($"page {page.Number} of the {page.Kind.ToString().ToLowerInvariant()} index", null),
                PageOutput { Number: > 1 } page => ($"page {page.Number} of the talks of '{page.Item switch { Conference c => c.Name, var named => ((INamedPage)named!).Name }}'", null),
                PageOutput or RedirectOutput or CopiedFileOutput or ThemeAssetOutput or ImageVariantOutput => (null, null),
                FeedOutput { Owner: null } => ("a file Recap writes", null),
                FeedOutput feed => ($"the feed of '{feed.Title}'", null),
                CardOutput { Owner: null } => ("a file Recap writes", null),
                CardOutput card => ($"the social card of '{card.Card.Title}'", null),
                CalendarOutput calendar => ($"the programme calendar of '{calendar.Conference.Name}'", null),
                SiteFileOutput { Kind: SiteFileKind.Cname } => ("the CNAME file for domain", _config.LocationOf("domain")),
                _ => ("a file Recap writes", (SourceLocation?)null),
            };
            if (owner is not null)
            {
                _outputs.Claim(entry.Path, owner, location);
            }
        }
    }

    private void AddSpeakerFiles()
    {
        foreach (var source in _content.Speakers)
        {
            var slug = SlugOf(source.FrontMatter.Slug, source.Stem, source.FrontMatter);
            var speaker = new Speaker(source) { Name = source.FrontMatter.Name, Slug = slug, DefinedAt = SourceLocation.File(source.Path) };
            // The name first: of names spelled alike, a clash is reported at the first, and the author wrote this one.
            var names = new List<Located<string>>
            {
                new(source.FrontMatter.Name, source.FrontMatter.LocationOf("name")),
                new(source.Stem, source.FrontMatter.Origin),
                new(slug, source.FrontMatter.LocationOf("slug")),
            };
            _speakers.AddKnown(speaker, source.Path, names.Concat(source.FrontMatter.Aliases), source.FrontMatter.Distinct);
        }
    }

    private void AddTopicFiles()
    {
        foreach (var source in _content.Topics)
        {
            var name = source.FrontMatter.Name ?? source.Stem.Replace('-', ' ');
            var topic = new Topic(source) { Name = name, Slug = TopicSlug(source.Stem), DefinedAt = SourceLocation.File(source.Path) };
            var names = new List<Located<string>>
            {
                new(name, source.FrontMatter.LocationOf("name")),
                new(source.Stem, source.FrontMatter.Origin),
            };
            _topics.AddKnown(topic, source.Path, names.Concat(source.FrontMatter.Aliases), source.FrontMatter.Distinct);
        }
    }

    private List<Conference> AddConferences()
    {
        var conferences = new List<Conference>();
        foreach (var source in _content.Conferences)
        {
            if (source.Index is not { } index || !IsPublished(index.FrontMatter.Draft, index.FrontMatter.Start))
            {
                continue; // its folder's files are not published either
            }

            NoteFiles(index, index.FrontMatter.Cover, index.FrontMatter.Image, index.FrontMatter.Website);

            var slug = SlugOf(index.FrontMatter.Slug, source.Folder, index.FrontMatter);
            var year = index.FrontMatter.Start?.Year.ToString(CultureInfo.InvariantCulture) ?? "undated";
            var conference = new Conference(index)
            {
                Folder = source.Folder,
                Slug = slug,
                SitePath = _permalinks.Expand("conference", ("conference", slug), ("year", year)),
            };
            ClaimDocument(conference.SitePath, index.Path, index.FrontMatter);
            conference.Summary = index.FrontMatter.Summary ?? ListSummary(index.FirstParagraph);
            conference.Topics = Distinct(index.FrontMatter.Topics.Select(ResolveTopic));
            conference.Talks = AddTalks(conference, source.Talks, year);
            conferences.Add(conference);
        }

        return [.. conferences
            .OrderByDescending(c => c.Start.HasValue)
            .ThenByDescending(c => c.Start)
            .ThenBy(c => c.Slug, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Gives <paramref name="talk"/> the body of <paramref name="source"/>, a reading of its file,
    /// with the summary and reading time that come of it: when the model is built, and when
    /// <c>recap serve</c> finds that only the body of a talk's file changed.
    /// </summary>
    internal static void TakeBody(Talk talk, SourceDocument<TalkFrontMatter> source, int wordsPerMinute)
    {
        talk.Source = source;
        talk.Summary = ListSummary(source.FrontMatter.Summary ?? source.FirstParagraph);
        // The page shows summary: above the notes, and it is read with them.
        var words = source.WordCount + (source.FrontMatter.Summary is { } summary ? MarkdownCompiler.CountWords(summary) : 0);
        talk.ReadingMinutes = Math.Max(1, (int)Math.Ceiling(words / (double)wordsPerMinute));
    }

    /// <remarks>A value below 1 is reported by the configuration loader; the build goes on to report the rest.</remarks>
    internal static int WordsPerMinute(SiteConfig config) => Math.Max(1, config.Options.WordsPerMinute);

    private List<Talk> AddTalks(Conference conference, IReadOnlyList<SourceDocument<TalkFrontMatter>> sources, string year)
    {
        var wordsPerMinute = WordsPerMinute(_config);
        var talks = new List<Talk>();
        foreach (var source in sources)
        {
            var frontMatter = source.FrontMatter;
            if (!IsPublished(frontMatter.Draft, frontMatter.Date ?? conference.Start))
            {
                WithholdFiles(source, FilesNamedBy(frontMatter));
                continue;
            }

            NoteFiles(source, FilesNamedBy(frontMatter));

            if (frontMatter.Order is < 0)
            {
                _diagnostics.Error(DiagnosticCodes.InvalidValue, frontMatter.LocationOf("order"), $"'order' must be 0 or more, not {frontMatter.Order}");
            }

            var slug = SlugOf(frontMatter.Slug, source.Stem, frontMatter);
            var talk = new Talk(source)
            {
                Conference = conference,
                Slug = slug,
                SitePath = _permalinks.Expand("talk", ("conference", conference.Slug), ("talk", slug), ("year", year)),
            };
            ClaimDocument(talk.SitePath, source.Path, frontMatter);
            CheckDate(frontMatter, conference);
            CheckLanguage(frontMatter);
            TakeBody(talk, source, wordsPerMinute);
            talk.Speakers = Distinct(frontMatter.Speakers.Select(ResolveSpeaker));
            talk.Topics = Distinct(frontMatter.Topics.Select(ResolveTopic));
            talks.Add(talk);
        }

        // Programme order: explicit order, then day and time, then file name.
        var ordered = talks
            .OrderBy(t => t.Order ?? int.MaxValue)
            .ThenBy(t => t.Date?.Earliest ?? DateOnly.MaxValue)
            .ThenBy(t => t.Time ?? TimeOnly.MaxValue)
            .ThenBy(t => t.Source.Stem, StringComparer.Ordinal)
            .ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].Number = i + 1;
            ordered[i].Previous = i > 0 ? ordered[i - 1] : null;
            ordered[i].Next = i < ordered.Count - 1 ? ordered[i + 1] : null;
        }

        return ordered;
    }

    /// <summary>
    /// Warns of a talk's language written as a code no language has (<c>jp</c>, Japan's), or as a
    /// three-letter code with a shorter one: its page would show the code, not the language's name.
    /// A language written as a name (<c>German</c>) is shown as written.
    /// </summary>
    private void CheckLanguage(TalkFrontMatter talk)
    {
        if (talk.Language?.Trim() is { } language && Import.Languages.MistakeIn(language, "the talk's page shows it as it is written") is { } mistake)
        {
            _diagnostics.Warning(DiagnosticCodes.InvalidValue, talk.LocationOf("language"), mistake);
        }
    }

    /// <summary>
    /// Warns of a talk dated outside its conference, from its start to its end (its start alone
    /// when it gives no end): most often a file copied from last year's recap, or a slip of the
    /// year, which would list the talk a year away from its conference.
    /// </summary>
    private void CheckDate(TalkFrontMatter talk, Conference conference)
    {
        if (talk.Date is not { } date || conference.Start is not { } start || conference.End is { } e && e.Latest < start.Earliest)
        {
            return;
        }

        var end = conference.End ?? start;
        if (date.Latest >= start.Earliest && date.Earliest <= end.Latest)
        {
            return;
        }

        var dates = conference.End is null ? $"which starts on {start} and gives no end" : $"which runs from {start} to {end}";
        var hint = conference.End is null && date.Earliest > start.Latest && date.Earliest <= start.Latest.AddDays(14)
            ? $" (add end: {date} to {conference.Source.Path} if it lasted several days)"
            : string.Empty;
        _diagnostics.Warning(DiagnosticCodes.TalkOutsideConference, talk.LocationOf("date"), $"talk date {date} is outside its conference, {dates}{hint}");
    }

    private Speaker ResolveSpeaker(Located<string> reference) =>
        TimeNames(() => _speakers.Resolve(reference, () =>
        {
            WarnIfSeveral(reference);
            return new Speaker(null) { Name = PersonName(reference.Value), Slug = Slug.ForUrl(reference.Value), DefinedAt = reference.Location };
        }));

    /// <summary>
    /// Warns of a new speaker whose name reads as several people's, each of two words or more:
    /// "Ada Lovelace &amp; Charles Babbage", or a list item "Ada Lovelace, Charles Babbage" that
    /// YAML reads as one name, as it reads a list item indented one space too far
    /// ("Ada Lovelace - Charles Babbage"). "Simon &amp; Garfunkel" and "Martin Luther King, Jr." stay quiet,
    /// and a speaker file under the name says it is one.
    /// </summary>
    private void WarnIfSeveral(Located<string> reference)
    {
        var people = Text.PersonName.Joined(reference.Value);
        if (people.Count < 2 || people.Any(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetter)) < 2))
        {
            return;
        }

        _diagnostics.Warning(
            DiagnosticCodes.SeveralSpeakers,
            reference.Location,
            $"speaker '{reference.Value}' reads as {people.Count} people: list each, as in speakers: [{string.Join(", ", people)}] (if it is one name, give it a speaker file)");
    }

    private Topic ResolveTopic(Located<string> reference) =>
        TimeNames(() => _topics.Resolve(reference, () => new Topic(null) { Name = TopicName(reference.Value), Slug = TopicSlug(reference.Value), DefinedAt = reference.Location }));

    private T TimeNames<T>(Func<T> match)
    {
        _nameClock.Start();
        try
        {
            return match();
        }
        finally
        {
            _nameClock.Stop();
        }
    }

    private void TimeNames(Action match) => TimeNames(() =>
    {
        match();
        return true;
    });

    /// <summary>A person named by id (<c>marc-shapiro</c>) reads as a name (<c>Marc Shapiro</c>).</summary>
    private static string PersonName(string reference) => Slug.IsValid(reference)
        ? string.Join(' ', reference.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]))
        : reference;

    /// <summary>A topic named by id (<c>service-mesh</c>) reads as words (<c>service mesh</c>); its case is the author's.</summary>
    private static string TopicName(string reference) => Slug.IsValid(reference) ? reference.Replace('-', ' ') : reference;

    private List<Page> AddPages()
    {
        var pages = new List<Page>();
        foreach (var source in _content.Pages)
        {
            if (!IsPublished(source.FrontMatter.Draft, null))
            {
                WithholdFiles(source, source.FrontMatter.Image);
                continue;
            }

            NoteFiles(source, source.FrontMatter.Image);
            var slug = SlugOf(source.FrontMatter.Slug, source.Stem, source.FrontMatter);
            var page = new Page(source) { Slug = slug, SitePath = _permalinks.Expand("page", ("page", slug)) };
            ClaimDocument(page.SitePath, source.Path, source.FrontMatter);
            page.Summary = source.FrontMatter.Summary ?? ListSummary(source.FirstParagraph);
            pages.Add(page);
        }

        return pages;
    }

    private List<CopiedFile> AddFiles(List<Conference> conferences, string speakersPath, string topicsPath)
    {
        var conferencePaths = conferences.ToDictionary(c => c.Folder, c => c.SitePath, StringComparer.Ordinal);
        var files = new List<CopiedFile>();
        foreach (var asset in _content.Assets)
        {
            var folder = asset.Section switch
            {
                AssetSection.Conference => conferencePaths.GetValueOrDefault(asset.ConferenceFolder!),
                AssetSection.Speakers => speakersPath,
                AssetSection.Topics => topicsPath,
                _ => string.Empty,
            };
            if (folder is null || IsWithheld(asset.Path))
            {
                continue; // beside a draft or broken conference, or only used by drafts
            }

            var sitePath = folder + asset.RelativePath;
            if (_outputs.Claim(sitePath, asset.Path, SourceLocation.File(asset.Path)))
            {
                _sitePathsBySource[asset.Path] = sitePath;
                files.Add(new CopiedFile(asset.Path, sitePath));
            }
        }

        return files;
    }

    /// <summary>
    /// The theme's files, less those of its <c>static/</c> that the site's own <c>static/</c>
    /// replaces: a file of the same path, and every icon of the theme when the site has one of
    /// its own (a site's <c>favicon.ico</c> would lose to the theme's <c>favicon.svg</c> beside it).
    /// </summary>
    private List<ThemeAsset> ThemeFiles(Theme theme, List<CopiedFile> files)
    {
        var ownIcons = files.Any(f => SiteIcon.IsIcon(f.SitePath));
        var kept = new List<ThemeAsset>();
        foreach (var asset in theme.Assets)
        {
            if (asset.IsStatic && ((ownIcons && SiteIcon.IsIcon(asset.SitePath)) || _outputs.OwnerOf(asset.SitePath) is not null))
            {
                continue;
            }

            if (asset.IsStatic)
            {
                _outputs.Claim(asset.SitePath, "a file of the theme", null);
            }

            kept.Add(asset);
        }

        return kept;
    }

    /// <summary>Notes the files a published document links to or names, which are published whatever drafts name them.</summary>
    private void NoteFiles<T>(SourceDocument<T> source, params SafeUrl?[] named)
        where T : BoundRecord =>
        _usedFiles.UnionWith(FilesNamedBy(source, named));

    /// <summary>What a talk's front matter names that may be a file beside it: its image, its video's still, its slides, its video and its links.</summary>
    private static SafeUrl?[] FilesNamedBy(TalkFrontMatter frontMatter) =>
        [frontMatter.Image, frontMatter.VideoThumbnail, frontMatter.Slides, frontMatter.Video, .. frontMatter.Links.Select(l => l.Url)];

    /// <summary>
    /// Notes the files a draft or future document links to or names, and the files that go with a
    /// talk by name (<c>talks/kafka.png</c> and <c>talks/kafka/</c> for <c>talks/kafka.md</c>): not
    /// published while it is not, unless a published document names them.
    /// </summary>
    private void WithholdFiles<T>(SourceDocument<T> source, params SafeUrl?[] named)
        where T : BoundRecord
    {
        _withheldFiles.UnionWith(FilesNamedBy(source, named));
        _withheldStems.Add($"{source.Folder}/{source.Stem}");
    }

    private bool IsWithheld(string path)
    {
        if (_usedFiles.Contains(path))
        {
            return false;
        }

        if (_withheldFiles.Contains(path))
        {
            return true;
        }

        // In a withheld talk's folder (talks/kafka/...), at any depth, or named after it (talks/kafka.png, talks/kafka.v2.png).
        var nameStart = path.LastIndexOf('/') + 1;
        for (var end = path.IndexOf('/'); end >= 0; end = path.IndexOf('/', end + 1))
        {
            if (_withheldStems.Contains(path[..end]))
            {
                return true;
            }
        }

        for (var end = path.IndexOf('.', nameStart); end >= 0; end = path.IndexOf('.', end + 1))
        {
            if (_withheldStems.Contains(path[..end]))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> FilesNamedBy<T>(SourceDocument<T> source, SafeUrl?[] named)
        where T : BoundRecord =>
        source.Links.Select(l => l.Url).Concat(named.OfType<SafeUrl>().Select(i => i.Value))
            .Select(url => url.StartsWith('/') && !ContentPaths.IsMarkdown(url) ? ContentPaths.Resolve("content/static", url) : LinkResolver.ContentPathOf(url, source.Folder))
            .OfType<string>();

    /// <summary>Resolves the links of every published document, reporting the broken ones (<see cref="LinkResolver"/>).</summary>
    private static Dictionary<string, DocumentLinks> ResolveLinks(LinkResolver resolver, List<(string Path, string Folder, IReadOnlyList<ContentLink> Links)> documents)
    {
        var links = new Dictionary<string, DocumentLinks>(StringComparer.Ordinal);
        foreach (var (path, folder, written) in documents)
        {
            if (resolver.Resolve(folder, written) is var resolved && resolved != DocumentLinks.None)
            {
                links[path] = resolved;
            }
        }

        return links;
    }

    /// <summary>Resolves the paths among the links front matter names (<see cref="LinkResolver.ResolveNamed"/>), reporting those that name nothing.</summary>
    private static void ResolveNamedLinks(LinkResolver resolver, List<Conference> conferences, List<Talk> talks, List<Speaker> speakers)
    {
        foreach (var conference in conferences)
        {
            var frontMatter = conference.Source.FrontMatter;
            conference.NamedLinks = Resolve(conference.Source.Folder, (frontMatter.Website, frontMatter, "website"));
        }

        foreach (var talk in talks)
        {
            var frontMatter = talk.Source.FrontMatter;
            talk.NamedLinks = Resolve(
                talk.Source.Folder,
                [(frontMatter.Slides, frontMatter, "slides"), (frontMatter.Video, frontMatter, "video"), .. frontMatter.Links.Select(l => (l.Url, (BoundRecord)l, "url"))]);
        }

        foreach (var speaker in speakers)
        {
            if (speaker.Source is { FrontMatter.Links: { } links } source)
            {
                speaker.NamedLinks = Resolve(source.Folder, (links.Website, links, "website"));
            }
        }

        NamedLinks Resolve(string folder, params (SafeUrl? Url, BoundRecord Record, string Key)[] named)
        {
            Dictionary<string, SafeUrl>? resolved = null;
            foreach (var (url, record, key) in named)
            {
                if (url is null || string.IsNullOrWhiteSpace(url.Value) || ContentPaths.IsExternal(url.Value) || url.Value.StartsWith('#'))
                {
                    continue;
                }

                if (resolver.ResolveNamed(url.Value, folder, key, record.LocationOf(key)) is { } target && SafeUrl.TryCreate(target, UrlUse.Link, out var safe, out _))
                {
                    (resolved ??= new Dictionary<string, SafeUrl>(StringComparer.Ordinal))[url.Value] = safe!;
                }
            }

            return resolved is null ? NamedLinks.None : new NamedLinks(resolved);
        }
    }

    /// <summary>Every published document with a body: its path, folder and the links written in it.</summary>
    private static List<(string Path, string Folder, IReadOnlyList<ContentLink> Links)> WrittenDocuments(List<Conference> conferences, List<Talk> talks, List<Page> pages, List<Speaker> speakers, List<Topic> topics)
    {
        return [.. conferences.Select(c => Written(c.Source))
            .Concat(talks.Select(t => Written(t.Source)))
            .Concat(pages.Select(p => Written(p.Source)))
            .Concat(speakers.Select(s => s.Source).OfType<SourceDocument<SpeakerFrontMatter>>().Select(Written))
            .Concat(topics.Select(t => t.Source).OfType<SourceDocument<TopicFrontMatter>>().Select(Written))];

        static (string Path, string Folder, IReadOnlyList<ContentLink> Links) Written<T>(SourceDocument<T> source)
            where T : BoundRecord => (source.Path, source.Folder, source.Links);
    }

    /// <summary>
    /// The site's files that Markdown bodies show as images, sized, by their path: before the
    /// manifest is made, since it lists their smaller copies.
    /// </summary>
    private Dictionary<string, ImageFile> SizeBodyImages(List<(string Path, string Folder, IReadOnlyList<ContentLink> Links)> documents)
    {
        var images = new Dictionary<string, ImageFile>(StringComparer.Ordinal);
        foreach (var (_, folder, links) in documents)
        {
            foreach (var link in links.Where(l => l.IsImage))
            {
                if (LinkResolver.ContentPathOf(link.Url, folder) is { } path && !images.ContainsKey(path) && _sitePathsBySource.TryGetValue(path, out var sitePath))
                {
                    images[path] = _images.Size(new ImageFile(_urls.Url(sitePath), path), sitePath, ResponsiveImages.ContentWidths, link.Location);
                }
            }
        }

        return images;
    }

    private void ResolveImages(List<Conference> conferences, List<Talk> talks, List<Page> pages)
    {
        foreach (var conference in conferences)
        {
            var frontMatter = conference.Source.FrontMatter;
            conference.Cover = ContentImage(ResolveFile(conference.Source.Folder, frontMatter.Cover, frontMatter, "cover"), frontMatter, "cover", frontMatter.CoverAlt, "cover_alt");
            conference.Image = PreviewImage(ResolveFile(conference.Source.Folder, frontMatter.Image, frontMatter, "image"), frontMatter);
        }

        foreach (var talk in talks)
        {
            var frontMatter = talk.Source.FrontMatter;
            talk.Image = ContentImage(ResolveFile(talk.Source.Folder, frontMatter.Image, frontMatter, "image"), frontMatter, "image", frontMatter.Alt, "alt");
            talk.VideoThumbnail = ResolveFile(talk.Source.Folder, talk.Source.FrontMatter.VideoThumbnail, talk.Source.FrontMatter, "video_thumbnail");
        }

        foreach (var page in pages)
        {
            page.Image = PreviewImage(ResolveFile(page.Source.Folder, page.Source.FrontMatter.Image, page.Source.FrontMatter, "image"), page.Source.FrontMatter);
        }
    }

    /// <summary>
    /// An image shown with content, sized, with its alt text; one without alt text is a warning at
    /// its key (an empty <paramref name="altKey"/> says it is decoration).
    /// </summary>
    private ImageFile? ContentImage(ImageFile? image, BoundRecord frontMatter, string key, string? alt, string altKey)
    {
        if (image is null)
        {
            return null;
        }

        // A key written empty (alt: "") says the image is decoration; only a missing key is a warning.
        if (string.IsNullOrEmpty(alt) && frontMatter.WrittenLocationOf(altKey) is null)
        {
            _diagnostics.Warning(
                DiagnosticCodes.MissingAltText,
                frontMatter.LocationOf(key),
                $"{key} has no alt text: say what it shows with '{altKey}:', or write {altKey}: \"\" when it is only decoration");
        }

        return Sized(image, ResponsiveImages.ContentWidths, frontMatter.LocationOf(key)) with { Alt = alt ?? string.Empty };
    }

    /// <summary>A page's <c>image:</c>, only a link preview: its size read from the file, which tells whether it can be one (<see cref="ImageFile.IsPreviewable"/>), and no copies.</summary>
    private ImageFile? PreviewImage(ImageFile? image, BoundRecord frontMatter) =>
        image is null ? null : Sized(image, [], frontMatter.LocationOf("image"));

    /// <summary>A published image with its size and smaller copies; another site's as it is.</summary>
    private ImageFile Sized(ImageFile image, IReadOnlyList<int> widths, SourceLocation? at) =>
        image.SourcePath is { } path && _sitePathsBySource.TryGetValue(path, out var sitePath) ? _images.Size(image, sitePath, widths, at) : image;

    /// <summary>A file named in front matter: absolute URLs pass, relative paths must name a copied file.</summary>
    private ImageFile? ResolveFile(string folder, SafeUrl? url, BoundRecord frontMatter, string key)
    {
        if (string.IsNullOrWhiteSpace(url?.Value))
        {
            return null;
        }

        var value = url.Value;
        if (ContentPaths.IsExternal(value))
        {
            return new ImageFile(value, null);
        }

        var path = value.StartsWith('/') ? ContentPaths.Resolve("content/static", value) : ContentPaths.Resolve(folder, value);
        if (path is not null && _sitePathsBySource.TryGetValue(path, out var sitePath))
        {
            return new ImageFile(_urls.Url(sitePath), path);
        }

        // Only what is under content/ is published: a path that leads out of it names no file of the site.
        var problem = path is null ? "leads out of the site's folder: only files under content/ are published"
            : !path.StartsWith("content/", StringComparison.Ordinal) ? $"names {path}, outside content/: only files under content/ are published, so move it there"
            : $"not found (looked for {path}){_sameButCase.Hint(path)}";
        _diagnostics.Error(DiagnosticCodes.MissingFile, frontMatter.LocationOf(key), $"{key} '{value}' {problem}");
        return null;
    }

    /// <summary>Gives speakers their talks (newest first) and images; alphabetical.</summary>
    private List<Speaker> FinishSpeakers(List<Talk> talks)
    {
        var talksBy = _speakers.Items.ToDictionary(s => s, _ => new List<Talk>());
        foreach (var talk in talks)
        {
            foreach (var speaker in talk.Speakers)
            {
                talksBy[speaker].Add(talk);
            }
        }

        foreach (var speaker in _speakers.Items)
        {
            speaker.Talks = NewestFirst(talksBy[speaker]);
            if (speaker.Source is { } source)
            {
                // Beside the speaker's name, so its alt text is empty: the name would only be read twice.
                speaker.Avatar = ResolveFile(source.Folder, source.FrontMatter.Avatar, source.FrontMatter, "avatar") is { } avatar
                    ? Sized(avatar, ResponsiveImages.AvatarWidths, source.FrontMatter.LocationOf("avatar"))
                    : null;
                speaker.Image = PreviewImage(ResolveFile(source.Folder, source.FrontMatter.Image, source.FrontMatter, "image"), source.FrontMatter);
            }
        }

        return Alphabetical(_speakers.Items, s => s.Name);
    }

    /// <summary>Gives topics their talks (newest first) and conferences; alphabetical.</summary>
    private List<Topic> FinishTopics(List<Conference> conferences, List<Talk> talks)
    {
        var talksBy = _topics.Items.ToDictionary(t => t, _ => new List<Talk>());
        var conferencesBy = _topics.Items.ToDictionary(t => t, _ => new List<Conference>());
        foreach (var talk in talks)
        {
            foreach (var topic in talk.Topics)
            {
                talksBy[topic].Add(talk);
            }
        }

        foreach (var conference in conferences)
        {
            foreach (var topic in conference.Topics)
            {
                conferencesBy[topic].Add(conference);
            }
        }

        foreach (var topic in _topics.Items)
        {
            topic.Talks = NewestFirst(talksBy[topic]);
            topic.Conferences = conferencesBy[topic];
        }

        return Alphabetical(_topics.Items, t => t.Name);
    }

    /// <summary>
    /// Claims the old URLs pages name under <c>redirect_from:</c>, once every page has its own: a
    /// path that is not one of the site's, a page's own URL, a URL something else has, or one inside
    /// a file the site publishes is an error at its line.
    /// </summary>
    private List<(string SitePath, object Target, SourceLocation Location)> ClaimRedirects(List<Conference> conferences, List<Talk> talks, List<Page> pages, List<Speaker> speakers, List<Topic> topics)
    {
        IEnumerable<(object Target, string SitePath, string SourcePath, IReadOnlyList<Located<string>> From)> owners =
        [
            .. conferences.Select(c => ((object)c, c.SitePath, c.SourcePath, c.Source.FrontMatter.RedirectFrom)),
            .. talks.Select(t => ((object)t, t.SitePath, t.SourcePath, t.Source.FrontMatter.RedirectFrom)),
            .. pages.Select(p => ((object)p, p.SitePath, p.SourcePath, p.Source.FrontMatter.RedirectFrom)),
            .. speakers.Where(s => s.Source is not null).Select(s => ((object)s, s.SitePath, s.SourcePath!, s.Source!.FrontMatter.RedirectFrom)),
            .. topics.Where(t => t.Source is not null).Select(t => ((object)t, t.SitePath, t.SourcePath!, t.Source!.FrontMatter.RedirectFrom)),
        ];
        var redirects = new List<(string SitePath, object Target, SourceLocation Location)>();
        foreach (var (target, targetPath, sourcePath, from) in owners)
        {
            foreach (var (written, location) in from)
            {
                var sitePath = RedirectPath.Parse(written, targetPath, out var problem);
                if (problem is null && UrlBuilder.OutputFile(sitePath!) == UrlBuilder.OutputFile(targetPath))
                {
                    problem = $"'{written}' is the page's own URL";
                }

                if (problem is not null)
                {
                    _diagnostics.Error(DiagnosticCodes.InvalidRedirect, location, $"redirect_from {problem}");
                }
                else if (_outputs.Claim(sitePath!, $"a redirect_from of '{sourcePath}'", location, "remove it from redirect_from, or give the page there another slug"))
                {
                    redirects.Add((sitePath!, target, location));
                }
            }
        }

        return redirects;
    }

    /// <summary>
    /// An old URL whose folder is a file the site writes (<c>/slides.pdf/old/</c> beside a copied
    /// <c>slides.pdf</c>, <c>/feed.xml/</c>) cannot be written: an error at its line, once every
    /// output has its path.
    /// </summary>
    private void CheckRedirectFolders(List<(string SitePath, object Target, SourceLocation Location)> redirects)
    {
        foreach (var (sitePath, _, location) in redirects)
        {
            var names = UrlBuilder.OutputFile(sitePath).Split('/');
            if (Enumerable.Range(1, names.Length - 1).Select(n => string.Join('/', names[..n])).FirstOrDefault(_outputs.Has) is { } file)
            {
                _diagnostics.Error(DiagnosticCodes.InvalidRedirect, location, $"redirect_from '/{sitePath}' is inside {file}, a file the site publishes");
            }
        }
    }

    /// <summary>The URLs of speakers or topics that files define: a clash with anything else is an error.</summary>
    private void ClaimFilePages<T>(NameIndex<T> index, string kind)
        where T : class, INamedPage
    {
        foreach (var item in index.Items.Where(i => !index.IsDerived(i)))
        {
            item.SitePath = _permalinks.Expand(kind, (kind, item.Slug));
            Claim(item.SitePath, item.SourcePath!, item.SlugLocation ?? item.DefinedAt);
        }
    }

    /// <summary>
    /// The URLs of speakers or topics that only talks name, claimed after every file's. Such a
    /// page never fails the build: when its slug's URL is
    /// taken, or another such name has the same slug ("王小明" and "汪小明" are both
    /// <c>wang-xiao-ming</c>), it gets the slug and a suffix made from its name, so the URL stays
    /// the same whatever else the site holds, with a warning that says how to choose it.
    /// </summary>
    private void ClaimDerivedPages<T>(NameIndex<T> index, string kind)
        where T : class, INamedPage
    {
        // Among names that share a slug, the one spelled as its URL reads ("Wang Xiao Ming") keeps it, else the first by key.
        var derived = index.Items.Where(index.IsDerived)
            .Select(item => (Item: item, Key: index.KeyOf(item)))
            .OrderBy(d => d.Key == d.Item.Slug ? 0 : 1)
            .ThenBy(d => d.Key, StringComparer.Ordinal);
        foreach (var (item, key) in derived)
        {
            var sitePath = _permalinks.Expand(kind, (kind, item.Slug));
            var owner = $"the {kind} '{item.Name}'";
            if (_outputs.OwnerOf(sitePath) is { } holder)
            {
                var taken = _urls.Url(sitePath);
                item.Slug = $"{item.Slug[..Math.Min(item.Slug.Length, Slug.MaxLength - 7)].TrimEnd('-')}-{Slug.Hash(key, 6)}";
                sitePath = _permalinks.Expand(kind, (kind, item.Slug));
                var what = holder.StartsWith("content/", StringComparison.Ordinal) ? $"'{holder}'" : holder;
                var one = kind == "speaker" ? "person" : kind;
                _diagnostics.Warning(
                    DiagnosticCodes.SharedUrl,
                    item.DefinedAt,
                    $"{kind} '{item.Name}' is at '{_urls.Url(sitePath)}': '{taken}' is the URL of {what} (to choose its URL, add a {kind} file with name: and slug:; if they are one {one}, add a {kind} file for one of them with the other under aliases:)");
            }

            item.SitePath = sitePath;
            _outputs.Claim(sitePath, owner, item.DefinedAt);
        }
    }

    private static List<Talk> NewestFirst(List<Talk> talks) =>
        [.. talks
            .OrderByDescending(t => t.Date.HasValue)
            .ThenByDescending(t => t.Date)
            .ThenBy(t => t.Conference.Slug, StringComparer.Ordinal)
            .ThenBy(t => t.Number)];

    /// <summary>By name ignoring case and diacritics, the same on every machine whatever its culture.</summary>
    private static List<T> Alphabetical<T>(IEnumerable<T> items, Func<T, string> name) =>
        [.. items.OrderBy(i => Slug.Key(name(i)), StringComparer.Ordinal).ThenBy(name, StringComparer.Ordinal)];

    private bool IsPublished(bool draft, PartialDate? date) =>
        (!draft || _options.Drafts) && (_options.Future || date is not { } d || d.Earliest <= _options.Today);

    /// <summary>The slug a file asks for (which must already be a slug), or the slug of its file or folder name.</summary>
    private string SlugOf(string? requested, string fallback, BoundRecord frontMatter)
    {
        if (requested is null)
        {
            return Slug.ForUrl(fallback);
        }

        if (requested.Length > Slug.MaxLength)
        {
            var shortened = Slug.Shortened(Slug.From(requested));
            _diagnostics.Error(DiagnosticCodes.InvalidSlug, frontMatter.LocationOf("slug"), $"slug is {requested.Length} characters long; a slug may have at most {Slug.MaxLength} (try '{shortened}')");
            return shortened.Length > 0 ? shortened : Slug.ForUrl(fallback);
        }

        if (!Slug.IsValid(requested))
        {
            var suggestion = Slug.From(requested);
            var hint = suggestion.Length > 0 ? $" (try '{suggestion}')" : string.Empty;
            _diagnostics.Error(DiagnosticCodes.InvalidSlug, frontMatter.LocationOf("slug"), $"slug '{requested}' must be lowercase ASCII letters, digits and single hyphens{hint}");
            return suggestion.Length > 0 ? suggestion : Slug.ForUrl(fallback);
        }

        return requested;
    }

    /// <summary>Claims a document's URL, pointing a clash at its <c>slug:</c> line when there is one, else at the file.</summary>
    private void ClaimDocument(string sitePath, string sourcePath, BoundRecord frontMatter) =>
        Claim(sitePath, sourcePath, frontMatter.WrittenLocationOf("slug") ?? SourceLocation.File(sourcePath));

    /// <summary>Claims the URL of the page a file defines, and notes it as the file's page for links to the file.</summary>
    private void Claim(string sitePath, string sourcePath, SourceLocation location)
    {
        _outputs.Claim(sitePath, sourcePath, location);
        _sitePathsBySource[sourcePath] = sitePath;
    }

    private static string? ListSummary(string? text) => text is null ? null : MarkdownText.Trim(text, ListSummaryLength);

    private static List<T> Distinct<T>(IEnumerable<T> items) => [.. items.Distinct()];
}
