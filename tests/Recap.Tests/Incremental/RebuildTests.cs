using Recap.Tests.Support;

namespace Recap.Tests.Incremental;

/// <summary>
/// For each kind of change, the exact files a rebuild writes and deletes, and that the output is
/// then what a clean build writes, byte for byte.
/// </summary>
public sealed class RebuildTests
{
    private const string Site = """
        -- content/site.yml --
        title: Recaps
        base_url: https://recaps.example.org/
        -- content/pages/about.md --
        ---
        title: About
        menu: true
        ---
        About these recaps.
        -- content/speakers/ada.md --
        ---
        name: Ada Lovelace
        company: Engines Ltd
        ---
        Ada's bio.
        -- content/topics/engines.md --
        ---
        name: Engines
        description: Machines that compute.
        ---
        -- content/conferences/c1/index.md --
        ---
        name: Conf One
        start: 2024-05-02
        ---
        The intro.
        -- content/conferences/c1/talks/a.md --
        ---
        title: Talk A
        speakers: [ada]
        topics: [engines]
        order: 1
        ---
        The first paragraph of A.

        The rest of A.
        -- content/conferences/c1/talks/b.md --
        ---
        title: Talk B
        speakers: [Bob]
        topics: [maths]
        order: 2
        ---
        B.
        -- content/conferences/c1/talks/c.md --
        ---
        title: Talk C
        speakers: [Bob]
        topics: [engines]
        order: 3
        ---
        C.
        -- content/conferences/c2/index.md --
        ---
        name: Conf Two
        start: 2023-03-01
        ---
        -- content/conferences/c2/talks/d.md --
        ---
        title: Talk D
        speakers: [ada]
        topics: [maths]
        ---
        D.
        -- content/static/logo.svg --
        <svg xmlns="http://www.w3.org/2000/svg"/>
        """;

    private const string TalkA = "content/conferences/c1/talks/a.md";

    /// <summary>
    /// What shows talk A's title and summary: its page and card, the pages and feeds that list it,
    /// the talks beside it and by its speaker, and the home page among the latest talks. Not the
    /// sitemap, which shows its URL and dates.
    /// </summary>
    private static readonly string[] ShowTalkA =
    [
        "c1/a/card.png", "c1/a/index.html", "c1/b/index.html", "c1/c/index.html", "c1/card.png",
        "c1/feed.xml", "c1/index.html", "c2/d/index.html", "feed.xml", "index.html",
        "search/index.html", "search/index/d0.json", "search/index/w0.json",
        "speakers/ada/card.png", "speakers/ada/feed.xml", "speakers/ada/index.html",
        "topics/engines/card.png", "topics/engines/feed.xml", "topics/engines/index.html",
    ];

    [Test]
    public void TalkBodyRewritesOnlyTheTalkPage()
    {
        AssertRebuild(
            live => live.Write(File(TalkA, A(body: "The first paragraph of A.\n\nThe rest of A, now longer."))),
            [TalkA],
            ["c1/a/index.html"]);
    }

    [Test]
    public void TalkBodyIsTakenIntoTheModelWithoutResolvingItAgain()
    {
        using var live = new LiveSiteFixture(Site);

        live.Write(File(TalkA, A(body: "The first paragraph of A.\n\nThe rest of A, *now* longer.")));
        var build = live.Rebuild(TalkA);

        Assert.That(build.Result.Steps.Select(s => s.Step), Does.Not.Contain("BuildModel"));
        Assert.That(System.IO.File.ReadAllText(Path.Combine(live.Output, "c1/a/index.html")), Does.Contain("<p>The rest of A, <em>now</em> longer.</p>"));
        live.AssertSameAsCleanBuild();
    }

    [Test]
    public void NotesUnderAnImportedAbstractRewriteTheConferencePageWhenItShowsProgress()
    {
        const string Abstract = "The first paragraph of A.";
        var import = $"import:\n  format: frab-json\n  id: \"1\"\n  fields:\n    body: \"{Recap.Import.FrontMatterMerge.Checksum(Abstract)}\"";
        using var live = new LiveSiteFixture(
            Site.Replace("base_url: https://recaps.example.org/\n", "base_url: https://recaps.example.org/\noptions: { progress: true }\n", StringComparison.Ordinal)
            + "\n" + File(TalkA, A(body: Abstract, more: import)));
        Assert.That(System.IO.File.ReadAllText(Path.Combine(live.Output, "c1/index.html")), Does.Contain("2&nbsp;of 3&nbsp;talks written up"));

        // The summary stays the first paragraph: only the count changes on the conference page.
        live.Write(File(TalkA, A(body: Abstract + "\n\nMy notes.", more: import)));
        live.Rebuild(TalkA);

        Assert.That(System.IO.File.ReadAllText(Path.Combine(live.Output, "c1/index.html")), Does.Contain("3&nbsp;of 3&nbsp;talks written up"));
        live.AssertSameAsCleanBuild();
    }

