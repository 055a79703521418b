using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Recap.Tests.Support;

namespace Recap.Tests.Pages;

public sealed class ConferencePageTests
{
    private const string Site = Sites.Config + """

        -- content/conferences/dotscale-2018/index.md --
        ---
        name: dotScale 2018
        series: dotConferences
        start: 2018-06-01
        end: 2018-06-02
        location: Paris
        venue: Théâtre de Paris
        website: https://www.dotscale.io/
        summary: Short talks about scale.
        topics: [distributed systems]
        ---
        The intro prose.

        <!-- talks -->

        ## Closing thoughts

        The closing prose.
        -- content/conferences/dotscale-2018/talks/zz-first.md --
        ---
        title: First by order
        speakers: [A]
        order: 1
        summary: The first.
        ---
        -- content/conferences/dotscale-2018/talks/aa-lightning.md --
        ---
        title: A lightning talk
        speakers: [B]
        format: lightning
        order: 2
        ---
        Its first paragraph is its summary.

        More text.
        -- content/conferences/dotscale-2018/talks/mm-third.md --
        ---
        title: Third by order
        speakers: [C]
        order: 3
        ---
        -- content/conferences/dotscale-2018/talks/keynote.md --
        ---
        title: The keynote
        speakers: [D]
        format: keynote
        order: 0
        ---
        """;

    [Test]
    public void RecapHasIntroThenTalksInProgrammeOrderThenClosingProse()
    {
        using var site = TestSite.Build(Site);

        site.AssertClean();
        site.AssertOrder(
            "dotscale-2018/index.html",
            "The intro prose.", "<h2 id=\"talks\">", ">The keynote<", ">First by order<", ">A lightning talk<", ">Third by order<", "Closing thoughts", "The closing prose.");
    }

