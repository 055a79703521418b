using Recap.Tests.Support;

namespace Recap.Tests.Pages;

public sealed class TalkPageTests
{
    private const string Site = Sites.Config + """

        -- content/speakers/paul-dix.md --
        ---
        name: Paul Dix
        role: co-founder and CTO
        company: InfluxData
        ---
        -- content/conferences/dotscale-2018/index.md --
        ---
        name: dotScale 2018
        start: 2018
        ---
        -- content/conferences/dotscale-2018/talks/scale.md --
        ---
        title: Everything at scale is hard
        speakers: [paul-dix, Jane Roe]
        topics: [time series, Flux]
        format: talk
        date: 2018-06-01
        time: "14:30"
        track: Main stage
        slides: https://slides.example/scale
        video: https://video.example/scale
        order: 2
        ---
        Intro paragraph.

        ## Storage tiers

        Memory, SSD, object storage.
        -- content/conferences/dotscale-2018/talks/before.md --
        ---
        title: The talk before
        order: 1
        ---
        -- content/conferences/dotscale-2018/talks/after.md --
        ---
        title: The talk after
        order: 3
        ---
        -- content/conferences/other-2019/index.md --
        ---
        name: Other 2019
        start: 2019
        ---
        -- content/conferences/other-2019/talks/later.md --
        ---
        title: A later talk
        speakers: [Paul Dix]
        ---
        """;

    [Test]
    public void TalkPageShowsEverythingAboutTheTalk()
    {
        using var site = TestSite.Build(Site);

        site.AssertClean();
        site.AssertFile("dotscale-2018/scale/index.html", """
            <h1>Everything at scale is hard</h1>
            <a href="/speakers/paul-dix/">Paul Dix</a> <span class="affiliation">(co-founder and CTO, InfluxData)</span>
            <a href="/speakers/jane-roe/">Jane Roe</a>
            <a href="/topics/time-series/">time series</a>
            <a href="/topics/flux/">Flux</a>
            Talk
            <time datetime="2018-06-01T14:30">1 June 2018 at 14:30</time>
            Main stage
            <a href="https://slides.example/scale">Slides</a>
            <a href="https://video.example/scale">Video on video.example</a>
            <h2 id="storage-tiers"><a href="#storage-tiers" class="heading-link">Storage tiers</a></h2>
            <a href="/dotscale-2018/">dotScale 2018</a>
            """);
    }

    [Test]
    public void TalkPageLinksThePreviousAndNextTalkOfItsConference()
    {
        using var site = TestSite.Build(Site);

        site.AssertFile("dotscale-2018/scale/index.html", """
            href="/dotscale-2018/before/" rel="prev"
            The talk before
            href="/dotscale-2018/after/" rel="next"
            The talk after
            """);
        site.AssertFile("dotscale-2018/before/index.html", "! rel=\"prev\"");
    }

    [Test]
    public void TalkPageListsOtherTalksBySameSpeakers()
    {
        using var site = TestSite.Build(Site);

        site.AssertFile("dotscale-2018/scale/index.html", """
            <a href="/other-2019/later/">A later talk</a>
            """);
        site.AssertFile("other-2019/later/index.html", """
            <a href="/dotscale-2018/scale/">Everything at scale is hard</a>
            """);
    }

    [Test]
    public void TalkPageShowsFourOtherTalksOfAProlificSpeakerAndLinksToAllOfThem()
    {
        using var site = TestSite.Build(Sites.TalksInC(Enumerable.Repeat("speakers: [Ada Lovelace]", 9)));

        var page = site.ReadFile("c/t01/index.html");
        var related = page[page.IndexOf("id=\"related\"", StringComparison.Ordinal)..];
        Assert.That(Enumerable.Range(2, 8).Select(n => related.Contains($">Talk {n}</a>", StringComparison.Ordinal)), Is.EqualTo(new[] { true, true, true, true, false, false, false, false }));
        site.AssertFile("c/t01/index.html", """
            <p class="more"><a href="/speakers/ada-lovelace/">All&nbsp;9&nbsp;talks by Ada Lovelace</a></p>
            """);
    }