    /// <summary>A conference page shows how many talks are written up; notes that leave the count as it was leave the page alone.</summary>
    [Test]
    public void TalkBodyThatKeepsTheCountWrittenUpRewritesOnlyTheTalkPageWhenProgressIsShown()
    {
        using var live = new LiveSiteFixture(Site.Replace("base_url: https://recaps.example.org/\n", "base_url: https://recaps.example.org/\noptions: { progress: true }\n", StringComparison.Ordinal));

        live.Write(File(TalkA, A(body: "The first paragraph of A.\n\nThe rest of A, now longer.")));
        var build = live.Rebuild(TalkA);

        Assert.That(build.Result.Written, Is.EqualTo(new[] { "c1/a/index.html" }));
        live.AssertSameAsCleanBuild();
    }

    [Test]
    public void TalkFirstParagraphRewritesThePagesThatShowItsSummary()
    {
        AssertRebuild(
            live => live.Write(File(TalkA, A(body: "A new first paragraph.\n\nThe rest of A."))),
            [TalkA],
            [.. ShowTalkA.Where(f => f != "search/index/d0.json")]); // search finds a summary's words but shows only titles
    }

    [Test]
    public void TalkFirstParagraphChangedPastWhatListsShowRewritesTheFeedsThatShowItWhole()
    {
        var paragraph = string.Join(' ', Enumerable.Repeat("A long first paragraph of A.", 12));
        using var live = new LiveSiteFixture(Site);
        live.Write(File(TalkA, A(body: paragraph)));
        live.Rebuild(TalkA);

        live.Write(File(TalkA, A(body: paragraph + " Its last words.")));
        live.Rebuild(TalkA);

        Assert.That(System.IO.File.ReadAllText(Path.Combine(live.Output, "c1/feed.xml")), Does.Contain("Its last words."));
        live.AssertSameAsCleanBuild();
    }

    [Test]
    public void TalkBodyWithANewLinkIsResolvedAgain()
    {
        using var live = new LiveSiteFixture(Site);

        live.Write(File(TalkA, A(body: "The first paragraph of A.\n\nSee [Talk B](b.md).")));
        var build = live.Rebuild(TalkA);

        Assert.That(build.Result.Steps.Select(s => s.Step), Does.Contain("BuildModel"));
        Assert.That(System.IO.File.ReadAllText(Path.Combine(live.Output, "c1/a/index.html")), Does.Contain("<a href=\"/c1/b/\">Talk B</a>"));
        live.AssertSameAsCleanBuild();
    }

    [Test]
    public void TalkBodyWithABrokenLinkIsReportedAndTheFixWritesThePage()
    {
        using var live = new LiveSiteFixture(Site);

        live.Write(File(TalkA, A(body: "The first paragraph of A.\n\nSee [Talk Z](z.md).")));
        var broken = live.Live.Build([TalkA]);
        live.Write(File(TalkA, A(body: "The first paragraph of A.\n\nSee Talk B.")));
        var fixedBuild = live.Rebuild(TalkA);

        Assert.That(
            broken.Diagnostics.Sorted().Select(d => d.ToString()),
            Is.EqualTo(new[] { "content/conferences/c1/talks/a.md(9,5): error RC0301: link 'z.md' points to content/conferences/c1/talks/z.md, which is not a page of the site" }));
        Assert.That(fixedBuild.Diagnostics.Count, Is.Zero);
        Assert.That(System.IO.File.ReadAllText(Path.Combine(live.Output, "c1/a/index.html")), Does.Contain("<p>See Talk B.</p>"));
        live.AssertSameAsCleanBuild();
    }

    [Test]
    public void TalkBodyEditReportsTheWarningsOfTheSiteAsAWholeBuildDoes()
    {
        using var live = new LiveSiteFixture(Site);
        live.Write(File("content/conferences/c1/talks/c.md", "---\ntitle: Talk C\nspeakers: [Ada Lovelac]\ntopics: [engines]\norder: 3\n---\nC."));
        var warned = live.Rebuild("content/conferences/c1/talks/c.md");

        live.Write(File(TalkA, A(body: "The first paragraph of A.\n\nThe rest of A, reworded.")));
        var otherFile = live.Rebuild(TalkA);
        live.Write(File("content/conferences/c1/talks/c.md", "---\ntitle: Talk C\nspeakers: [Ada Lovelac]\ntopics: [engines]\norder: 3\n---\nC, reworded."));
        var ownFile = live.Rebuild("content/conferences/c1/talks/c.md");

        Assert.That(
            warned.Diagnostics.Sorted().Select(d => d.ToString()),
            Is.EqualTo(new[] { "content/conferences/c1/talks/c.md(3,12): warning RC0109: new speaker 'Ada Lovelac' (did you mean 'Ada Lovelace'?)" }));
        Assert.That(otherFile.Result.Steps.Select(s => s.Step), Does.Not.Contain("BuildModel"));
        Assert.That(otherFile.Diagnostics.Sorted(), Is.EqualTo(warned.Diagnostics.Sorted()));
        Assert.That(ownFile.Result.Steps.Select(s => s.Step), Does.Not.Contain("BuildModel"), "a warning in the front matter stands as it was");
        Assert.That(ownFile.Diagnostics.Sorted(), Is.EqualTo(warned.Diagnostics.Sorted()));
        live.AssertSameAsCleanBuild();
    }

    [Test]
    public void TalkTitleRewritesEveryPageThatShowsIt()
    {
        AssertRebuild(
            live => live.Write(File(TalkA, A(title: "Talk A, renamed"))),
            [TalkA],
            ShowTalkA);
    }

