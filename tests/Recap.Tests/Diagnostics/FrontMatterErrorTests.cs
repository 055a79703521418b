using Recap.Tests.Support;

namespace Recap.Tests.Diagnostics;

/// <summary>Every front-matter problem, with its exact text: file(line,col), code, message, excerpt and caret.</summary>
public sealed class FrontMatterErrorTests
{
    [Test]
    public void MisspeltKeyIsAnErrorWithADidYouMeanHint()
    {
        using var site = Build("""
            ---
            title: Data pipelines for Call of Duty
            speakrs: [Yaroslav Tkachenko]
            ---
            """);

        Assert.That(site.Stderr, Does.StartWith("""
            content/conferences/c/talks/kafka.md(3,1): error RC0102: unknown key 'speakrs' (did you mean 'speakers'?)
               2 | title: Data pipelines for Call of Duty
             > 3 | speakrs: [Yaroslav Tkachenko]
                 | ^

            """));
    }

    [Test]
    public void KeysOtherGeneratorsUseAreToldTheNameRecapReads()
    {
        using var site = TestSite.Build(Sites.Config + """

            -- content/conferences/c/index.md --
            ---
            title: Hugo Conf 2024
            date: 2024-03-01
            alt: The main hall
            ---
            -- content/conferences/c/talks/kafka.md --
            ---
            title: Kafka
            authors: [Ada Lovelace]
            tags: [Kafka]
            description: Logs all the way down.
            lastmod: 2024-03-02
            cover_alt: A diagram
            video_thumb: still.png
            upload_date: 2024-04-01
            ShowToc: true
            Tags: [Streams]
            ---
            -- content/speakers/ada.md --
            ---
            name: Ada Lovelace
            organization: Engines Ltd
            photo: https://example.org/ada.png
            ---
            """);

        Assert.That(site.ErrorLines(), Is.EqualTo(new[]
        {
            "content/conferences/c/index.md(2,1): error RC0102: unknown key 'title' (Recap calls it 'name')",
            "content/conferences/c/index.md(3,1): error RC0102: unknown key 'date' (Recap calls it 'start')",
            "content/conferences/c/index.md(4,1): error RC0102: unknown key 'alt' (Recap calls it 'cover_alt')",
            "content/conferences/c/talks/kafka.md(3,1): error RC0102: unknown key 'authors' (Recap calls it 'speakers')",
            "content/conferences/c/talks/kafka.md(4,1): error RC0102: unknown key 'tags' (Recap calls it 'topics')",
            "content/conferences/c/talks/kafka.md(5,1): error RC0102: unknown key 'description' (Recap calls it 'summary')",
            "content/conferences/c/talks/kafka.md(6,1): error RC0102: unknown key 'lastmod' (Recap calls it 'updated')",
            "content/conferences/c/talks/kafka.md(7,1): error RC0102: unknown key 'cover_alt' (Recap calls it 'alt')",
            "content/conferences/c/talks/kafka.md(8,1): error RC0102: unknown key 'video_thumb' (Recap calls it 'video_thumbnail')",
            "content/conferences/c/talks/kafka.md(9,1): error RC0102: unknown key 'upload_date' (Recap calls it 'video_date')",
            "content/conferences/c/talks/kafka.md(10,1): error RC0102: unknown key 'ShowToc' (Recap calls it 'toc')",
            "content/conferences/c/talks/kafka.md(11,1): error RC0102: unknown key 'Tags' (Recap calls it 'topics')",
            "content/speakers/ada.md(3,1): error RC0102: unknown key 'organization' (Recap calls it 'company')",
            "content/speakers/ada.md(4,1): error RC0102: unknown key 'photo' (Recap calls it 'avatar')",
        }), "and no 'missing required field name' for the conference whose name is under 'title'");
    }

    [Test]
    public void UnknownKeyWithNothingCloseHasNoHint()
    {
        using var site = Build("""
            ---
            title: T
            sponsor: ACME
            ---
            """);

        Assert.That(site.Stderr, Does.StartWith("content/conferences/c/talks/kafka.md(3,1): error RC0102: unknown key 'sponsor'\n"));
    }