    [Test]
    public void RelatedTalksShareSpeakersBeforeTopicsThenAreTheNewest()
    {
        using var site = TestSite.Build(Sites.Config + """

            -- content/conferences/c2018/index.md --
            ---
            name: C 2018
            start: 2018-05-01
            ---
            -- content/conferences/c2018/talks/f.md --
            ---
            title: Same speaker and a topic
            speakers: [Ada Lovelace]
            topics: [Rust]
            ---
            -- content/conferences/c2019/index.md --
            ---
            name: C 2019
            start: 2019-05-01
            ---
            -- content/conferences/c2019/talks/a.md --
            ---
            title: Same speaker
            speakers: [Ada Lovelace]
            ---
            -- content/conferences/c2020/index.md --
            ---
            name: C 2020
            start: 2020-05-01
            ---
            -- content/conferences/c2020/talks/t.md --
            ---
            title: The talk
            speakers: [Ada Lovelace]
            topics: [Rust, Go]
            ---
            -- content/conferences/c2023/index.md --
            ---
            name: C 2023
            start: 2023-05-01
            ---
            -- content/conferences/c2023/talks/c.md --
            ---
            title: One topic, older
            speakers: [Grace Hopper]
            topics: [Rust]
            ---
            -- content/conferences/c2024/index.md --
            ---
            name: C 2024
            start: 2024-05-01
            ---
            -- content/conferences/c2024/talks/b.md --
            ---
            title: Two topics
            speakers: [Grace Hopper]
            topics: [Go, Rust]
            ---
            -- content/conferences/c2024/talks/d.md --
            ---
            title: One topic, newer
            speakers: [Grace Hopper]
            topics: [Rust]
            ---
            -- content/conferences/c2024/talks/e.md --
            ---
            title: Nothing shared
            speakers: [Alan Turing]
            topics: [Java]
            ---
            """);

        site.AssertClean();
        var page = site.ReadFile("c2020/t/index.html");
        var related = page[page.IndexOf("<h2 id=\"related\">Related talks</h2>", StringComparison.Ordinal)..];
        Assert.That(
            System.Text.RegularExpressions.Regex.Matches(related, @"<h3 class=""card-title""><a href=""[^""]+"">([^<]+)</a>").Select(m => m.Groups[1].Value),
            Is.EqualTo(new[] { "Same speaker and a topic", "Same speaker", "Two topics", "One topic, newer" }));
        site.AssertFile("c2020/t/index.html", """
            <p class="more"><a href="/speakers/ada-lovelace/">All&nbsp;3&nbsp;talks by Ada Lovelace</a></p>
            """);
        site.AssertFile("c2024/e/index.html", "! id=\"related\"");
    }

    /// <summary>
    /// <c>summary:</c> (where an import puts the abstract) is shown in full on the talk's page, above
    /// the notes; lists show it cut near 240 characters, as they show a first paragraph.
    /// </summary>
    [Test]
    public void TheSummaryIsTheTalksAbstractOnItsPageAndCutInLists()
    {
        var abstractText = "Kubernetes has evolved far beyond container orchestration. " + string.Join(' ', Enumerable.Range(1, 60).Select(n => $"word{n}")) + " The end.";
        using var site = TestSite.Build(Sites.Config + $"""

            -- content/conferences/c/index.md --
            ---
            name: C
            ---
            -- content/conferences/c/talks/imported.md --
            ---
            title: Imported
            summary: "{abstractText}"
            ---
            -- content/conferences/c/talks/written.md --
            ---
            title: Written
            ---
            The first paragraph is the summary.

            The rest of the notes.
            """);

        site.AssertClean();
        site.AssertOrder("c/imported/index.html", "<h1>Imported</h1>", $"<p class=\"abstract\">{abstractText}</p>", "<div class=\"prose\">");
        site.AssertFile("c/written/index.html", """
            <p>The first paragraph is the summary.</p>
            ! class="abstract"
            """);
        var cut = "Kubernetes has evolved far beyond container orchestration. " + string.Join(' ', Enumerable.Range(1, 27).Select(n => $"word{n}")) + "…";
        site.AssertFile("c/index.html", $"""
            <p class="card-summary">{cut}</p>
            <p class="card-summary">The first paragraph is the summary.</p>
            """);
        using var data = site.StructuredData("c/imported/index.html");
        Assert.That(data.RootElement.GetProperty("@graph")[1].GetProperty("description").GetString(), Is.EqualTo(abstractText), "structured data describes the talk in full");
        Assert.That(site.ReadFile("c/feed.xml"), Does.Contain(abstractText), "the feed carries it in full");
    }

