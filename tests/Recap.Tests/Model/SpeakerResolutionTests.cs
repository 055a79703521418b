using Recap.Tests.Support;

namespace Recap.Tests.Model;

public sealed class SpeakerResolutionTests
{
    [Test]
    public void SpeakerPageListsEveryTalkOfThatSpeakerAcrossConferences()
    {
        using var site = TestSite.Build(Sites.Config + """

            -- content/conferences/a-2024/index.md --
            ---
            name: A 2024
            start: 2024
            ---
            -- content/conferences/a-2024/talks/one.md --
            ---
            title: One
            speakers: [Zoë Ångström]
            ---
            -- content/conferences/b-2025/index.md --
            ---
            name: B 2025
            start: 2025
            ---
            -- content/conferences/b-2025/talks/two.md --
            ---
            title: Two
            speakers: [zoe angstrom]
            ---
            """);

        site.AssertClean();
        site.AssertFile("speakers/zoe-angstrom/index.html", """
            <h1>Zoë Ångström</h1>
            One
            Two
            ! Zo&#235;
            """);
        var page = site.ReadFile("speakers/zoe-angstrom/index.html");
        Assert.That(page.IndexOf(">Two<", StringComparison.Ordinal), Is.LessThan(page.IndexOf(">One<", StringComparison.Ordinal)), "newest first");
        Assert.That(site.OutputFiles().Count(f => f.StartsWith("speakers/", StringComparison.Ordinal) && f.EndsWith(".html", StringComparison.Ordinal)), Is.EqualTo(2), "one speaker page and the index");
    }

    [Test]
    public void TalksNameSpeakersByIdOrByNameIgnoringCaseAndDiacritics()
    {
        using var site = TestSite.Build(Sites.Config + """

            -- content/speakers/yaroslav-tkachenko.md --
            ---
            name: Yaroslav Tkachenko
            company: Activision
            ---
            Works on data pipelines.
            -- content/conferences/c/index.md --
            ---
            name: C
            ---
            -- content/conferences/c/talks/a.md --
            ---
            title: By id
            speakers: [yaroslav-tkachenko]
            ---
            -- content/conferences/c/talks/b.md --
            ---
            title: By name
            speakers: [YAROSLAV TKACHENKO]
            ---
            """);

        site.AssertClean();
        site.AssertFile("speakers/yaroslav-tkachenko/index.html", """
            <p class="lede">Activision</p>
            <p>Works on data pipelines.</p>
            By id
            By name
            """);
    }

    [Test]
    public void AliasesMergeSpellingsOfOnePerson()
    {
        using var site = TestSite.Build(Sites.Config + """

            -- content/speakers/dan-smith.md --
            ---
            name: Dan Smith
            aliases: [Dan]
            company: Datadog
            ---
            -- content/conferences/c/index.md --
            ---
            name: C
            ---
            -- content/conferences/c/talks/a.md --
            ---
            title: Early talk
            speakers: [Dan]
            ---
            """);

        site.AssertClean();
        site.AssertFile("c/a/index.html", """
            <a href="/speakers/dan-smith/">Dan Smith</a> <span class="affiliation">(Datadog)</span>
            """);
        Assert.That(site.Exists("speakers/dan/index.html"), Is.False);
    }

    [Test]
    public void SpeakerWithoutAFileStillGetsAPage()
    {
        using var site = TestSite.Build(Sites.OneTalk);

        site.AssertClean();
        site.AssertFile("speakers/ada-lovelace/index.html", """
            <h1>Ada Lovelace</h1>
            First talk
            """);
    }

    [Test]
    public void NamesInOtherScriptsStayDistinctAndGetAsciiUrls()
    {
        using var site = TestSite.Build(Sites.ConferenceC + """

            -- content/conferences/c/talks/a.md --
            ---
            title: A
            speakers: [山田 太郎, 李 雷, Zoë]
            topics: [データ]
            ---
            """);

        site.AssertClean();
        var speakerPages = site.OutputFiles().Where(f => f.StartsWith("speakers/", StringComparison.Ordinal) && f.EndsWith("/index.html", StringComparison.Ordinal) && f != "speakers/index.html").ToList();
        Assert.That(speakerPages, Has.Count.EqualTo(3));
        Assert.That(speakerPages, Has.All.Match("^speakers/[a-z0-9-]+/index.html$"));
        site.AssertFile("c/a/index.html", """
            山田 太郎
            李 雷
            データ
            """);
    }