    [Test]
    public void MisspeltKeyInsideLinksNamesTheMapping()
    {
        using var site = TestSite.Build(Sites.Config + """

            -- content/speakers/ada.md --
            ---
            name: Ada
            links:
              twiter: "@ada"
            ---
            """);

        Assert.That(site.Stderr, Does.StartWith("content/speakers/ada.md(4,3): error RC0102: unknown key 'twiter' in 'links' (did you mean 'twitter'?)\n"));
    }

    [Test]
    public void BrokenYamlIsReportedAtItsLineInTheMarkdownFile()
    {
        using var site = Build("""
            ---
            title: Broken
            speakers: [A, B
            topics: [x]
            ---
            """);

        Assert.That(site.Stderr, Does.StartWith("""
            content/conferences/c/talks/kafka.md(3,11): error RC0101: invalid YAML: a list or mapping opened here is not closed
               2 | title: Broken
             > 3 | speakers: [A, B
                 |           ^

            """));
    }

    [Test]
    public void BadIndentationInYamlIsReportedWhereTheParserStopped()
    {
        using var site = Build("""
            ---
            title: Hi
              bad: indent
            ---
            """);

        Assert.That(site.Stderr, Does.StartWith("content/conferences/c/talks/kafka.md(3,6): error RC0101: invalid YAML: while scanning a plain scalar value, found invalid mapping\n"));
    }

    [Test]
    public void FrontMatterThatIsNeverClosedIsAnError()
    {
        using var site = Build("""
            ---
            title: Open
            The body starts here.
            """);

        Assert.That(site.Stderr, Does.StartWith("""
            content/conferences/c/talks/kafka.md(1,1): error RC0101: front matter opened with '---' on line 1 is never closed (add a line with '---' after it)
             > 1 | ---
                 | ^

            """));
    }

    [Test]
    public void BrokenTomlIsReportedAtItsLine()
    {
        using var site = Build("""
            +++
            title = "Kafka"
            speakers = [
            +++
            """);

        Assert.That(site.Stderr, Does.StartWith("content/conferences/c/talks/kafka.md(4,1): error RC0101: invalid TOML: "));
    }

    [Test]
    public void MissingRequiredFieldIsAnErrorAtTheFrontMatter()
    {
        using var site = Build("""
            ---
            speakers: [Ada]
            ---
            """);

        Assert.That(site.Stderr, Does.StartWith("content/conferences/c/talks/kafka.md(2,1): error RC0103: missing required field 'title'\n"));
    }

    [Test]
    public void BlankTitleIsMissingAtItsKey()
    {
        using var site = Build("""
            ---
            speakers: [Ada]
            title: "   "
            ---
            """);

        Assert.That(site.Stderr, Does.StartWith("content/conferences/c/talks/kafka.md(3,1): error RC0103: missing required field 'title'\n"));
    }

    [Test]
    public void EmptyItemsOfAListNameNothing()
    {
        using var site = Build("""
            ---
            title: T
            speakers: [Ada, "", "  ", ~]
            topics:
              -
              - ""
            ---
            """);

        site.AssertClean();
        Assert.That(site.Exists("speakers/ada/index.html"), Is.True);
        Assert.That(Directory.GetDirectories(Path.Combine(site.Output, "speakers")).Select(Path.GetFileName), Is.EqualTo(new[] { "ada" }));
        Assert.That(Directory.Exists(Path.Combine(site.Output, "topics")) ? Directory.GetDirectories(Path.Combine(site.Output, "topics")) : [], Is.Empty);
    }

    [Test]
    public void FileWithoutFrontMatterMissesItsTitle()
    {
        using var site = Build("Just a body.\n");

        Assert.That(site.Stderr, Does.StartWith("content/conferences/c/talks/kafka.md(1,1): error RC0103: missing required field 'title'\n"));
    }