    [Test]
    public void TalksOfEveryFormatShareOneNumberedListWithTheirFormatAsABadge()
    {
        using var site = TestSite.Build(Sites.Config + """

            -- content/conferences/c/index.md --
            ---
            name: C
            ---
            -- content/conferences/c/talks/a-keynote.md --
            ---
            title: Opening keynote
            speakers: [K]
            format: keynote
            order: 30
            ---
            -- content/conferences/c/talks/b-lightning.md --
            ---
            title: Second lightning
            speakers: [L]
            format: lightning
            order: 50
            ---
            -- content/conferences/c/talks/c-talk.md --
            ---
            title: Late talk
            speakers: [M]
            order: 40
            ---
            -- content/conferences/c/talks/d-lightning.md --
            ---
            title: First lightning
            speakers: [N]
            format: lightning
            order: 20
            ---
            -- content/conferences/c/talks/e-talk.md --
            ---
            title: Early talk
            speakers: [O]
            order: 10
            ---
            """);

        site.AssertClean();
        var programme = new HtmlParser().ParseDocument(site.ReadFile("c/index.html")).QuerySelector(".programme")!;
        var items = programme.QuerySelectorAll("ol > li");
        var cards = items.Select(li => (
            Number: li.GetAttribute("value"),
            Title: li.QuerySelector(".card-title")!.TextContent,
            Badges: li.QuerySelectorAll(".card-meta .badge").Select(b => b.TextContent).ToList())).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(programme.QuerySelectorAll("ol"), Has.Length.EqualTo(1), "one list, not one per format");
            Assert.That(programme.QuerySelectorAll("section"), Is.Empty, "no section per format");
            Assert.That(
                programme.QuerySelectorAll("h2, h3, h4, h5, h6").Where(h => !h.ClassList.Contains("card-title")).Select(h => h.TextContent),
                Is.EqualTo(new[] { "The talks" }),
                "no heading per format");
            Assert.That(cards.Select(c => c.Number), Is.EqualTo(new[] { "1", "2", "3", "4", "5" }));
            Assert.That(cards.Select(c => c.Title), Is.EqualTo(new[] { "Early talk", "First lightning", "Opening keynote", "Late talk", "Second lightning" }));
            Assert.That(cards.Select(c => c.Badges), Is.EqualTo(new[]
            {
                Array.Empty<string>(), ["Lightning talk"], ["Keynote"], [], ["Lightning talk"],
            }));
        });
    }

    [Test]
    public void CustomLayoutCanStillGroupTalksByFormatWithTheirProgrammeNumbers()
    {
        using var site = TestSite.Build(Site + """

            -- layouts/conference.html --
            {{~ for group in conference.groups ~}}
            <h2>{{ group.heading }}</h2>
            {{~ for t in group.talks ~}}
            <p>{{ t.number }}. {{ t.title }}</p>
            {{~ end ~}}
            {{~ end ~}}
            """);

        site.AssertClean();
        site.AssertOrder(
            "dotscale-2018/index.html",
            "<h2>Keynotes</h2>", "<p>1. The keynote</p>", "<h2>Talks</h2>", "<p>2. First by order</p>", "<p>4. Third by order</p>", "<h2>Lightning talks</h2>", "<p>3. A lightning talk</p>");
    }

    [Test]
    public void TalksShowProgrammeNumberSpeakersAndSummary()
    {
        using var site = TestSite.Build(Site);

        site.AssertFile("dotscale-2018/index.html", """
            <li value="1">
            <li value="3">
            <a href="/speakers/a/">A</a>
            The first.
            Its first paragraph is its summary.
            ! More text.
            """);
    }

    [Test]
    public void HeaderShowsDatesPlaceVenueAndWebsite()
    {
        using var site = TestSite.Build(Site);

        site.AssertFile("dotscale-2018/index.html", """
            dotConferences
            <h1>dotScale 2018</h1>
            <time datetime="2018-06-01">1–2 June 2018</time>
            Paris
            Théâtre de Paris
            4&nbsp;talks
            href="https://www.dotscale.io/"
            href="/topics/distributed-systems/"
            """);
    }

    [Test]
    public void ProgrammeOrderIsOrderThenTimeThenFileName()
    {
        using var site = TestSite.Build(Sites.Config + """

            -- content/conferences/c/index.md --
            ---
            name: C
            start: 2020-01-01
            ---
            -- content/conferences/c/talks/a.md --
            ---
            title: Talk A
            time: "16:00"
            ---
            -- content/conferences/c/talks/b.md --
            ---
            title: Talk B
            time: "09:30"
            ---
            -- content/conferences/c/talks/c.md --
            ---
            title: Talk C
            ---
            -- content/conferences/c/talks/d.md --
            ---
            title: Talk D
            order: 1
            ---
            """);

        site.AssertOrder("c/index.html", ">Talk D<", ">Talk B<", ">Talk A<", ">Talk C<");
        site.AssertFile("c/b/index.html", "href=\"/c/d/\" rel=\"prev\"");
    }

    /// <summary>A programme over several days is shown by day, each page of it starting with its day, and each talk at its time; one day's programme is one list.</summary>
    /// <summary>A programme of parallel tracks names each talk's track on its card; one of a single track does not repeat it.</summary>
    [Test]
    public void AProgrammeOfSeveralTracksNamesEachTalksTrack()
    {
        using var site = TestSite.Build(Sites.Config + """

            -- content/conferences/c/index.md --
            ---
            name: C
            start: 2024-05-02
            ---
            -- content/conferences/c/talks/a.md --
            ---
            title: Talk A
            time: "09:00"
            track: Rust devroom
            speakers: [Ada Lovelace]
            ---
            -- content/conferences/c/talks/b.md --
            ---
            title: Talk B
            track: Go devroom
            ---
            -- content/conferences/c/talks/c.md --
            ---
            title: Talk C
            time: "11:00"
            ---
            -- content/conferences/d/index.md --
            ---
            name: D
            start: 2024-06-02
            ---
            -- content/conferences/d/talks/e.md --
            ---
            title: Talk E
            time: "09:00"
            track: Main hall
            speakers: [Ada Lovelace]
            ---
            """);

        site.AssertClean();
        site.AssertFile("c/index.html", """
            <time datetime="2024-05-02T09:00">09:00</time> <span class="sep" aria-hidden="true">·</span>
            <span class="track">Rust devroom</span> <span class="sep" aria-hidden="true">·</span>
            <p class="card-meta">
                <span class="track">Go devroom</span>
              </p>
            """);
        site.AssertOrder("c/index.html", ">Talk A<", ">Rust devroom<", ">Ada Lovelace<", ">Talk C<", ">11:00<", ">Talk B<", ">Go devroom<");
        Assert.That(Regex.Count(site.ReadFile("c/index.html"), "class=\"track\""), Is.EqualTo(2), "Talk C has no track");
        site.AssertFile("d/index.html", """
            <time datetime="2024-06-02T09:00">09:00</time> <span class="sep" aria-hidden="true">·</span>
            ! class="track"
            """);
        Assert.That(site.ReadFile("speakers/ada-lovelace/index.html"), Does.Not.Contain("class=\"track\""), "cards elsewhere name the conference, not the track");
    }

    [Test]
    public void AProgrammeOverSeveralDaysIsShownByDay()
    {
        using var site = TestSite.Build(Sites.Config.Replace("title: Recaps", "title: Recaps\noptions: { talks_per_page: 2 }", StringComparison.Ordinal) + """

            -- content/conferences/c/index.md --
            ---
            name: C
            start: 2024-05-02
            end: 2024-05-03
            ---
            -- content/conferences/c/talks/a.md --
            ---
            title: Talk A
            time: "09:00"
            ---
            -- content/conferences/c/talks/b.md --
            ---
            title: Talk B
            time: "11:00"
            ---
            -- content/conferences/c/talks/c.md --
            ---
            title: Talk C
            time: "14:00"
            ---
            -- content/conferences/c/talks/d.md --
            ---
            title: Talk D
            date: 2024-05-03
            time: "09:00"
            ---
            """);

        site.AssertClean();
        site.AssertOrder(
            "c/index.html",
            "<h2 id=\"talks\">", "<h3 class=\"programme-day\"><time datetime=\"2024-05-02\">2 May 2024</time></h3>", "<li value=\"1\">", "<h4 class=\"card-title\"><a href=\"/c/a/\">Talk A</a></h4>", "<time datetime=\"2024-05-02T09:00\">09:00</time>", "<li value=\"2\">");
        site.AssertOrder(
            "c/page/2/index.html",
            "<h3 class=\"programme-day\"><time datetime=\"2024-05-02\">2 May 2024</time></h3>", ">Talk C<", "<h3 class=\"programme-day\"><time datetime=\"2024-05-03\">3 May 2024</time></h3>", "<li value=\"4\">", ">Talk D<");
        Assert.That(Regex.Count(site.ReadFile("c/page/2/index.html"), "<ol class=\"card-list numbered\">"), Is.EqualTo(2), "a list for each day");

        using var oneDay = TestSite.Build(Sites.Config + """

            -- content/conferences/c/index.md --
            ---
            name: C
            start: 2024-05-02
            ---
            -- content/conferences/c/talks/a.md --
            ---
            title: Talk A
            time: "09:00"
            ---
            """);
        oneDay.AssertFile("c/index.html", """
            <h3 class="card-title"><a href="/c/a/">Talk A</a></h3>
            ! programme-day
            """);
    }

    [Test]
    public void ConferencesIndexIsNewestFirst()
    {
        using var site = TestSite.Build(Sites.Config + """

            -- content/conferences/old/index.md --
            ---
            name: Old One
            start: 2017-10
            ---
            -- content/conferences/new/index.md --
            ---
            name: New One
            start: 2024
            ---
            -- content/conferences/undated/index.md --
            ---
            name: Undated One
            ---
            """);

        site.AssertOrder("conferences/index.html", "New One", "Old One", "Undated One");
        site.AssertFile("conferences/index.html", """<time datetime="2017-10">October 2017</time>""");
    }

    [Test]
    public void ConferenceFolderWithoutIndexIsAnError()
    {
        using var site = TestSite.Build(Sites.Config + """

            -- content/conferences/c/talks/a.md --
            ---
            title: A
            ---
            """);

        Assert.That(site.Stderr, Does.StartWith("content/conferences/c/: error RC0115: conference folder 'c' has no index.md (it needs one with at least a name)\n"));
    }

    [TestCase("2024-06-12", TestName = "last year's date")]
    [TestCase("2025-06-15", TestName = "the day after")]
    [TestCase("2025-05", TestName = "a month before")]
    public void TalkDatedOutsideItsConferenceIsAWarningAtItsDate(string date)
    {
        using var site = BuildTalkDated(date);

        Assert.That(site.ExitCode, Is.Zero);
        Assert.That(site.WarningLines(), Is.EqualTo(new[] { $"content/conferences/c/talks/t.md(3,1): warning RC0123: talk date {date} is outside its conference, which runs from 2025-06-12 to 2025-06-14" }));
    }

    [TestCase("2025-06-12")]
    [TestCase("2025-06-14")]
    [TestCase("2025-06")]
    [TestCase("2025")]
    public void TalkDatedWithinItsConferenceIsQuiet(string date)
    {
        using var site = BuildTalkDated(date);

        site.AssertClean();
    }

    [Test]
    public void TalkOnTheDayAfterAConferenceWithoutAnEndSaysToGiveItOne()
    {
        using var site = TestSite.Build(Sites.Config + """

            -- content/conferences/c/index.md --
            ---
            name: C
            start: 2025-06-12
            ---
            -- content/conferences/c/talks/t.md --
            ---
            title: T
            date: 2025-06-13
            ---
            """);

        Assert.That(site.WarningLines(), Is.EqualTo(new[]
        {
            "content/conferences/c/talks/t.md(3,1): warning RC0123: talk date 2025-06-13 is outside its conference, which starts on 2025-06-12 and gives no end (add end: 2025-06-13 to content/conferences/c/index.md if it lasted several days)",
        }));
    }

    [TestCase("_index.md")]
    [TestCase("Index.md")]
    [TestCase("index.markdown")]
    public void ConferenceIndexUnderAnotherNameIsOneErrorAtThatFileSayingWhatToRenameIt(string name)
    {
        using var site = TestSite.Build(Sites.Config + $"""

            -- content/conferences/c/{name} --
            ---
            name: C
            ---
            """);

        Assert.That(site.ErrorLines(), Is.EqualTo(new[] { $"content/conferences/c/{name}: error RC0115: conference folder 'c' has no index.md (rename {name} to index.md)" }));
        Assert.That(site.WarningLines(), Is.Empty);
    }

    [Test]
    public void ConferenceIndexBesideAnotherNamedLikeItIsReadAndTheOtherIgnored()
    {
        using var site = TestSite.Build(Sites.ConferenceC + """

            -- content/conferences/c/_index.md --
            ---
            name: Old C
            ---
            """);

        Assert.That(site.ExitCode, Is.Zero);
        Assert.That(site.WarningLines(), Is.EqualTo(new[] { "content/conferences/c/_index.md: warning RC0114: file is ignored: conference folder 'c' has its index.md" }));
        site.AssertFile("c/index.html", "<h1>C</h1>");
    }

    /// <summary>A talk of a conference from 12 to 14 June 2025, dated <paramref name="date"/>.</summary>
    private static TestSite BuildTalkDated(string date) => TestSite.Build(Sites.Config + $"""

        -- content/conferences/c/index.md --
        ---
        name: C
        start: 2025-06-12
        end: 2025-06-14
        ---
        -- content/conferences/c/talks/t.md --
        ---
        title: T
        date: {date}
        ---
        """);
}
