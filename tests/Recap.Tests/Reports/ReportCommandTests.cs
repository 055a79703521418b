using System.Text.Json;
using Recap.Cli;
using Recap.Import;
using Recap.Tests.Support;

namespace Recap.Tests.Reports;

public sealed class ReportCommandTests
{
    private const string Abstract = "The abstract from the programme.\n";

    /// <summary>
    /// Two conferences. In the newer one, a talk with everything, a talk still as an import wrote it,
    /// an empty draft, and a cancelled talk; the older one lacks only a recording.
    /// </summary>
    private static readonly string Site = Sites.Config + "\n" + $$"""
        -- content/conferences/new-2025/index.md --
        ---
        name: New 2025
        start: 2025-05-02
        ---
        -- content/conferences/new-2025/talks/written.md --
        ---
        title: Written up
        speakers: [Ada Lovelace]
        topics: [Kafka, Streams]
        order: 1
        slides: https://slides.example.org/written
        video: https://video.example.org/written
        ---
        What I took home.
        -- content/conferences/new-2025/talks/imported.md --
        ---
        title: Imported
        speakers: [Alan Turing]
        topics: [Kafka]
        order: 2
        import:
          format: frab-json
          id: "42"
          fields:
            title: "{{FrontMatterMerge.Checksum("title: Imported\n")}}"
            body: "{{FrontMatterMerge.Checksum(Abstract)}}"
        ---
        {{Abstract}}
        -- content/conferences/new-2025/talks/empty.md --
        ---
        title: Empty
        speakers: [Grace Hopper]
        topics: [COBOL]
        order: 3
        video: https://video.example.org/empty
        draft: true
        ---
        -- content/conferences/new-2025/talks/cancelled.md --
        ---
        title: Cancelled
        speakers: [Nobody]
        topics: [Gone]
        order: 4
        status: cancelled
        ---
        -- content/conferences/old-2024/index.md --
        ---
        name: Old 2024
        start: 2024-05-02
        ---
        -- content/conferences/old-2024/talks/kafka.md --
        ---
        title: Kafka
        speakers: [ada-lovelace]
        topics: [Kafka]
        slides: https://slides.example.org/kafka
        ---
        Notes on Kafka.
        -- content/speakers/ada-lovelace.md --
        ---
        name: Ada Lovelace
        avatar: https://example.org/ada.png
        ---
        Ada wrote the first program.
        -- content/speakers/alan-turing.md --
        ---
        name: Alan Turing
        ---
        """;

    private const string Report = """
        New 2025 (new-2025): 1 of 3 talks written up
          Talks without notes (2):
            Imported       content/conferences/new-2025/talks/imported.md
            Empty (draft)  content/conferences/new-2025/talks/empty.md
          Talks without slides (2):
            Imported       content/conferences/new-2025/talks/imported.md
            Empty (draft)  content/conferences/new-2025/talks/empty.md
          Talks without a recording (1):
            Imported  content/conferences/new-2025/talks/imported.md
          Speakers without a bio (2):
            Alan Turing   content/speakers/alan-turing.md
            Grace Hopper  (no file)
          Speakers without a photo (2):
            Alan Turing   content/speakers/alan-turing.md
            Grace Hopper  (no file)
          Topics with one talk (2):
            COBOL    (no file)
            Streams  (no file)

        Old 2024 (old-2024): 1 of 1 talk written up
          Talks without a recording (1):
            Kafka  content/conferences/old-2024/talks/kafka.md

        """;

    [Test]
    public void ReportListsPerConferenceWhatEachRecapLacksWithDraftsMarkedAndCancelledTalksLeftOut()
    {
        using var site = TestSite.Create(Site);

        site.Command("report", "--source", site.Root);

        Assert.That(site.Stderr, Is.Empty);
        Assert.That(site.ExitCode, Is.Zero);
        Assert.That(site.Stdout, Is.EqualTo(Report));
    }

    [Test]
    public void ImportedTalkIsWrittenUpOnceTheAuthorWritesOverTheAbstract()
    {
        using var site = TestSite.Create(Site);
        var imported = site.ReadSource("content/conferences/new-2025/talks/imported.md");
        site.Write("-- content/conferences/new-2025/talks/imported.md --\n" + imported + "\nWhat I made of it.\n");

        site.Command("report", "--source", site.Root, "--conference", "new-2025");

        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
        Assert.That(site.Stdout, Does.StartWith("""
            New 2025 (new-2025): 2 of 3 talks written up
              Talks without notes (1):
                Empty (draft)  content/conferences/new-2025/talks/empty.md
              Talks without slides (2):

            """));
        Assert.That(site.Stdout, Does.Not.Contain("Old 2024"));
    }