    [Test]
    public void DateThatIsNotADateIsAnError()
    {
        using var site = Build("""
            ---
            title: T
            date: next june
            ---
            """);

        Assert.That(site.Stderr, Does.StartWith("content/conferences/c/talks/kafka.md(3,7): error RC0104: 'date' must be a date like 2018, 2018-06 or 2018-06-01, not 'next june'\n"));
    }

    [Test]
    public void ImpossibleDateIsAnError()
    {
        using var site = Build("""
            ---
            title: T
            date: 2018-02-30
            ---
            """);

        Assert.That(site.Stderr, Does.StartWith("content/conferences/c/talks/kafka.md(3,7): error RC0104: 'date' must be a date like 2018, 2018-06 or 2018-06-01, not '2018-02-30'\n"));
    }

    [TestCase("speakers: Jane Doe", "'speakers' must be a list, not text (write [Jane Doe])")]
    [TestCase("speakers: Ada Lovelace and Grace Hopper", "'speakers' must be a list, not text (write [Ada Lovelace, Grace Hopper])")]
    [TestCase("speakers: Ada Lovelace & Grace Hopper; Alan Turing", "'speakers' must be a list, not text (write [Ada Lovelace, Grace Hopper, Alan Turing])")]
    [TestCase("topics: Rust,Systems , Rock and Roll", "'topics' must be a list, not text (write [Rust, Systems, Rock and Roll])")]
    public void ListWrittenAsTextIsAnErrorThatShowsTheFix(string line, string message)
    {
        using var site = Build($"---\ntitle: T\n{line}\n---\n");

        Assert.That(site.Stderr, Does.StartWith($"content/conferences/c/talks/kafka.md(3,{line.IndexOf(':', StringComparison.Ordinal) + 3}): error RC0104: {message}\n"));
    }

    [TestCase("time: 9:30am", "'time' must be a time like 14:30, not '9:30am' (write 09:30)")]
    [TestCase("time: 2.15 PM", "'time' must be a time like 14:30, not '2.15 PM' (write 14:15)")]
    [TestCase("time: 12pm", "'time' must be a time like 14:30, not '12pm' (write 12:00)")]
    [TestCase("time: 12:05 a.m.", "'time' must be a time like 14:30, not '12:05 a.m.'")]
    public void TimeOnATwelveHourClockIsAnErrorThatShowsTheFix(string line, string message)
    {
        using var site = Build($"---\ntitle: T\n{line}\n---\n");

        Assert.That(site.Stderr, Does.StartWith($"content/conferences/c/talks/kafka.md(3,7): error RC0104: {message}\n"));
    }

    [Test]
    public void TextWrittenAsListIsAnError()
    {
        using var site = Build("""
            ---
            title: [One, Two]
            ---
            """);

        Assert.That(site.Stderr, Does.StartWith("content/conferences/c/talks/kafka.md(2,8): error RC0104: 'title' must be text, not a list\n"));
    }

    [Test]
    public void NestedListInAListIsAnError()
    {
        using var site = Build("""
            ---
            title: T
            topics: [a, [b, c]]
            ---
            """);

        Assert.That(site.Stderr, Does.StartWith("content/conferences/c/talks/kafka.md(3,13): error RC0104: each item of 'topics' must be text, not a list\n"));
    }