    [Test]
    public void SpeakerNamedByIdWithoutAFileReadsAsWords()
    {
        using var site = TestSite.Build(Sites.ConferenceC + """

            -- content/conferences/c/talks/a.md --
            ---
            title: A
            speakers: [marc-shapiro]
            ---
            """);

        site.AssertFile("speakers/marc-shapiro/index.html", "<h1>Marc Shapiro</h1>");
    }

    [Test]
    public void NearMissOfAKnownSpeakerIsAWarningWithDidYouMean()
    {
        using var site = TestSite.Build(Sites.Config + """

            -- content/speakers/yaroslav-tkachenko.md --
            ---
            name: Yaroslav Tkachenko
            ---
            -- content/conferences/c/index.md --
            ---
            name: C
            ---
            -- content/conferences/c/talks/a.md --
            ---
            title: A
            speakers: [yaroslav-tkachencko]
            ---
            """);

        Assert.That(site.ExitCode, Is.Zero);
        Assert.That(site.Stderr, Is.EqualTo("""
            content/conferences/c/talks/a.md(3,12): warning RC0109: new speaker 'yaroslav-tkachencko' (did you mean 'Yaroslav Tkachenko'?)
               2 | title: A
             > 3 | speakers: [yaroslav-tkachencko]
                 |            ^
            Found 0 errors and 1 warning.

            """));
        Assert.That(site.Exists("speakers/yaroslav-tkachencko/index.html"), Is.True, "the new speaker still gets a page");
    }

    [Test]
    public void StrictTurnsWarningsIntoErrorsAndWritesNothing()
    {
        using var site = TestSite.Build("""
            -- content/site.yml --
            title: Recaps
            strict: true
            -- content/speakers/yaroslav-tkachenko.md --
            ---
            name: Yaroslav Tkachenko
            ---
            -- content/conferences/c/index.md --
            ---
            name: C
            ---
            -- content/conferences/c/talks/a.md --
            ---
            title: A
            speakers: [Yaroslav Tkachencko]
            ---
            """);

        Assert.That(site.ExitCode, Is.EqualTo(1));
        Assert.That(site.Stderr, Does.StartWith("content/conferences/c/talks/a.md(3,12): error RC0109: new speaker 'Yaroslav Tkachencko' (did you mean 'Yaroslav Tkachenko'?)\n"));
        Assert.That(Directory.Exists(site.Output), Is.False);
    }

    [Test]
    public void TwoSpeakerFilesClaimingOneAliasIsAnError()
    {
        using var site = TestSite.Build(Sites.Config + """

            -- content/speakers/dan-a.md --
            ---
            name: Dan A
            aliases: [Dan]
            ---
            -- content/speakers/dan-b.md --
            ---
            name: Dan B
            aliases: [Dan]
            ---
            """);

        Assert.That(site.Stderr, Does.StartWith("content/speakers/dan-b.md(3,11): error RC0111: speaker name 'Dan' is also a name of 'content/speakers/dan-a.md' (a name or alias can belong to one speaker only)\n"));
    }

    [Test]
    public void NamesOfOneFileSpelledAlikeAreOneClash()
    {
        // The file's id and an alias are spelled as its name is, once without the accent.
        using var site = TestSite.Build(Sites.Config + """

            -- content/speakers/constanze-kurz.md --
            ---
            name: Marc-André Lemburg
            ---
            -- content/speakers/marc-andre-lemburg.md --
            ---
            name: Marc-Andre Lemburg
            aliases: [Marc-André Lemburg, MAL]
            ---
            """);

        Assert.That(site.ErrorLines(), Is.EqualTo(new[]
        {
            "content/speakers/marc-andre-lemburg.md(2,1): error RC0111: speaker name 'Marc-Andre Lemburg' is also a name of 'content/speakers/constanze-kurz.md' (a name or alias can belong to one speaker only)",
        }));
    }

    [Test]
    public void SpeakerLinksBecomeProfileUrls()
    {
        using var site = TestSite.Build(Sites.OneTalk + """

            -- content/speakers/ada-lovelace.md --
            ---
            name: Ada Lovelace
            role: Analyst
            company: Analytical Engines
            links:
              website: https://ada.example
              twitter: "@ada"
              mastodon: "@ada@hachyderm.io"
              bluesky: ada.bsky.social
              github: ada
              linkedin: ada-lovelace
            ---
            """);

        site.AssertClean();
        site.AssertFile("speakers/ada-lovelace/index.html", """
            <p class="lede">Analyst, Analytical Engines</p>
            <a href="https://ada.example">Website</a>
            <a href="https://x.com/ada">X (Twitter)</a>
            <a href="https://hachyderm.io/@ada">Mastodon</a>
            <a href="https://bsky.app/profile/ada.bsky.social">Bluesky</a>
            <a href="https://github.com/ada">GitHub</a>
            <a href="https://www.linkedin.com/in/ada-lovelace">LinkedIn</a>
            """);
    }