    [Test]
    public void TalkTitleAndWhatIsOnlyDisplayedAreTakenIntoTheModelWithoutResolvingItAgain()
    {
        using var live = new LiveSiteFixture(Site);
        var card = System.IO.File.ReadAllBytes(Path.Combine(live.Output, "c1/a/card.png"));

        live.Write(File(TalkA, A(title: "Talk A, renamed", more: "track: Main hall\nsummary: A summary of A.\nslides: https://example.com/a.pdf\nvideo: https://example.com/a.mp4\nupdated: 2024-06-01")));
        var build = live.Rebuild(TalkA);

        Assert.That(build.Result.Steps.Select(s => s.Step), Does.Not.Contain("BuildModel"));
        Assert.That(build.Result.Written, Is.EqualTo(ShowTalkA.Append("sitemap.xml").Order(StringComparer.Ordinal)), "the sitemap shows the new updated date");
        var page = System.IO.File.ReadAllText(Path.Combine(live.Output, "c1/a/index.html"));
        Assert.That(page, Does.Contain("Talk A, renamed").And.Contain("Main hall").And.Contain("A summary of A.").And.Contain("https://example.com/a.pdf").And.Contain("https://example.com/a.mp4"));
        Assert.That(System.IO.File.ReadAllText(Path.Combine(live.Output, "speakers/ada/index.html")), Does.Contain("Talk A, renamed"));
        Assert.That(System.IO.File.ReadAllBytes(Path.Combine(live.Output, "c1/a/card.png")), Is.Not.EqualTo(card), "the card shows the new title");
        live.AssertSameAsCleanBuild();
    }

    [TestCase("[ada, Bob]", "[engines]", null)]
    [TestCase("[ada]", "[engines, maths]", null)]
    [TestCase("[ada]", "[engines]", "format: keynote")]
    [TestCase("[ada]", "[engines]", "date: 2024-05-03")]
    [TestCase("[ada]", "[engines]", "time: \"10:00\"")]
    [TestCase("[ada]", "[engines]", "slug: a-talk")]
    [TestCase("[ada]", "[engines]", "image: ../../../static/logo.svg")]
    [TestCase("[ada]", "[engines]", "draft: true")]
    [TestCase("[ada]", "[engines]", "slides: ../../../static/logo.svg")]
    [TestCase("[ada]", "[engines]", "links: [{title: About, url: /about/}]")]
    public void TalkFrontMatterWithMoreThanWhatIsDisplayedIsResolvedAgain(string speakers, string topics, string? more)
    {
        using var live = new LiveSiteFixture(Site);

        live.Write(File(TalkA, A(title: "Talk A, renamed", speakers: speakers, topics: topics, more: more)));
        var build = live.Rebuild(TalkA);

        Assert.That(build.Result.Steps.Select(s => s.Step), Does.Contain("BuildModel"));
        live.AssertSameAsCleanBuild();
    }

    [Test]
    public void NewTalkThatCallsForAnotherSitemapPartWritesItAndTheIndexAgain()
    {
        using var live = new LiveSiteFixture(Site, sitemapUrls: 8);
        Assert.That(System.IO.File.Exists(Path.Combine(live.Output, "sitemap-3.xml")), Is.False);

        live.Write(File("content/conferences/c2/talks/e.md", "---\ntitle: Talk E\nspeakers: [Eve]\ntopics: [ciphers]\n---\nE."));
        var build = live.Rebuild("content/conferences/c2/talks/e.md");

        Assert.That(build.Result.Written, Does.Contain("sitemap.xml").And.Contain("sitemap-3.xml"));
        live.AssertSameAsCleanBuild();
        live.Delete("content/conferences/c2/talks/e.md");
        live.Rebuild("content/conferences/c2/talks/e.md");
        Assert.That(System.IO.File.Exists(Path.Combine(live.Output, "sitemap-3.xml")), Is.False);
        live.AssertSameAsCleanBuild();
    }

    [Test]
    public void TalkSlidesPathThatNamesNothingIsReportedAndTheFixWritesThePage()
    {
        using var live = new LiveSiteFixture(Site);

        live.Write(File(TalkA, A(more: "slides: https://example.com/a.pdf")));
        live.Rebuild(TalkA);
        live.Write(File(TalkA, A(more: "slides: a-deck.pdf")));
        var broken = live.Live.Build([TalkA]);
        live.Write(File("content/conferences/c1/talks/a-deck.pdf", "%PDF"));
        var fixedBuild = live.Rebuild(TalkA, "content/conferences/c1/talks/a-deck.pdf");

        Assert.That(
            broken.Diagnostics.Sorted().Select(d => d.ToString()),
            Is.EqualTo(new[] { "content/conferences/c1/talks/a.md(6,1): error RC0112: slides 'a-deck.pdf' not found (looked for content/conferences/c1/talks/a-deck.pdf)" }));
        Assert.That(System.IO.File.ReadAllText(Path.Combine(live.Output, "c1/a/index.html")), Does.Contain("<a href=\"/c1/talks/a-deck.pdf\">Slides (PDF)</a>"));
        Assert.That(fixedBuild.Diagnostics.Count, Is.Zero);
        live.AssertSameAsCleanBuild();
    }