    [TestCase("order: first", 8, "'order' must be a whole number, not 'first'")]
    [TestCase("draft: maybe", 8, "'draft' must be true or false, not 'maybe'")]
    [TestCase("draft: yes", 8, "'draft' must be true or false, not 'yes' (write true)")]
    [TestCase("draft: Off", 8, "'draft' must be true or false, not 'Off' (write false)")]
    [TestCase("duration: 45 min", 11, "'duration' must be a whole number, not '45 min' (write 45)")]
    [TestCase("duration: 1h 30m", 11, "'duration' must be a whole number, not '1h 30m' (write 90)")]
    [TestCase("duration: 1:15", 11, "'duration' must be a whole number, not '1:15' (write 75)")]
    [TestCase("duration: an hour", 11, "'duration' must be a whole number, not 'an hour'")]
    [TestCase("order: 1:15", 8, "'order' must be a whole number, not '1:15'")]
    [TestCase("time: afternoon", 7, "'time' must be a time like 14:30, not 'afternoon'")]
    [TestCase("links: x", 8, "'links' must be a list, not text")]
    [TestCase("lniks: x", 1, "unknown key 'lniks' (did you mean 'links'?)")]
    [TestCase("weight: 3", 1, "unknown key 'weight' (Recap calls it 'order')")]
    public void ValueOfTheWrongTypeIsAnError(string line, int column, string message)
    {
        using var site = Build($"---\ntitle: T\n{line}\n---\n");

        Assert.That(site.Stderr, Does.StartWith($"content/conferences/c/talks/kafka.md(3,{column}): error RC010"));
        Assert.That(site.Stderr, Does.Contain(message + "\n"));
    }

    [Test]
    public void KeysASpeakerFileCommonlyGetsWrongSayWhereTheyGo()
    {
        using var site = TestSite.Build(Sites.Config + """

            -- content/speakers/ada.md --
            ---
            name: Ada
            twitter: "@ada"
            bio: Mathematician.
            links:
              - https://github.com/ada
              - https://x.com/ada
              - https://ada.dev
              - https://ada.dev/about
            ---
            """);

        Assert.That(site.ErrorLines(), Is.EqualTo(new[]
        {
            "content/speakers/ada.md(3,1): error RC0102: unknown key 'twitter' (it goes under 'links', as in links: { twitter: ... })",
            "content/speakers/ada.md(4,1): error RC0102: unknown key 'bio' (write it as Markdown after the front matter's closing '---': the body is the page's text)",
            "content/speakers/ada.md(6,3): error RC0104: 'links' must be a mapping of keys to values, not a list (write links: { github: https://github.com/ada, twitter: https://x.com/ada, website: https://ada.dev })",
        }));
    }

    [Test]
    public void TalksAndSpeakersListedInAConferenceSayWhereTheyComeFrom()
    {
        using var site = TestSite.Build(Sites.Config + """

            -- content/conferences/c/index.md --
            ---
            name: C
            talks:
              - title: One
            speakers: [Ada]
            ---
            """);

        Assert.That(site.ErrorLines(), Is.EqualTo(new[]
        {
            "content/conferences/c/index.md(3,1): error RC0102: unknown key 'talks' (each talk is a Markdown file in the talks/ folder beside this one; recap new talk CONFERENCE TITLE adds one)",
            "content/conferences/c/index.md(5,1): error RC0102: unknown key 'speakers' (a conference's speakers are those its talks name)",
        }));
    }

    [Test]
    public void SiteConfigurationKeyOfItsSocialLinksSaysWhereItGoes()
    {
        using var site = TestSite.Build("""
            -- content/site.yml --
            title: Recaps
            github: ada
            about: A site.
            """);

        Assert.That(site.ErrorLines(), Is.EqualTo(new[]
        {
            "content/site.yml(2,1): error RC0402: unknown key 'github' (it goes under 'social', as in social: { github: ... })",
            "content/site.yml(3,1): error RC0402: unknown key 'about'",
        }));
    }

    [Test]
    public void MappingWhereTextIsExpectedIsAnError()
    {
        using var site = TestSite.Build(Sites.Config + """

            -- content/speakers/ada.md --
            ---
            name: Ada
            links: https://ada.example
            ---
            """);

        Assert.That(site.Stderr, Does.StartWith("content/speakers/ada.md(3,8): error RC0104: 'links' must be a mapping of keys to values, not text\n"));
    }

    [Test]
    public void UnknownFormatIsAnErrorWithTheClosestFormat()
    {
        using var site = Build("""
            ---
            title: T
            format: keynot
            ---
            """);

        Assert.That(site.Stderr, Does.StartWith("content/conferences/c/talks/kafka.md(3,9): error RC0105: unknown format 'keynot' (did you mean 'keynote'?)\n"));
    }