    [Test]
    public void FilesStandInOneColumnBesideTitlesInAnyScriptAndTitlesTooLongAreCut()
    {
        using var site = TestSite.Create(Sites.Config + """

            -- content/conferences/jp/index.md --
            ---
            name: JP
            ---
            -- content/conferences/jp/talks/a.md --
            ---
            title: Dashとオープンデータでインタラクティブに日本経済を可視化する
            ---
            -- content/conferences/jp/talks/b.md --
            ---
            title: Screen Sharing on Raspberry Pi 5 Using VNC in Weston and Wayland
            ---
            -- content/conferences/jp/talks/c.md --
            ---
            title: Café, naïve
            ---
            """);

        site.Command("report", "--source", site.Root);

        Assert.That(site.Stdout, Does.StartWith("""
            JP (jp): 0 of 3 talks written up
              Talks without notes (3):
                Dashとオープンデータでインタラクティブに日本経済…   content/conferences/jp/talks/a.md
                Screen Sharing on Raspberry Pi 5 Using VNC in Wes…  content/conferences/jp/talks/b.md
                Café, naïve                                         content/conferences/jp/talks/c.md

            """), site.Stderr);
    }

    [TestCase("Kafka", 5)]
    [TestCase("日本経済", 8)]
    [TestCase("e\u0301", 1)]
    [TestCase("a\u200Bb", 2)]
    [TestCase("🎉!", 3)]
    public void TerminalWidthCountsWideLettersTwiceAndMarksNot(string text, int width)
    {
        Assert.That(Recap.Text.TerminalWidth.Of(text), Is.EqualTo(width));
    }

    [Test]
    public void ImportedTalkWhoseAbstractOnlyGotTrailingSpacesIsStillNotWrittenUp()
    {
        using var site = TestSite.Create(Site);
        var imported = site.ReadSource("content/conferences/new-2025/talks/imported.md");
        site.Write("-- content/conferences/new-2025/talks/imported.md --\n" + imported.Replace(Abstract, Abstract.TrimEnd('\n') + "   \r\n\r\n", StringComparison.Ordinal));

        site.Command("report", "--source", site.Root, "--conference", "New 2025");

        Assert.That(site.Stdout, Does.StartWith("New 2025 (new-2025): 1 of 3 talks written up\n"), site.Stderr);
    }

    [Test]
    public void JsonHasEveryListOfEveryConferenceWithTitlesNamesAndFiles()
    {
        using var site = TestSite.Create(Site);

        site.Command("report", "--source", site.Root, "--format", "json");

        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
        using var json = JsonDocument.Parse(site.Stdout);
        var root = json.RootElement;
        Assert.That(root.GetProperty("version").GetInt32(), Is.EqualTo(1));
        var conferences = root.GetProperty("conferences").EnumerateArray().ToList();
        Assert.That(conferences.Select(c => c.GetProperty("id").GetString()), Is.EqualTo(new[] { "new-2025", "old-2024" }));

        var newer = conferences[0];
        Assert.Multiple(() =>
        {
            Assert.That(newer.GetProperty("name").GetString(), Is.EqualTo("New 2025"));
            Assert.That(newer.GetProperty("path").GetString(), Is.EqualTo("content/conferences/new-2025/index.md"));
            Assert.That(newer.GetProperty("draft").GetBoolean(), Is.False);
            Assert.That(newer.GetProperty("talks").GetInt32(), Is.EqualTo(3));
            Assert.That(newer.GetProperty("written_up").GetInt32(), Is.EqualTo(1));
            Assert.That(Items(newer, "talks_without_notes"), Is.EqualTo(new[]
            {
                "Imported|content/conferences/new-2025/talks/imported.md|False",
                "Empty|content/conferences/new-2025/talks/empty.md|True",
            }));
            Assert.That(Items(newer, "talks_without_slides"), Has.Count.EqualTo(2));
            Assert.That(Items(newer, "talks_without_recording"), Is.EqualTo(new[] { "Imported|content/conferences/new-2025/talks/imported.md|False" }));
            Assert.That(Items(newer, "speakers_without_bio"), Is.EqualTo(new[] { "Alan Turing|content/speakers/alan-turing.md", "Grace Hopper|" }));
            Assert.That(Items(newer, "speakers_without_photo"), Is.EqualTo(new[] { "Alan Turing|content/speakers/alan-turing.md", "Grace Hopper|" }));
            Assert.That(Items(newer, "topics_with_one_talk"), Is.EqualTo(new[] { "COBOL|", "Streams|" }));
            Assert.That(newer.GetProperty("speakers_without_bio")[1].GetProperty("path").ValueKind, Is.EqualTo(JsonValueKind.Null));

            var older = conferences[1];
            Assert.That(Items(older, "talks_without_notes"), Is.Empty);
            Assert.That(Items(older, "talks_without_slides"), Is.Empty);
            Assert.That(Items(older, "speakers_without_bio"), Is.Empty);
        });
    }

    [Test]
    public void ReportOnTheSampleSiteListsWhatItLacks()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exitCode = RecapCommand.Run(["report", "--source", Repository.Root], stdout, stderr);