    [Test]
    public void SpeakersIndexIsByFamilyNameWithTalkCounts()
    {
        using var site = TestSite.Build(Sites.ConferenceC + """

            -- content/conferences/c/talks/a.md --
            ---
            title: A
            speakers: [Zoë Ångström, Émile Borel]
            ---
            -- content/conferences/c/talks/b.md --
            ---
            title: B
            speakers: [Émile Borel, Ada]
            ---
            """);

        var index = site.ReadFile("speakers/index.html");
        var ada = index.IndexOf(">Ada<", StringComparison.Ordinal);
        var emile = index.IndexOf(">Émile Borel<", StringComparison.Ordinal);
        var zoe = index.IndexOf(">Zoë Ångström<", StringComparison.Ordinal);
        Assert.Multiple(() =>
        {
            Assert.That(ada, Is.GreaterThan(0));
            Assert.That(zoe, Is.GreaterThan(ada));
            Assert.That(emile, Is.GreaterThan(zoe));
            Assert.That(index, Does.Contain("Émile Borel</a> <span class=\"count\">2&nbsp;talks</span>"));
            Assert.That(index, Does.Contain("Ada</a> <span class=\"count\">1&nbsp;talk</span>"));
        });
    }

    [TestCase("[Ada Lovelace & Charles Babbage]", "Ada Lovelace & Charles Babbage", "Ada Lovelace, Charles Babbage", 2)]
    [TestCase("[Grace Hopper and Alan Turing]", "Grace Hopper and Alan Turing", "Grace Hopper, Alan Turing", 2)]
    [TestCase("\n  - Ada Lovelace, Charles Babbage; Grace Hopper", "Ada Lovelace, Charles Babbage; Grace Hopper", "Ada Lovelace, Charles Babbage, Grace Hopper", 3)]
    [TestCase("[\"Ada Lovelace + Charles Babbage\"]", "Ada Lovelace + Charles Babbage", "Ada Lovelace, Charles Babbage", 2)]
    [TestCase("\n- Ada Lovelace\n - Charles Babbage", "Ada Lovelace - Charles Babbage", "Ada Lovelace, Charles Babbage", 2)]
    [TestCase("[\"Ada Lovelace – Charles Babbage\"]", "Ada Lovelace – Charles Babbage", "Ada Lovelace, Charles Babbage", 2)]
    public void SpeakerNameThatReadsAsSeveralPeopleIsAWarning(string speakers, string name, string list, int count)
    {
        using var site = TestSite.Build(Sites.ConferenceC + $"""

            -- content/conferences/c/talks/t.md --
            ---
            title: T
            speakers: {speakers}
            ---
            """);

        Assert.That(site.ExitCode, Is.Zero);
        Assert.That(site.WarningLines(), Has.Count.EqualTo(1));
        Assert.That(site.WarningLines()[0], Does.EndWith($"warning RC0124: speaker '{name}' reads as {count} people: list each, as in speakers: [{list}] (if it is one name, give it a speaker file)"));
    }

    [TestCase("Simon & Garfunkel")]
    [TestCase("Martin Luther King, Jr.")]
    [TestCase("Alexandra Anderson")]
    [TestCase("Procter & Gamble team")]
    [TestCase("Jean-Paul Sartre")]
    [TestCase("Ada - Analytical Engines")]
    public void SpeakerNameWithAJoinerButNotTwoFullNamesIsQuiet(string name)
    {
        using var site = TestSite.Build(Sites.ConferenceC + $"""

            -- content/conferences/c/talks/t.md --
            ---
            title: T
            speakers: ["{name}"]
            ---
            """);

        site.AssertClean();
    }

    [Test]
    public void SpeakerFileUnderANameThatReadsAsSeveralPeopleSaysItIsOne()
    {
        using var site = TestSite.Build(Sites.ConferenceC + """

            -- content/speakers/lovelace-babbage.md --
            ---
            name: Ada Lovelace & Charles Babbage
            ---
            The engine's two authors, as one act.
            -- content/conferences/c/talks/t.md --
            ---
            title: T
            speakers: [Ada Lovelace & Charles Babbage]
            ---
            """);

        site.AssertClean();
    }
}