    /// <summary>Text without spaces to cut at (Japanese, say) is cut between two characters as a reader sees them.</summary>
    [Test]
    public void ASummaryWithoutSpacesIsCutBetweenCharacters()
    {
        // 239 letters, then "😀" (two UTF-16 units), then more: a cut at 240 units would split the emoji.
        var summary = new string('語', 239) + "😀" + new string('語', 20);
        using var site = TestSite.Build(Sites.Config + $"""

            -- content/conferences/c/index.md --
            ---
            name: C
            ---
            -- content/conferences/c/talks/ja.md --
            ---
            title: Ja
            summary: {summary}
            ---
            """);

        site.AssertClean();
        site.AssertFile("c/index.html", $"<p class=\"card-summary\">{new string('語', 239)}…</p>");
        Assert.That(site.ReadFile("c/index.html"), Does.Not.Contain("\uFFFD"));
    }

    [Test]
    public void ReadingTimeComesFromTheWordCount()
    {
        var words = string.Join(' ', Enumerable.Repeat("word", 700));
        using var site = TestSite.Build(Sites.Config + $"""

            -- content/conferences/c/index.md --
            ---
            name: C
            ---
            -- content/conferences/c/talks/long.md --
            ---
            title: Long
            ---
            {words}
            -- content/conferences/c/talks/abstract.md --
            ---
            title: An abstract and notes, read together
            summary: {string.Join(' ', Enumerable.Repeat("word", 300))}
            ---
            {string.Join(' ', Enumerable.Repeat("word", 300))}
            """);

        site.AssertFile("c/long/index.html", "4&nbsp;min read");
        site.AssertFile("c/abstract/index.html", "3&nbsp;min read");
    }

    [Test]
    public void BodyHeadingsAreSectionsOfThePageAndSkipNoLevel()
    {
        using var site = TestSite.Build(Sites.ConferenceC + "\n" + """
            -- content/conferences/c/talks/notes.md --
            ---
            title: Notes
            ---
            ### First thoughts

            ##### A detail

            # Written as a title

            ## Under it

            ###### Deep down

            ## Back up
            -- content/conferences/c/talks/tidy.md --
            ---
            title: Tidy
            ---
            ## Part one

            ### Within it
            """);

        site.AssertClean();
        site.AssertOrder(
            "c/notes/index.html",
            "<h1>Notes</h1>",
            "<h2 id=\"first-thoughts\"><a href=\"#first-thoughts\" class=\"heading-link\">First thoughts</a></h2>",
            "<h3 id=\"a-detail\"><a href=\"#a-detail\" class=\"heading-link\">A detail</a></h3>",
            "<h2 id=\"written-as-a-title\"><a href=\"#written-as-a-title\" class=\"heading-link\">Written as a title</a></h2>",
            "<h3 id=\"under-it\"><a href=\"#under-it\" class=\"heading-link\">Under it</a></h3>",
            "<h4 id=\"deep-down\"><a href=\"#deep-down\" class=\"heading-link\">Deep down</a></h4>",
            "<h3 id=\"back-up\"><a href=\"#back-up\" class=\"heading-link\">Back up</a></h3>");
        site.AssertOrder("c/tidy/index.html", "<h2 id=\"part-one\"><a href=\"#part-one\" class=\"heading-link\">Part one</a></h2>", "<h3 id=\"within-it\"><a href=\"#within-it\" class=\"heading-link\">Within it</a></h3>");
    }