    [Test]
    public void TalkTitleInAFileWithAWarningIsResolvedAgainAndReportsIt()
    {
        using var live = new LiveSiteFixture(Site);
        const string C = "content/conferences/c1/talks/c.md";
        live.Write(File(C, "---\ntitle: Talk C\nspeakers: [Ada Lovelac]\ntopics: [engines]\norder: 3\n---\nC."));
        var warned = live.Rebuild(C);

        live.Write(File(C, "---\ntitle: Talk C, renamed\nspeakers: [Ada Lovelac]\ntopics: [engines]\norder: 3\n---\nC."));
        var retitled = live.Rebuild(C);

        Assert.That(retitled.Result.Steps.Select(s => s.Step), Does.Contain("BuildModel"));
        Assert.That(retitled.Diagnostics.Sorted(), Is.EqualTo(warned.Diagnostics.Sorted()).And.Count.EqualTo(1));
        live.AssertSameAsCleanBuild();
    }

    [Test]
    public void TalkSlidesWithAnUnsafeUrlAreReportedAndTheFixWritesThePage()
    {
        using var live = new LiveSiteFixture(Site);

        live.Write(File(TalkA, A(more: "slides: javascript:alert(1)")));
        var broken = live.Live.Build([TalkA]);
        live.Write(File(TalkA, A(title: "Talk A, renamed", more: "slides: https://example.com/a.pdf")));
        var fixedBuild = live.Rebuild(TalkA);

        Assert.That(broken.Result.Succeeded, Is.False);
        Assert.That(broken.Diagnostics.Sorted().Select(d => d.Location?.ToString()), Is.EqualTo(new[] { TalkA + "(6,9)" }));
        Assert.That(fixedBuild.Diagnostics.Count, Is.Zero);
        Assert.That(System.IO.File.ReadAllText(Path.Combine(live.Output, "c1/a/index.html")), Does.Contain("https://example.com/a.pdf"));
        live.AssertSameAsCleanBuild();
    }

    [Test]
    public void TalkSpeakersRewriteThePagesOfOldAndNewSpeakers()
    {
        AssertRebuild(
            live => live.Write(File(TalkA, A(speakers: "[Bob]"))),
            [TalkA],
            [
                "c1/a/card.png", "c1/a/index.html", "c1/b/card.png", "c1/b/index.html", "c1/c/card.png",
                "c1/c/index.html", "c1/card.png", "c1/feed.xml", "c1/index.html", "c2/d/card.png",
                "c2/d/index.html", "c2/feed.xml", "c2/index.html", "conferences/index.html", "feed.xml",
                "index.html", "search/index.html", "search/index/d0.json", "search/index/w0.json", "sitemap.xml", "speakers/ada/card.png", "speakers/ada/feed.xml", "speakers/ada/index.html",
                "speakers/bob/card.png", "speakers/bob/feed.xml", "speakers/bob/index.html", "speakers/index.html", "topics/engines/card.png",
                "topics/engines/feed.xml", "topics/engines/index.html", "topics/maths/card.png", "topics/maths/feed.xml", "topics/maths/index.html",
            ]);
    }

    [Test]
    public void SpeakerFileRewritesThePagesThatShowTheSpeaker()
    {
        AssertRebuild(
            live => live.Write(File("content/speakers/ada.md", "---\nname: Ada Lovelace\ncompany: Analytical Engines\n---\nAda's bio.\n")),
            ["content/speakers/ada.md"],
            [
                "c1/a/card.png", "c1/a/index.html", "c1/b/index.html", "c1/c/index.html", "c1/feed.xml",
                "c1/index.html", "c2/d/card.png", "c2/d/index.html", "c2/feed.xml", "c2/index.html",
                "feed.xml", "index.html", "search/index.html", "search/index/d0.json", "search/index/w0.json",
                "sitemap.xml",
                "speakers/ada/card.png", "speakers/ada/feed.xml", "speakers/ada/index.html", "speakers/index.html", "topics/engines/feed.xml",
                "topics/engines/index.html", "topics/maths/feed.xml", "topics/maths/index.html",
            ]);
    }

    [Test]
    public void TopicFileRewritesThePagesThatShowTheTopic()
    {
        AssertRebuild(
            live => live.Write(File("content/topics/engines.md", "---\nname: Engines\ndescription: Machines that compute, and more.\n---\n")),
            ["content/topics/engines.md"],
            [
                "c1/a/index.html", "c1/b/index.html", "c1/c/index.html", "c1/feed.xml", "c1/index.html",
                "c2/d/index.html", "feed.xml", "index.html", "sitemap.xml", "speakers/ada/feed.xml",
                "speakers/ada/index.html", "speakers/bob/feed.xml", "speakers/bob/index.html", "topics/engines/card.png", "topics/engines/feed.xml",
                "topics/engines/index.html", "topics/index.html",
            ]);
    }