        Assert.That(stderr.ToString(), Is.Empty);
        Assert.That(exitCode, Is.Zero);
        var text = stdout.ToString();
        Assert.Multiple(() =>
        {
            // Every talk of the sample is written up; none links slides or a recording, and no speaker has a photo.
            Assert.That(text, Does.StartWith("dotScale 2018 (dotscale-2018): 11 of 11 talks written up\n  Talks without slides (11):\n"));
            Assert.That(text, Does.Not.Contain("Talks without notes"));
            Assert.That(text, Does.Contain("  Talks without a recording (11):\n"));
            Assert.That(text, Does.Contain("    Data pipelines for Call of Duty" + new string(' ', 21) + "content/conferences/dotscale-2018/talks/data-pipelines-call-of-duty.md\n"), "files line up, up to 50 characters of titles");

            // Marc Shapiro is named by his talk only: no file, so no bio.
            Assert.That(text, Does.Contain("  Speakers without a bio (1):\n    Marc Shapiro  (no file)\n"));
            Assert.That(text, Does.Contain("  Speakers without a photo (11):\n"));
            Assert.That(text, Does.Contain("    CRDTs                      content/topics/crdts.md\n"));
            Assert.That(text, Does.Not.Contain("    observability "), "observability has two talks");
        });
    }

    [Test]
    public void CheckEndsWithALinePerConference()
    {
        using var site = TestSite.Build(Site);
        site.AssertClean();

        site.Check();

        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
        Assert.That(site.Stdout, Does.Contain(": 0 errors, ").And.EndWith("""
            .
            new-2025: 1 of 3 talks written up; 2 without slides, 1 without a recording; 2 speakers without a bio or photo
            old-2024: 1 of 1 talk written up; 1 without a recording

            """));
    }

    [Test]
    public void CheckPrintsNoConferenceLinesWhenQuiet()
    {
        using var site = TestSite.Build(Site);

        site.Check("--quiet");

        Assert.That(site.Stdout + site.Stderr, Is.Empty);
    }

    [Test]
    public void ConferencePageShowsHowManyTalksAreWrittenUpWhenTheSiteAsks()
    {
        using var site = TestSite.Build(Site.Replace("base_url: https://recaps.example.org/\n", "base_url: https://recaps.example.org/\noptions: { progress: true }\n", StringComparison.Ordinal));
        site.AssertClean();

        // The draft is not built, and the cancelled talk had nothing to write up.
        site.AssertFile("new-2025/index.html", """<p class="meta progress">1&nbsp;of 2&nbsp;talks written up</p>""");
        site.AssertFile("old-2024/index.html", """<p class="meta progress">1&nbsp;of 1&nbsp;talk written up</p>""");
    }

    [Test]
    public void ConferencePageHasNoProgressByDefault()
    {
        using var site = TestSite.Build(Site);
        site.AssertClean();

        site.AssertFile("new-2025/index.html", "! written up");
    }

    [Test]
    public void ContentErrorsArePrintedAsBuildPrintsThemAndExitWithOne()
    {
        using var site = TestSite.Create(Sites.OneTalk + """

            -- content/conferences/conf-2024/talks/second.md --
            ---
            title: Second
            speakrs: [Ada Lovelace]
            ---
            """);

        site.Command("report", "--source", site.Root);

        Assert.That(site.ExitCode, Is.EqualTo(1));
        Assert.That(site.Stdout, Is.Empty);
        Assert.That(site.ErrorLines(), Is.EqualTo(new[] { "content/conferences/conf-2024/talks/second.md(3,1): error RC0102: unknown key 'speakrs' (did you mean 'speakers'?)" }));
        Assert.That(site.Stderr, Does.EndWith("Found 1 error and 0 warnings.\n"));
    }

    [TestCase("--format yaml", "unknown format 'yaml'; use text or json")]
    [TestCase("--format", "--format needs text or json")]
    [TestCase("--conference", "--conference needs the conference's folder or name, as in --conference dotscale-2018")]
    [TestCase("--conference nope", "no conference 'nope' (the site has new-2025, old-2024)")]
    [TestCase("--drafts", "unknown option '--drafts'")]
    [TestCase("everything", "unexpected argument 'everything'")]
    public void UsageErrorsExitWithTwo(string arguments, string error)
    {
        using var site = TestSite.Create(Site);

        site.Command(["report", "--source", site.Root, .. arguments.Split(' ')]);

        Assert.That(site.ExitCode, Is.EqualTo(2));
        Assert.That(site.Stdout, Is.Empty);
        Assert.That(site.Stderr, Is.EqualTo($"recap report: {error}\nRun 'recap --help' for usage.\n"));
    }

    [Test]
    public void MissingSourceFolderIsAUsageError()
    {
        using var site = TestSite.Create(Site);

        site.Command("report", "--source", Path.Combine(site.Root, "nowhere"));

        Assert.That(site.ExitCode, Is.EqualTo(2));
        Assert.That(site.Stderr, Does.StartWith("recap report: source folder '"));
    }

    /// <summary>Each item of a list as "title|path|draft" for talks, "name|path" for speakers and topics.</summary>
    private static List<string> Items(JsonElement conference, string list) =>
        [.. conference.GetProperty(list).EnumerateArray().Select(item => item.TryGetProperty("title", out var title)
            ? $"{title.GetString()}|{item.GetProperty("path").GetString()}|{item.GetProperty("draft").GetBoolean()}"
            : $"{item.GetProperty("name").GetString()}|{item.GetProperty("path").GetString()}")];
}