    /// <summary>Ids are ASCII where a heading has Latin letters or digits, and in the heading's own script where it has none, so that each is its own anchor and reads as its heading.</summary>
    [Test]
    public void HeadingsInOtherScriptsGetIdsInTheirScript()
    {
        using var site = TestSite.Build(Sites.ConferenceC + "\n" + """
            -- content/conferences/c/talks/notes.md --
            ---
            title: Notes
            ---
            Back to [the overview](#概要).

            ## Ça marche

            ## 概要

            ## Обзор

            ## 概要

            ## 🎉

            ## Rust 入门
            """);

        site.AssertClean();
        site.AssertOrder(
            "c/notes/index.html",
            "<a href=\"#%E6%A6%82%E8%A6%81\">the overview</a>",
            "<h2 id=\"ca-marche\"><a href=\"#ca-marche\" class=\"heading-link\">Ça marche</a></h2>",
            "<h2 id=\"概要\"><a href=\"#%E6%A6%82%E8%A6%81\" class=\"heading-link\">概要</a></h2>",
            "<h2 id=\"обзор\"><a href=\"#%D0%BE%D0%B1%D0%B7%D0%BE%D1%80\" class=\"heading-link\">Обзор</a></h2>",
            "<h2 id=\"概要-1\"><a href=\"#%E6%A6%82%E8%A6%81-1\" class=\"heading-link\">概要</a></h2>",
            "<h2 id=\"section\"><a href=\"#section\" class=\"heading-link\">🎉</a></h2>",
            "<h2 id=\"rust\"><a href=\"#rust\" class=\"heading-link\">Rust 入门</a></h2>");
        Assert.That(site.Check().ExitCode, Is.Zero, "recap check finds each anchor: " + site.Stderr);
    }

    /// <summary>
    /// A heading named as something the theme writes with an id (the main column, the list of talks,
    /// related talks, a site's own layout's box) gets the next free id, so no page holds an id twice:
    /// the skip link, the anchors and the labels that name those parts find them, and the page is valid HTML.
    /// </summary>
    [Test]
    public void HeadingsLeaveTheThemesIdsToTheTheme()
    {
        using var site = TestSite.Build(Sites.Config + "\n" + """
            -- content/conferences/c/index.md --
            ---
            name: C
            ---
            ## Talks

            ## Main
            -- content/conferences/c/talks/a.md --
            ---
            title: A
            topics: [Go]
            ---
            ## Related

            ## Related

            ## Main

            ## Margin notes
            -- content/conferences/c/talks/b.md --
            ---
            title: B
            topics: [Go]
            ---
            ## Margin notes
            -- layouts/page.html --
            <aside id="margin-notes">{{ entry.title }}</aside>
            <div class="prose">{{ entry.content }}</div>
            -- content/pages/about.md --
            ---
            title: About
            ---
            ## Margin notes
            """);

        site.AssertClean();
        site.AssertOrder("c/index.html", "<main id=\"main\"", "<h2 id=\"talks-1\"><a href=\"#talks-1\" class=\"heading-link\">Talks</a></h2>", "<h2 id=\"main-1\"><a href=\"#main-1\" class=\"heading-link\">Main</a></h2>", "<h2 id=\"talks\">");
        site.AssertOrder(
            "c/a/index.html",
            "<h2 id=\"related-1\"><a href=\"#related-1\" class=\"heading-link\">Related</a></h2>",
            "<h2 id=\"related-2\"><a href=\"#related-2\" class=\"heading-link\">Related</a></h2>",
            "<h2 id=\"main-1\"><a href=\"#main-1\" class=\"heading-link\">Main</a></h2>",
            "<h2 id=\"margin-notes-1\"><a href=\"#margin-notes-1\" class=\"heading-link\">Margin notes</a></h2>",
            "<section class=\"related\" aria-labelledby=\"related\">",
            "<h2 id=\"related\">");
        site.AssertOrder("about/index.html", "<aside id=\"margin-notes\">About</aside>", "<h2 id=\"margin-notes-1\"><a href=\"#margin-notes-1\" class=\"heading-link\">Margin notes</a></h2>");
        foreach (var page in new[] { "c/index.html", "c/a/index.html", "c/b/index.html", "about/index.html" })
        {
            var ids = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(site.ReadFile(page)).QuerySelectorAll("[id]").Select(e => e.Id).ToList();
            Assert.That(ids, Is.Unique, page);
        }
    }
}