    [Test]
    public void ConferenceFileRewritesThePagesThatShowTheConference()
    {
        AssertRebuild(
            live => live.Write(File("content/conferences/c2/index.md", "---\nname: Conf Two\nstart: 2023-03-01\nlocation: Lyon\n---\n")),
            ["content/conferences/c2/index.md"],
            [
                "c1/a/index.html", "c1/b/index.html", "c2/card.png", "c2/d/card.png", "c2/d/index.html", "c2/feed.xml",
                "c2/index.html", "conferences/index.html", "feed.xml", "index.html", "sitemap.xml",
                "speakers/ada/card.png", "speakers/ada/feed.xml", "speakers/ada/index.html", "topics/maths/card.png", "topics/maths/feed.xml",
                "topics/maths/index.html",
            ]);
    }

    [Test]
    public void ThemeFileRewritesEverything()
    {
        using var live = new LiveSiteFixture(Site);
        var everything = Folder.Files(live.Output).Where(f => f is not (".nojekyll" or ".recap-site")).ToList();

        live.Write(File("layouts/404.html", "<h1>Lost</h1>"));
        var build = live.Rebuild("layouts/404.html");

        Assert.That(build.Everything, Is.True);
        Assert.That(build.Result.Written.Where(f => f is not ".nojekyll"), Is.EquivalentTo(everything));
        live.AssertSameAsCleanBuild();
    }

    /// <summary>Bodies read before are compiled again when site.yml changes how: raw HTML dropped, or a right-to-left language.</summary>
    [TestCase("markdown: { unsafe_html: false }", "<p>The rest of A.</p>", "<p>Raw</p>")]
    [TestCase("language: he", "<p dir=\"auto\">The rest of A.</p>", "<p>The rest of A.</p>")]
    public void SiteConfigurationThatCompilesBodiesOtherwiseCompilesThemAgain(string line, string now, string gone)
    {
        using var live = new LiveSiteFixture(Site.Replace("The rest of A.", "The rest of A.\n\n<p>Raw</p>", StringComparison.Ordinal));
        Assert.That(System.IO.File.ReadAllText(Path.Combine(live.Output, "c1/a/index.html")), Does.Contain("<p>The rest of A.</p>\n<p>Raw</p>"));

        live.Write(File("content/site.yml", $"title: Recaps\nbase_url: https://recaps.example.org/\n{line}\n"));
        var build = live.Rebuild("content/site.yml");

        Assert.That(build.Everything, Is.True);
        Assert.That(System.IO.File.ReadAllText(Path.Combine(live.Output, "c1/a/index.html")), Does.Contain(now).And.Not.Contain(gone));
        live.AssertSameAsCleanBuild();
    }

    /// <summary>Bodies read before are compiled again when the theme stops (or starts) making headings links.</summary>
    [Test]
    public void ThemeThatTurnsOffHeadingLinksCompilesBodiesAgain()
    {
        using var live = new LiveSiteFixture(Site.Replace("The rest of A.", "## Setup\n\nThe rest of A.", StringComparison.Ordinal));
        Assert.That(System.IO.File.ReadAllText(Path.Combine(live.Output, "c1/a/index.html")), Does.Contain("<h2 id=\"setup\"><a href=\"#setup\" class=\"heading-link\">Setup</a></h2>"));

        live.Write(File("themes/default/theme.yml", "heading_links: false"));
        var build = live.Rebuild("themes/default/theme.yml");

        Assert.That(build.Everything, Is.True);
        Assert.That(System.IO.File.ReadAllText(Path.Combine(live.Output, "c1/a/index.html")), Does.Contain("<h2 id=\"setup\">Setup</h2>"));
        live.AssertSameAsCleanBuild();
    }

    /// <summary>
    /// With a talk to a page, a talk that comes, goes or moves takes a page of its topic and speaker
    /// lists with it: the pages are written and removed as a clean build has them.
    /// </summary>
    [Test]
    public void TalksThatComeGoAndMoveRewriteThePagesOfTheirTopicsTalks()
    {
        using var live = new LiveSiteFixture(SiteWithTalksPerPage(1));
        Assert.That(TalksOn(live, "topics/engines/index.html"), Is.EqualTo("Talk A"));
        Assert.That(TalksOn(live, "topics/engines/page/2/index.html"), Is.EqualTo("Talk C"));

        live.Write(File("content/conferences/c2/talks/e.md", "---\ntitle: Talk E\ntopics: [engines]\n---\nE.\n"));
        var added = live.Rebuild("content/conferences/c2/talks/e.md");
        Assert.That(added.Result.Written, Does.Contain("topics/engines/page/3/index.html").And.Contain("topics/engines/page/2/index.html"));
        Assert.That(TalksOn(live, "topics/engines/page/3/index.html"), Is.EqualTo("Talk E"));
        live.AssertSameAsCleanBuild();

        live.Write(File(TalkA, A(title: "Talk A, again")));
        var retitled = live.Rebuild(TalkA);
        // What a page lists hangs on every talk of the list (their order), so each page of it is written.
        Assert.That(retitled.Result.Written, Is.SupersetOf(new[] { "topics/engines/index.html", "topics/engines/page/2/index.html", "topics/engines/page/3/index.html" }));
        live.AssertSameAsCleanBuild();

        live.Write(File("content/conferences/c2/talks/e.md", "---\ntitle: Talk E\ntopics: [engines]\ndate: 2025-01-01\n---\nE.\n"));
        live.Write(File("content/conferences/c2/index.md", "---\nname: Conf Two\nstart: 2025-01-01\n---\n"));
        live.Rebuild("content/conferences/c2/talks/e.md", "content/conferences/c2/index.md");
        Assert.That(TalksOn(live, "topics/engines/index.html"), Is.EqualTo("Talk E"), "the newest talk moves to the first page");
        live.AssertSameAsCleanBuild();

        live.Delete("content/conferences/c2/talks/e.md");
        var deleted = live.Rebuild("content/conferences/c2/talks/e.md");
        Assert.That(deleted.Result.Deleted, Does.Contain("topics/engines/page/3/index.html"));
        live.AssertSameAsCleanBuild();
    }

