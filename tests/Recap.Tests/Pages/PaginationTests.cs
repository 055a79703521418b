using AngleSharp.Html.Parser;
using Recap.Tests.Support;

namespace Recap.Tests.Pages;

/// <summary>
/// A conference's, speaker's or topic's talks past <c>options.talks_per_page</c> go on further pages
/// under its own, <c>page/2/</c>, <c>page/3/</c>, ..., as Hugo and Zola split a long list.
/// </summary>
public sealed class PaginationTests
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Conference C in May and June 2024, with <paramref name="count"/> talks on Rust by Ada Lovelace, a day apart, Talk 1 the oldest.</summary>
    private static string RustTalks(int count, string options) => $"""
        -- content/site.yml --
        title: Recaps
        base_url: https://recaps.example.org/
        options: {options}
        -- content/conferences/c/index.md --
        ---
        name: C
        start: 2024-05-01
        end: 2024-06-30
        ---
        -- content/topics/rust.md --
        ---
        name: Rust
        ---
        What the Rust talks taught me.
        -- content/speakers/ada-lovelace.md --
        ---
        name: Ada Lovelace
        ---
        Ada writes programs.
        """ + string.Concat(Enumerable.Range(1, count).Select(n => $"""


            -- content/conferences/c/talks/t{n:00}.md --
            ---
            title: Talk {n}
            speakers: [Ada Lovelace]
            topics: [Rust]
            date: {new DateOnly(2024, 5, 1).AddDays(n - 1):yyyy-MM-dd}
            ---
            """));

    [Test]
    public void ATopicsTalksPastTalksPerPageGoOnFurtherPages()
    {
        using var site = TestSite.Build(RustTalks(5, "{ talks_per_page: 2 }"));

        site.AssertClean();
        Assert.That(TalkTitles(site, "topics/rust/index.html"), Is.EqualTo(new[] { "Talk 5", "Talk 4" }));
        Assert.That(TalkTitles(site, "topics/rust/page/2/index.html"), Is.EqualTo(new[] { "Talk 3", "Talk 2" }));
        Assert.That(TalkTitles(site, "topics/rust/page/3/index.html"), Is.EqualTo(new[] { "Talk 1" }));
        Assert.That(site.OutputFiles().Where(f => f.StartsWith("topics/rust/page/", StringComparison.Ordinal)), Is.EqualTo(new[]
        {
            "topics/rust/page/2/index.html",
            "topics/rust/page/3/index.html",
        }));

        site.AssertFile("topics/rust/index.html", """
            <title>Rust · Recaps</title>
            <link rel="canonical" href="https://recaps.example.org/topics/rust/">
            <h2 id="talks">5&nbsp;talks</h2>
            <p>What the Rust talks taught me.</p>
            <nav class="pagination" aria-label="Pages">
            <li><a href="/topics/rust/" aria-label="Page&nbsp;1" aria-current="page">1</a></li>
            <li><a href="/topics/rust/page/2/" aria-label="Page&nbsp;2">2</a></li>
            <li><a href="/topics/rust/page/3/" aria-label="Page&nbsp;3">3</a></li>
            <a class="pagination-next" href="/topics/rust/page/2/" rel="next">Older talks</a>
            ! pagination-previous
            """);
        site.AssertFile("topics/rust/page/2/index.html", """
            <title>Rust, page 2 of 3 · Recaps</title>
            <link rel="canonical" href="https://recaps.example.org/topics/rust/page/2/">
            <meta property="og:url" content="https://recaps.example.org/topics/rust/page/2/">
            <meta property="og:title" content="Rust">
            <meta property="og:image" content="https://recaps.example.org/topics/rust/card.png">
            <h1>Rust</h1>
            <h2 id="talks">5&nbsp;talks</h2>
            <a class="pagination-previous" href="/topics/rust/" rel="prev">Newer talks</a>
            <li><a href="/topics/rust/page/2/" aria-label="Page&nbsp;2" aria-current="page">2</a></li>
            <a class="pagination-next" href="/topics/rust/page/3/" rel="next">Older talks</a>
            ! What the Rust talks taught me.
            ! <meta name="robots"
            """);
        site.AssertFile("topics/rust/page/3/index.html", """
            <a class="pagination-previous" href="/topics/rust/page/2/" rel="prev">Newer talks</a>
            ! pagination-next
            """);
        using var data = site.StructuredData("topics/rust/page/2/index.html");
        Assert.That(data.RootElement.GetProperty("url").GetString(), Is.EqualTo("https://recaps.example.org/topics/rust/page/2/"));
        Assert.That(data.RootElement.GetProperty("name").GetString(), Is.EqualTo("Rust, page 2 of 3"));
        Assert.That(site.Check().ExitCode, Is.Zero, "every page of the list is linked and found: " + site.Stderr);
    }

    /// <summary>Its every talk is in the sitemap already; the first page is the topic's.</summary>
    [Test]
    public void TheSitemapListsTheFirstPageOnly()
    {
        using var site = TestSite.Build(RustTalks(3, "{ talks_per_page: 1 }"));

        var sitemap = site.ReadFile("sitemap.xml");
        Assert.That(sitemap, Does.Contain("<loc>https://recaps.example.org/topics/rust/</loc>"));
        Assert.That(sitemap, Does.Contain("<loc>https://recaps.example.org/speakers/ada-lovelace/</loc>"));
        Assert.That(sitemap, Does.Not.Contain("/page/"));
        Assert.That(site.Exists("topics/rust/page/3/index.html"), Is.True);
    }

    [Test]
    public void ASpeakersTalksAreSplitTheSameWayWithTheBioOnTheFirstPage()
    {
        using var site = TestSite.Build(RustTalks(3, "{ talks_per_page: 2 }"));

        site.AssertClean();
        Assert.That(TalkTitles(site, "speakers/ada-lovelace/index.html"), Is.EqualTo(new[] { "Talk 3", "Talk 2" }));
        Assert.That(TalkTitles(site, "speakers/ada-lovelace/page/2/index.html"), Is.EqualTo(new[] { "Talk 1" }));
        site.AssertFile("speakers/ada-lovelace/index.html", """
            <p>Ada writes programs.</p>
            <a class="pagination-next" href="/speakers/ada-lovelace/page/2/" rel="next">Older talks</a>
            """);
        site.AssertFile("speakers/ada-lovelace/page/2/index.html", """
            <title>Ada Lovelace, page 2 of 2 · Recaps</title>
            <h1>Ada Lovelace</h1>
            <a class="pagination-previous" href="/speakers/ada-lovelace/" rel="prev">Newer talks</a>
            ! Ada writes programs.
            """);
    }

    [Test]
    public void TalksThatFitOnOnePageHaveNoPagination()
    {
        using var fits = TestSite.Build(RustTalks(2, "{ talks_per_page: 2 }"));
        using var unsplit = TestSite.Build(RustTalks(40, "{ talks_per_page: 0 }"));
        using var byDefault = TestSite.Build(RustTalks(30, "{ social_cards: false }"));

        foreach (var site in new[] { fits, unsplit, byDefault })
        {
            site.AssertClean();
            Assert.That(site.ReadFile("topics/rust/index.html"), Does.Not.Contain("pagination"));
            Assert.That(site.OutputFiles().Where(f => f.Contains("/page/", StringComparison.Ordinal)), Is.Empty);
        }

        Assert.That(TalkTitles(unsplit, "topics/rust/index.html"), Has.Count.EqualTo(40));
        Assert.That(TalkTitles(byDefault, "speakers/ada-lovelace/index.html"), Has.Count.EqualTo(30));
    }

    /// <summary>
    /// Of many pages, the first, the last and the one either side of the page are linked by number;
    /// "…" stands for those between, unless it would stand for one page only, which is linked.
    /// </summary>
    [TestCase(1, "[1] 2 … 12")]
    [TestCase(3, "1 2 [3] 4 … 12")]
    [TestCase(4, "1 2 3 [4] 5 … 12")]
    [TestCase(5, "1 … 4 [5] 6 … 12")]
    [TestCase(9, "1 … 8 [9] 10 11 12")]
    [TestCase(11, "1 … 10 [11] 12")]
    [TestCase(12, "1 … 11 [12]")]
    public void PagesAreLinkedByNumberAroundTheCurrentOne(int number, string expected)
    {
        using var site = TestSite.Build(RustTalks(12, "{ talks_per_page: 1, social_cards: false }"));

        var path = number == 1 ? "topics/rust/index.html" : $"topics/rust/page/{number}/index.html";
        var page = Parser.ParseDocument(site.ReadFile(path));
        var shown = page.QuerySelectorAll(".pagination li").Select(li =>
            li.QuerySelector("a") is { } a ? a.GetAttribute("aria-current") == "page" ? $"[{a.TextContent}]" : a.TextContent : li.TextContent);

        Assert.That(string.Join(' ', shown), Is.EqualTo(expected));
    }

    /// <summary>A layout that lists every talk (a theme made before pages were split) keeps them on one page.</summary>
    [Test]
    public void ALayoutThatListsEveryTalkKeepsThemOnOnePage()
    {
        using var site = TestSite.Build(RustTalks(3, "{ talks_per_page: 1 }") + "\n" + """
            -- layouts/topic.html --
            <h1>{{ topic.name }}</h1>
            <ul>{{ for t in topic.talks }}<li>{{ t.title }}</li>{{ end }}</ul>
            """);

        site.AssertClean();
        Assert.That(site.ReadFile("topics/rust/index.html"), Does.Contain("<ul><li>Talk 3</li><li>Talk 2</li><li>Talk 1</li></ul>"));
        Assert.That(site.Exists("topics/rust/page/2/index.html"), Is.False);
        Assert.That(site.Exists("speakers/ada-lovelace/page/3/index.html"), Is.True, "the speaker's layout is the default theme's, which splits them");
    }

    [Test]
    public void PagesSpeakTheSitesLanguage()
    {
        using var site = TestSite.Build(RustTalks(3, "{ talks_per_page: 1 }").Replace("title: Recaps", "title: Recaps\nlanguage: de", StringComparison.Ordinal));

        site.AssertClean();
        site.AssertFile("topics/rust/page/2/index.html", """
            <title>Rust, Seite 2 von 3 · Recaps</title>
            <nav class="pagination" aria-label="Seiten">
            <a class="pagination-previous" href="/topics/rust/" rel="prev">Neuere Vorträge</a>
            <li><a href="/topics/rust/page/3/" aria-label="Seite&nbsp;3">3</a></li>
            <a class="pagination-next" href="/topics/rust/page/3/" rel="next">Ältere Vorträge</a>
            """);
    }

    [Test]
    public void TalksPerPageMustNotBeNegative()
    {
        using var site = TestSite.Build(RustTalks(1, "\n  talks_per_page: -1"));

        Assert.That(site.ExitCode, Is.EqualTo(1));
        Assert.That(site.Stderr, Does.StartWith("content/site.yml(4,3): error RC0403: 'options.talks_per_page' must be 0 or more, not -1\n"));
    }

    /// <summary>A file of the site's own at the address of a later page is a clash, named at the file.</summary>
    [Test]
    public void AFileAtTheAddressOfALaterPageIsAClash()
    {
        using var site = TestSite.Build(RustTalks(2, "{ talks_per_page: 1 }") + "\n" + """
            -- content/static/topics/rust/page/2/index.html --
            <p>Mine</p>
            """);

        Assert.That(site.ExitCode, Is.EqualTo(1));
        Assert.That(site.ErrorLines(), Is.EqualTo(new[]
        {
            "content/static/topics/rust/page/2/index.html: error RC0107: URL '/topics/rust/page/2/index.html' is also the URL of page 2 of the talks of 'Rust' (rename or remove the file)",
        }));
    }

    /// <summary>
    /// A programme's talks are split in programme order, numbered on from page to page; the recap's
    /// prose before and after them, its cover and its table of contents are on the first page.
    /// </summary>
    [Test]
    public void AConferencesProgrammeGoesOnFurtherPagesInProgrammeOrder()
    {
        using var site = TestSite.Build(WithRecap(RustTalks(5, "{ talks_per_page: 2 }"), """
            toc: true
            cover: cover.svg
            cover_alt: The hall
            ---
            ## Before

            What C was like.

            <!-- talks -->

            ## After

            What I took home.
            """) + "\n" + """
            -- content/conferences/c/cover.svg --
            <svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"/>
            """);

        site.AssertClean();
        Assert.That(TalkTitles(site, "c/index.html"), Is.EqualTo(new[] { "Talk 1", "Talk 2" }));
        Assert.That(TalkTitles(site, "c/page/2/index.html"), Is.EqualTo(new[] { "Talk 3", "Talk 4" }));
        Assert.That(TalkTitles(site, "c/page/3/index.html"), Is.EqualTo(new[] { "Talk 5" }));
        site.AssertOrder("c/index.html", "cover.svg", "<nav class=\"toc\"", "<p>What C was like.</p>", "<li value=\"1\">", "<li value=\"2\">", "<nav class=\"pagination\"", "<p>What I took home.</p>");
        site.AssertFile("c/index.html", """
            <title>C · Recaps</title>
            <a class="pagination-next" href="/c/page/2/" rel="next">Later talks</a>
            ! pagination-previous
            """);
        site.AssertFile("c/page/2/index.html", """
            <title>C, page 2 of 3 · Recaps</title>
            <link rel="canonical" href="https://recaps.example.org/c/page/2/">
            <h1>C</h1>
            <li value="3">
            <li value="4">
            <a class="pagination-previous" href="/c/" rel="prev">Earlier talks</a>
            <li><a href="/c/page/2/" aria-label="Page&nbsp;2" aria-current="page">2</a></li>
            <a class="pagination-next" href="/c/page/3/" rel="next">Later talks</a>
            ! <p>What C was like.</p>
            ! <p>What I took home.</p>
            ! cover.svg
            ! <nav class="toc"
            """);
        site.AssertFile("c/page/3/index.html", """
            <li value="5">
            <a class="pagination-previous" href="/c/page/2/" rel="prev">Earlier talks</a>
            ! pagination-next
            """);
        Assert.That(site.Check().ExitCode, Is.Zero, "every page of the programme is linked and found: " + site.Stderr);
    }

    /// <summary>Structured data describes what a page shows: the first page's event has the talks of that page; a later page is a collection.</summary>
    [Test]
    public void AConferencesFirstPageDescribesTheTalksItShows()
    {
        using var site = TestSite.Build(RustTalks(3, "{ talks_per_page: 2 }"));

        using var first = site.StructuredData("c/index.html");
        var conference = first.RootElement.GetProperty("@graph")[1];
        Assert.That(conference.GetProperty("@type").GetString(), Is.EqualTo("Event"));
        Assert.That(conference.GetProperty("subEvent").EnumerateArray().Select(e => e.GetProperty("name").GetString()), Is.EqualTo(new[] { "Talk 1", "Talk 2" }));
        using var second = site.StructuredData("c/page/2/index.html");
        Assert.That(second.RootElement.GetProperty("@type").GetString(), Is.EqualTo("CollectionPage"));
        Assert.That(second.RootElement.GetProperty("name").GetString(), Is.EqualTo("C, page 2 of 2"));
    }

    [Test]
    public void AConferencesLaterPagesSpeakTheSitesLanguage()
    {
        using var site = TestSite.Build(RustTalks(3, "{ talks_per_page: 1 }").Replace("title: Recaps", "title: Recaps\nlanguage: de", StringComparison.Ordinal));

        site.AssertClean();
        site.AssertFile("c/page/2/index.html", """
            <title>C, Seite 2 von 3 · Recaps</title>
            <a class="pagination-previous" href="/c/" rel="prev">Frühere Vorträge</a>
            <a class="pagination-next" href="/c/page/3/" rel="next">Spätere Vorträge</a>
            """);
    }

    /// <summary>A conference layout made before programmes were split lists every talk on one page.</summary>
    [Test]
    public void AConferenceLayoutThatListsEveryTalkKeepsThemOnOnePage()
    {
        using var site = TestSite.Build(RustTalks(3, "{ talks_per_page: 1 }") + "\n" + """
            -- layouts/conference.html --
            <h1>{{ conference.name }}</h1>
            <ol>{{ for t in conference.talks }}<li>{{ t.title }}</li>{{ end }}</ol>
            """);

        site.AssertClean();
        Assert.That(site.ReadFile("c/index.html"), Does.Contain("<ol><li>Talk 1</li><li>Talk 2</li><li>Talk 3</li></ol>"));
        Assert.That(site.Exists("c/page/2/index.html"), Is.False);
        using var data = site.StructuredData("c/index.html");
        Assert.That(data.RootElement.GetProperty("@graph")[1].GetProperty("subEvent").GetArrayLength(), Is.EqualTo(3));
    }

    [Test]
    public void AFileAtTheAddressOfALaterPageOfAProgrammeIsAClash()
    {
        using var site = TestSite.Build(RustTalks(2, "{ talks_per_page: 1 }") + "\n" + """
            -- content/static/c/page/2/index.html --
            <p>Mine</p>
            """);

        Assert.That(site.ExitCode, Is.EqualTo(1));
        Assert.That(site.ErrorLines(), Is.EqualTo(new[]
        {
            "content/static/c/page/2/index.html: error RC0107: URL '/c/page/2/index.html' is also the URL of page 2 of the talks of 'C' (rename or remove the file)",
        }));
    }

    /// <summary><paramref name="site"/> with <paramref name="recap"/> (front-matter lines, then the body) in conference C's <c>index.md</c>.</summary>
    private static string WithRecap(string site, string recap) =>
        site.Replace("end: 2024-06-30\n---\n", "end: 2024-06-30\n" + recap + "\n", StringComparison.Ordinal);

    private static List<string> TalkTitles(TestSite site, string path) =>
        [.. Parser.ParseDocument(site.ReadFile(path)).QuerySelectorAll("#talks ~ .card-list .card-title").Select(h => h.TextContent.Trim())];
}