    [Test]
    public void UnknownFormatFarFromAnyListsTheFormats()
    {
        using var site = Build("""
            ---
            title: T
            format: poster
            ---
            """);

        Assert.That(site.Stderr, Does.StartWith("content/conferences/c/talks/kafka.md(3,9): error RC0105: unknown format 'poster' (expected keynote, talk, lightning, workshop or panel)\n"));
    }

    [TestCase("Lightning Talk", "lightning")]
    [TestCase("panel discussion", "panel")]
    [TestCase("hands-on workshop", "workshop")]
    [TestCase("Keynote talk", "keynote")]
    public void FormatOfSeveralWordsSuggestsTheOneThatIsAFormat(string format, string suggestion)
    {
        using var site = Build($"""
            ---
            title: T
            format: {format}
            ---
            """);

        Assert.That(site.Stderr, Does.StartWith($"content/conferences/c/talks/kafka.md(3,9): error RC0105: unknown format '{format}' (did you mean '{suggestion}'?)\n"));
    }

    [Test]
    public void DuplicateKeyIsAnError()
    {
        using var site = Build("""
            ---
            title: One
            title: Two
            ---
            """);

        Assert.That(site.Stderr, Does.StartWith("content/conferences/c/talks/kafka.md(3,1): error RC0108: key 'title' appears twice (first on line 2)\n"));
    }

    [Test]
    public void SlugThatIsNotASlugIsAnError()
    {
        using var site = Build("""
            ---
            title: T
            slug: ../../etc
            ---
            """);

        Assert.That(site.Stderr, Does.StartWith("content/conferences/c/talks/kafka.md(3,1): error RC0106: slug '../../etc' must be lowercase ASCII letters, digits and single hyphens (try 'etc')\n"));
    }

    [Test]
    public void DeeplyNestedYamlIsAnErrorNotACrash()
    {
        using var site = Build("---\ntitle: T\ntopics: " + new string('[', 5000) + new string(']', 5000) + "\n---\n");

        Assert.That(site.ExitCode, Is.EqualTo(1));
        Assert.That(site.Stderr, Does.StartWith("content/conferences/c/talks/kafka.md(3,40): error RC0101: invalid YAML: lists and mappings are nested more than 32 levels deep\n"));
    }

    [Test]
    public void DeeplyNestedMarkdownIsAnErrorNotACrash()
    {
        using var site = Build("---\ntitle: T\n---\n" + new string('>', 50_000) + " quote\n");

        Assert.That(site.ExitCode, Is.EqualTo(1));
        Assert.That(site.Stderr, Does.StartWith("content/conferences/c/talks/kafka.md(4,1): error RC0116: the Markdown body is nested too deeply to render: "));
        Assert.That(site.Stderr, Does.Contain(" > 4 | " + new string('>', 100) + "…\n"), "long lines are cut in the excerpt");
    }

    [Test]
    public void EveryProblemOfABuildIsReportedNotOnlyTheFirst()
    {
        using var site = Build("""
            ---
            title: Data pipelines for Call of Duty
            speakrs: [Yaroslav Tkachenko]
            format: keynot
            order: first
            ---
            """);

        Assert.Multiple(() =>
        {
            Assert.That(site.Stderr, Does.Contain("error RC0102"));
            Assert.That(site.Stderr, Does.Contain("error RC0105"));
            Assert.That(site.Stderr, Does.Contain("error RC0104"));
            Assert.That(site.Stderr, Does.Contain("Found 3 errors and 0 warnings.\n"));
            Assert.That(site.ExitCode, Is.EqualTo(1));
        });
    }

    /// <summary>A site whose only talk is <c>content/conferences/c/talks/kafka.md</c> with the given text.</summary>
    private static TestSite Build(string talk) => TestSite.Build(Sites.ConferenceC + """

        -- content/conferences/c/talks/kafka.md --
        """ + "\n" + talk);
}