    /// <summary>
    /// A programme's cards name each talk's track while it has two or more: a talk whose track
    /// joins the other's takes the track off every card, those of talks whose files did not change too.
    /// </summary>
    [Test]
    public void ATalkWhoseTrackLeavesTheProgrammeWithOneTrackTakesTracksOffEveryCard()
    {
        using var live = new LiveSiteFixture(Site
            .Replace("title: Talk A\n", "title: Talk A\ntrack: Main hall\n", StringComparison.Ordinal)
            .Replace("title: Talk B\n", "title: Talk B\ntrack: Room 2\n", StringComparison.Ordinal));
        Assert.That(System.IO.File.ReadAllText(Path.Combine(live.Output, "c1/index.html")), Does.Contain("<span class=\"track\">Main hall</span>"));

        live.Write(File("content/conferences/c1/talks/b.md", "---\ntitle: Talk B\ntrack: Main hall\nspeakers: [Bob]\ntopics: [maths]\norder: 2\n---\nB.\n"));
        var build = live.Rebuild("content/conferences/c1/talks/b.md");

        Assert.That(build.Result.Written, Does.Contain("c1/index.html"));
        Assert.That(System.IO.File.ReadAllText(Path.Combine(live.Output, "c1/index.html")), Does.Not.Contain("class=\"track\""));
        live.AssertSameAsCleanBuild();

        live.Write(File("content/conferences/c1/talks/b.md", "---\ntitle: Talk B\ntrack: Room 3\nspeakers: [Bob]\ntopics: [maths]\norder: 2\n---\nB.\n"));
        live.Rebuild("content/conferences/c1/talks/b.md");

        Assert.That(System.IO.File.ReadAllText(Path.Combine(live.Output, "c1/index.html")), Does.Contain("<span class=\"track\">Main hall</span>").And.Contain("<span class=\"track\">Room 3</span>"));
        live.AssertSameAsCleanBuild();
    }

    [Test]
    public void TalksThatComeGoAndMoveRewriteThePagesOfTheirConferencesProgramme()
    {
        using var live = new LiveSiteFixture(SiteWithTalksPerPage(2));
        Assert.That(TalksOn(live, "c1/index.html"), Is.EqualTo("Talk A, Talk B"));
        Assert.That(TalksOn(live, "c1/page/2/index.html"), Is.EqualTo("Talk C"));

        live.Write(File("content/conferences/c1/talks/e.md", "---\ntitle: Talk E\norder: 4\n---\nE.\n"));
        live.Write(File("content/conferences/c1/talks/f.md", "---\ntitle: Talk F\norder: 5\n---\nF.\n"));
        var added = live.Rebuild("content/conferences/c1/talks/e.md", "content/conferences/c1/talks/f.md");
        Assert.That(added.Result.Written, Does.Contain("c1/page/2/index.html").And.Contain("c1/page/3/index.html"));
        Assert.That(TalksOn(live, "c1/page/3/index.html"), Is.EqualTo("Talk F"));
        live.AssertSameAsCleanBuild();

        live.Write(File("content/conferences/c1/talks/f.md", "---\ntitle: Talk F\norder: 0\n---\nF.\n"));
        var moved = live.Rebuild("content/conferences/c1/talks/f.md");
        Assert.That(moved.Result.Written, Is.SupersetOf(new[] { "c1/index.html", "c1/page/2/index.html", "c1/page/3/index.html" }));
        Assert.That(TalksOn(live, "c1/index.html"), Is.EqualTo("Talk F, Talk A"), "the talk moved to the front of the programme");
        Assert.That(TalksOn(live, "c1/page/3/index.html"), Is.EqualTo("Talk E"));
        live.AssertSameAsCleanBuild();

        live.Delete("content/conferences/c1/talks/e.md");
        var deleted = live.Rebuild("content/conferences/c1/talks/e.md");
        Assert.That(deleted.Result.Deleted, Does.Contain("c1/page/3/index.html"));
        live.AssertSameAsCleanBuild();
    }

    private static string SiteWithTalksPerPage(int talks) =>
        Site.Replace("base_url: https://recaps.example.org/", $"base_url: https://recaps.example.org/\noptions: {{ talks_per_page: {talks} }}", StringComparison.Ordinal);

    private static string TalksOn(LiveSiteFixture live, string page) => string.Join(", ",
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(System.IO.File.ReadAllText(Path.Combine(live.Output, page)))
            .QuerySelectorAll("#talks ~ .card-list .card-title").Select(h => h.TextContent.Trim()));

    /// <summary>A new themes/ folder may be all a file watcher reports: what was made in it at once can come before it is watched.</summary>
    [Test]
    public void NewThemesFolderRewritesEverything()
    {
        using var live = new LiveSiteFixture(Site);

        live.Write(File("themes/default/assets/style.css", "body { color: rgb(1, 2, 3); }"));
        var build = live.Rebuild("themes");

        Assert.That(build.Everything, Is.True);
        Assert.That(System.IO.File.ReadAllText(Path.Combine(live.Output, "assets/style.css")), Is.EqualTo("body { color: rgb(1, 2, 3); }\n"));
        live.AssertSameAsCleanBuild();
    }

    [Test]
    public void StaticFileIsCopiedAlone()
    {
        AssertRebuild(
            live => live.Write(File("content/static/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\"/>")),
            ["content/static/logo.svg"],
            ["logo.svg"]);
    }

    [Test]
    public void NewTalkIsWrittenWithThePagesThatListIt()
    {
        AssertRebuild(
            live => live.Write(File("content/conferences/c2/talks/e.md", "---\ntitle: Talk E\nspeakers: [Cy]\n---\nE.\n")),
            ["content/conferences/c2/talks/e.md"],
            [
                "c1/a/index.html", "c1/b/index.html", "c2/card.png", "c2/d/card.png", "c2/d/index.html", "c2/e/card.png",
                "c2/e/index.html", "c2/feed.xml", "c2/index.html", "card.png", "conferences/index.html", "feed.xml",
                "index.html", "search/index.html", "search/index/d0.json", "search/index/w0.json", "sitemap.xml", "speakers/ada/card.png", "speakers/ada/feed.xml", "speakers/ada/index.html",
                "speakers/cy/card.png", "speakers/cy/feed.xml", "speakers/cy/index.html", "speakers/index.html", "topics/maths/card.png",
                "topics/maths/feed.xml", "topics/maths/index.html",
            ]);
    }

    [Test]
    public void DeletedTalkIsRemovedFromEveryPageThatListedIt()
    {
        AssertRebuild(
            live => live.Delete("content/conferences/c1/talks/b.md"),
            ["content/conferences/c1/talks/b.md"],
            [
                "c1/a/card.png", "c1/a/index.html", "c1/c/card.png", "c1/c/index.html", "c1/card.png",
                "c1/feed.xml", "c1/index.html", "c2/d/index.html", "c2/feed.xml", "c2/index.html", "card.png",
                "conferences/index.html", "feed.xml", "index.html", "search/index.html", "search/index/d0.json", "search/index/w0.json", "sitemap.xml", "speakers/ada/card.png",
                "speakers/ada/feed.xml", "speakers/ada/index.html", "speakers/bob/card.png", "speakers/bob/feed.xml", "speakers/bob/index.html",
                "speakers/index.html", "topics/engines/card.png", "topics/engines/feed.xml", "topics/engines/index.html", "topics/index.html",
                "topics/maths/card.png", "topics/maths/feed.xml", "topics/maths/index.html",
            ],
            ["c1/b/card.png", "c1/b/index.html"]);
    }

    [Test]
    public void RenamedTalkMovesToItsNewUrl()
    {
        AssertRebuild(
            live => live.Rename("content/conferences/c1/talks/c.md", "content/conferences/c1/talks/c-renamed.md"),
            ["content/conferences/c1/talks/c.md", "content/conferences/c1/talks/c-renamed.md"],
            [
                "c1/a/index.html", "c1/b/index.html", "c1/c-renamed/card.png", "c1/c-renamed/index.html", "c1/card.png",
                "c1/feed.xml", "c1/index.html", "feed.xml", "index.html", "search/index.html",
                "search/index/d0.json", "sitemap.xml", "speakers/bob/card.png", "speakers/bob/feed.xml",
                "speakers/bob/index.html", "topics/engines/card.png", "topics/engines/feed.xml", "topics/engines/index.html",
            ],
            ["c1/c/card.png", "c1/c/index.html"]);
    }

    [Test]
    public void BrokenFileLeavesTheOutputAsItWasAndTheFixRewritesAllThatChangedSinceTheLastGoodBuild()
    {
        using var live = new LiveSiteFixture(Site);
        var before = Folder.Files(live.Output).ToDictionary(f => f, f => System.IO.File.ReadAllBytes(Path.Combine(live.Output, f)));

        live.Write(File(TalkA, "---\ntitle: [Talk A\n---\n"));
        var broken = live.Live.Build([TalkA]);
        live.Write(File("content/conferences/c1/talks/b.md", "---\ntitle: Talk B, renamed\nspeakers: [Bob]\ntopics: [maths]\norder: 2\n---\nB.\n"));
        var stillBroken = live.Live.Build(["content/conferences/c1/talks/b.md"]);

        Assert.That(broken.Result.Succeeded, Is.False);
        Assert.That(broken.Diagnostics.Sorted().Select(d => d.Code), Is.EqualTo(new[] { "RC0101" }));
        Assert.That(stillBroken.Result.Succeeded, Is.False, "the broken file is still broken, though it did not change");
        Assert.That(Folder.Files(live.Output).ToDictionary(f => f, f => System.IO.File.ReadAllBytes(Path.Combine(live.Output, f))), Is.EqualTo(before), "nothing written");

        live.Write(File(TalkA, A()));
        var fixedBuild = live.Rebuild(TalkA);

        Assert.That(fixedBuild.Result.Written, Does.Contain("c1/b/index.html"), "B changed while A was broken");
        live.AssertSameAsCleanBuild();
    }

    [Test]
    public void StylesheetIsCopiedAloneForPagesToSwapWithoutReloading()
    {
        using var live = new LiveSiteFixture(Site.Replace("title: Recaps", "title: Recaps\ntheme: mine", StringComparison.Ordinal) + "\n" + """
            -- themes/mine/theme.yml --
            name: mine
            -- themes/mine/assets/style.css --
            body { color: black; }
            """);

        live.Write(File("themes/mine/assets/style.css", "body { color: navy; }"));
        var build = live.Rebuild("themes/mine/assets/style.css");

        Assert.That(build.StylesOnly, Is.True);
        Assert.That(build.Result.Written, Is.EqualTo(new[] { "assets/style.css" }));
        live.AssertSameAsCleanBuild();
    }

    [Test]
    public void ThemeIconIsCopiedAloneAndPagesReload()
    {
        using var live = new LiveSiteFixture(Site.Replace("title: Recaps", "title: Recaps\ntheme: mine", StringComparison.Ordinal) + "\n" + """
            -- themes/mine/theme.yml --
            name: mine
            -- themes/mine/static/favicon.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            """);

        live.Write(File("themes/mine/static/favicon.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"new\"/>"));
        var build = live.Rebuild("themes/mine/static/favicon.svg");

        Assert.That(build.StylesOnly, Is.False, "an icon is not a stylesheet a page can swap");
        Assert.That(build.Result.Written, Is.EqualTo(new[] { "favicon.svg" }));
        live.AssertSameAsCleanBuild();
    }

    [Test]
    public void IconInStaticReplacesTheThemesOnEveryPage()
    {
        using var live = new LiveSiteFixture(Site);

        live.Write(File("content/static/favicon.ico", "an icon"));
        var build = live.Rebuild("content/static/favicon.ico");

        Assert.That(build.Result.Written, Does.Contain("favicon.ico").And.Contain("index.html").And.Contain("c1/a/index.html").And.Contain("404.html"));
        Assert.That(build.Result.Deleted, Is.EquivalentTo(new[] { "favicon.png", "favicon.svg" }));
        live.AssertSameAsCleanBuild();
    }

    [Test]
    public void NewOldUrlOfATalkIsWrittenAndTheOneTakenAwayIsDeleted()
    {
        using var live = new LiveSiteFixture(Site);
        live.Write(TalkB("Talk B", "/old-b/"));
        live.Rebuild(TalkBPath);

        live.Write(TalkB("Talk B", "/2019/b.html"));
        var build = live.Rebuild(TalkBPath);

        Assert.That(build.Result.Written, Does.Contain("2019/b.html"));
        Assert.That(build.Result.Deleted, Is.EqualTo(new[] { "old-b/index.html" }));
        live.AssertSameAsCleanBuild();
    }

    [Test]
    public void RetitledTalkRewritesThePagesAtItsOldUrls()
    {
        using var live = new LiveSiteFixture(Site);
        live.Write(TalkB("Talk B", "/old-b/"));
        live.Rebuild(TalkBPath);

        live.Write(TalkB("Talk B, renamed", "/old-b/"));
        var build = live.Rebuild(TalkBPath);

        Assert.That(build.Result.Written, Does.Contain("old-b/index.html"));
        Assert.That(System.IO.File.ReadAllText(Path.Combine(live.Output, "old-b/index.html")), Does.Contain("<title>Talk B, renamed</title>"));
        live.AssertSameAsCleanBuild();
    }

    private static void AssertRebuild(Action<LiveSiteFixture> change, string[] changed, string[] written, string[]? deleted = null)
    {
        using var live = new LiveSiteFixture(Site);

        change(live);
        var build = live.Rebuild(changed);

        Assert.That(build.Everything, Is.False);
        Assert.That(build.Result.Written, Is.EqualTo(written), "written: " + string.Join(", ", build.Result.Written.Select(w => $"\"{w}\"")));
        Assert.That(build.Result.Deleted, Is.EqualTo(deleted ?? []), "deleted");
        live.AssertSameAsCleanBuild();
    }

    private static string File(string path, string text) => $"-- {path} --\n{text}";

    private const string TalkBPath = "content/conferences/c1/talks/b.md";

    /// <summary>Talk B of <see cref="Site"/> with <paramref name="title"/> and one old URL.</summary>
    private static string TalkB(string title, string redirectFrom) =>
        $"-- {TalkBPath} --\n---\ntitle: {title}\nspeakers: [Bob]\ntopics: [maths]\norder: 2\nredirect_from: [{redirectFrom}]\n---\nB.\n";

    /// <param name="more">Front-matter lines after the others.</param>
    private static string A(string title = "Talk A", string speakers = "[ada]", string body = "The first paragraph of A.\n\nThe rest of A.", string? more = null, string topics = "[engines]") =>
        $"---\ntitle: {title}\nspeakers: {speakers}\ntopics: {topics}\norder: 1\n{(more is null ? string.Empty : more + "\n")}---\n{body}\n";
}
