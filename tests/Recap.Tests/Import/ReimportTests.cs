using Recap.Import;
using Recap.Tests.Support;

namespace Recap.Tests.Import;

/// <summary>
/// What an import writes, and what a later import of a newer export does to files the author
/// has worked on since: imported values update only where the author left them alone.
/// </summary>
public sealed class ReimportTests
{
    private const string Site = Sites.Config + "\n";

    [Test]
    public void FirstImportWritesTheConferenceTalksAndSpeakers()
    {
        using var site = TestSite.Create(Site);
        Import(site, Programme());

        Assert.That(WithoutChecksums(site.ReadSource("content/conferences/conf-2024/talks/streams-everywhere.md")), Is.EqualTo("""
            ---
            title: Streams everywhere
            subtitle: From batch to now
            speakers: [Zoë Ångström, 山田太郎]
            format: workshop
            date: 2024-05-02
            time: "23:30"
            duration: 90
            room: Saal 1
            track: Data
            language: de
            summary: Why streams win.
            video: "https://media.example.org/v/1"
            links:
              - title: Code
                url: "https://example.com/code"
              - title: "Paper: see the proceedings"
            import:
              format: test
              id: t1
              fields:
                title: "{H}"
                subtitle: "{H}"
                speakers: "{H}"
                format: "{H}"
                date: "{H}"
                time: "{H}"
                duration: "{H}"
                room: "{H}"
                track: "{H}"
                language: "{H}"
                summary: "{H}"
                video: "{H}"
                links: "{H}"
                body: "{H}"
            ---
            The description.

            """));
        Assert.That(site.ReadSource("content/speakers/zoe-angstrom.md"), Does.StartWith("""
            ---
            name: Zoë Ångström
            company: Streams Inc.
            avatar: "https://example.org/zoe.jpg"
            links:
              website: "https://zoe.example.org"
              github: "https://github.com/zoe"
            import:
            """));
        Assert.That(site.ReadSource("content/speakers/zoe-angstrom.md"), Does.EndWith("---\nShe streams.\n"));
        Assert.That(site.ReadSource("content/conferences/conf-2024/index.md"), Does.StartWith("""
            ---
            name: Conf 2024
            start: 2024-05-02
            end: 2024-05-03
            time_zone: Europe/Berlin
            import:
            """));

        site.Run();
        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
        site.AssertFile("conf-2024/streams-everywhere/index.html", """
            <h1>Streams everywhere</h1>
            90&nbsp;min
            Saal 1
            """);
    }

    [TestCase(true)]
    [TestCase(false)]
    public void ImportingTheSameExportAgainChangesNoFile(bool exportNamesTheConference)
    {
        using var site = TestSite.Create(Site);
        var programme = Programme();
        programme.Conference.Name = exportNamesTheConference ? programme.Conference.Name : null;
        Import(site, programme);
        var before = site.SourceFiles();

        var plan = Import(site, programme);

        Assert.That(plan.Edits, Is.Empty);
        Assert.That(site.SourceFiles(), Is.EqualTo(before));
    }

    [Test]
    public void NewerExportUpdatesWhatTheAuthorLeftAlone()
    {
        using var site = TestSite.Create(Site);
        Import(site, Programme());
        var newer = Programme();
        newer.Talks[0].Title = "Streams, everywhere";
        newer.Talks[0].Room = "Saal 2";
        newer.Talks[0].Description = "A new description.";

        Import(site, newer);

        var text = site.ReadSource("content/conferences/conf-2024/talks/streams-everywhere.md");
        Assert.That(text, Does.Contain("title: \"Streams, everywhere\"\n").And.Contain("room: Saal 2\n"));
        Assert.That(text, Does.EndWith("---\nThe description.\n"), "the body is the author's from the first import on");
    }

    [Test]
    public void ValuesAndBodyTheAuthorEditedAreKept()
    {
        using var site = TestSite.Create(Site);
        Import(site, Programme());
        const string path = "content/conferences/conf-2024/talks/streams-everywhere.md";
        var edited = site.ReadSource(path)
            .Replace("title: Streams everywhere\n", "title: Streams Everywhere (my title)\n", StringComparison.Ordinal)
            .Replace("The description.\n", "My notes.\n", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(site.Root, path), edited);
        var newer = Programme();
        newer.Talks[0].Title = "Streams: everywhere";
        newer.Talks[0].Room = "Saal 2";

        var plan = Import(site, newer);

        var text = site.ReadSource(path);
        Assert.That(text, Does.Contain("title: Streams Everywhere (my title)\n").And.Contain("room: Saal 2\n").And.EndWith("---\nMy notes.\n"));
        Assert.That(plan.KeptEdits, Is.EqualTo(new[] { $"{path}: title" }));

        // And the next import still knows the title is the author's.
        newer.Talks[0].Title = "Streams (final)";
        Import(site, newer);
        Assert.That(site.ReadSource(path), Does.Contain("title: Streams Everywhere (my title)\n"));
    }

    [Test]
    public void ValueTheAuthorDeletedStaysDeletedAndTheirOwnKeysStay()
    {
        using var site = TestSite.Create(Site);
        Import(site, Programme());
        const string path = "content/conferences/conf-2024/talks/streams-everywhere.md";
        var edited = site.ReadSource(path)
            .Replace("subtitle: From batch to now\n", string.Empty, StringComparison.Ordinal)
            .Replace("track: Data\n", "track: Data\ntopics: [Kafka] # mine\n", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(site.Root, path), edited);

        var plan = Import(site, Programme());

        Assert.That(plan.Edits, Is.Empty);
        Assert.That(site.ReadSource(path), Is.EqualTo(edited));
    }

    [Test]
    public void ValueTheExportDropsGoesUnlessTheAuthorChangedIt()
    {
        using var site = TestSite.Create(Site);
        Import(site, Programme());
        var newer = Programme();
        newer.Talks[0].Recording = null;
        newer.Talks[0].Room = null;
        const string path = "content/conferences/conf-2024/talks/streams-everywhere.md";
        File.WriteAllText(Path.Combine(site.Root, path), site.ReadSource(path).Replace("room: Saal 1\n", "room: Hall One\n", StringComparison.Ordinal));

        Import(site, newer);

        var text = site.ReadSource(path);
        Assert.That(text, Does.Not.Contain("video:").And.Contain("room: Hall One\n"));
    }

    [Test]
    public void TalkThatLeftTheProgrammeIsMarkedCancelledAndReported()
    {
        using var site = TestSite.Create(Site);
        Import(site, Programme());
        var newer = Programme();
        newer.Talks.RemoveAt(1);

        var plan = Import(site, newer);

        const string path = "content/conferences/conf-2024/talks/after-midnight.md";
        Assert.That(site.ReadSource(path), Does.Contain("status: cancelled\n").And.Contain("title: After midnight\n"));
        Assert.That(plan.Diagnostics.Sorted().Select(d => d.ToString()), Does.Contain($"{path}: warning RC0603: this talk is no longer in the programme; marked cancelled (--prune deletes it)"));

        // Back in the programme, it is no longer cancelled.
        Import(site, Programme());
        Assert.That(site.ReadSource(path), Does.Not.Contain("status:"));
    }

    [Test]
    public void PruneDeletesATalkThatLeftTheProgrammeUnlessItHoldsNotes()
    {
        using var site = TestSite.Create(Site);
        Import(site, Programme());
        const string notes = "content/conferences/conf-2024/talks/streams-everywhere.md";
        File.WriteAllText(Path.Combine(site.Root, notes), site.ReadSource(notes) + "My notes.\n");
        var newer = Programme();
        newer.Talks.Clear();

        Import(site, newer, prune: true);

        Assert.That(File.Exists(Path.Combine(site.Root, "content/conferences/conf-2024/talks/after-midnight.md")), Is.False);
        Assert.That(site.ReadSource(notes), Does.Contain("status: cancelled\n").And.EndWith("My notes.\n"));
    }

    [Test]
    public void TalkTheAuthorWroteBeforeImportingIsAdoptedNotDoubled()
    {
        using var site = TestSite.Create(Site + """
            -- content/conferences/conf-2024/index.md --
            ---
            name: Conf 2024
            ---
            -- content/conferences/conf-2024/talks/streams.md --
            ---
            title: Streams Everywhere
            track: Mine # my own
            ---
            My notes.
            """);

        Import(site, Programme());

        const string path = "content/conferences/conf-2024/talks/streams.md";
        Assert.That(File.Exists(Path.Combine(site.Root, "content/conferences/conf-2024/talks/streams-everywhere.md")), Is.False);
        var text = site.ReadSource(path);
        Assert.That(text, Does.StartWith("---\ntitle: Streams Everywhere\ntrack: Mine # my own\nsubtitle: From batch to now\n").And.EndWith("---\nMy notes.\n"));
        var before = site.SourceFiles();
        Assert.That(Import(site, Programme()).Edits, Is.Empty);
        Assert.That(site.SourceFiles(), Is.EqualTo(before));
    }

    [Test]
    public void ExportOfAnotherFormatOnlyAddsWhatTheTalksLack()
    {
        using var site = TestSite.Create(Site);
        var schedule = Programme();
        schedule.Talks[0].Recording = null;
        Import(site, schedule);
        var archive = new Programme { Format = "archive", Conference = new ImportedConference { Name = "Conf 2024 recordings" } };
        var recorded = new ImportedTalk { SourceId = "v1", Title = "Streams Everywhere", Recording = "https://video.example.org/v1", Room = "Hall" };
        recorded.Speakers.Add(new ImportedPersonRef(null, "Someone Else"));
        archive.Talks.Add(recorded);

        var plan = Import(site, archive);

        const string path = "content/conferences/conf-2024/talks/streams-everywhere.md";
        Assert.That(plan.Edits.Select(e => e.Path), Is.EqualTo(new[] { path }), "no new talk, speaker or conference value");
        var text = site.ReadSource(path);
        Assert.That(text, Does.Contain("room: Saal 1\n").And.Contain("video: \"https://video.example.org/v1\"\nimport:\n  format: test\n"));
        var before = site.SourceFiles();
        Assert.That(Import(site, archive).Edits, Is.Empty);
        Assert.That(Import(site, schedule).Edits, Is.Empty, "the schedule's next import keeps the recording as the author's");
        Assert.That(site.SourceFiles(), Is.EqualTo(before));
    }

    [Test]
    public void SpeakerTheAuthorDescribedIsMatchedByNameAndLeftAlone()
    {
        using var site = TestSite.Create(Site + """
            -- content/speakers/zoe.md --
            ---
            name: Zoe Angstrom
            aliases: [Z. Ångström]
            ---
            Written by hand.
            """);
        var before = site.ReadSource("content/speakers/zoe.md");

        Import(site, Programme());

        Assert.That(site.ReadSource("content/speakers/zoe.md"), Is.EqualTo(before));
        Assert.That(File.Exists(Path.Combine(site.Root, "content/speakers/zoe-angstrom.md")), Is.False);
        site.Run();
        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
        site.AssertFile("speakers/zoe/index.html", "Streams everywhere");
    }

    [Test]
    public void SpeakerRenamedByTheAuthorStaysLinkedToTheirTalks()
    {
        using var site = TestSite.Create(Site);
        Import(site, Programme());
        const string path = "content/speakers/zoe-angstrom.md";
        File.WriteAllText(Path.Combine(site.Root, path), site.ReadSource(path).Replace("name: Zoë Ångström", "name: Zoë Ångström-Berg", StringComparison.Ordinal));

        Import(site, Programme());

        Assert.That(site.ReadSource(path), Does.Contain("name: Zoë Ångström-Berg"));
        site.Run();
        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
        site.AssertFile("speakers/zoe-angstrom/index.html", """
            Zoë Ångström-Berg
            Streams everywhere
            """);
    }

    [Test]
    public void PeopleOfTwoConferencesWithTheSameIdsAreTwoSpeakers()
    {
        // Each conference's export numbers its people from its own 1: Ada is p1 where Zoë was.
        using var site = TestSite.Create(Site);
        Import(site, Programme());
        var speakers = SpeakerFiles(site);
        var other = new Programme { Format = "test", Conference = new ImportedConference { Name = "Other 2025" } };
        var kernels = new ImportedTalk { SourceId = "t1", Title = "Kernels", LocalStart = new DateTime(2025, 3, 1, 10, 0, 0) };
        kernels.Speakers.Add(new ImportedPersonRef("p1", "Ada Lovelace"));
        kernels.Speakers.Add(new ImportedPersonRef("p2", "Zoë Ångström"));
        other.Talks.Add(kernels);
        other.Speakers.Add(new ImportedSpeaker { SourceId = "p1", Name = "Ada Lovelace", Company = "Analytical Engines" });
        other.Speakers.Add(new ImportedSpeaker { SourceId = "p2", Name = "Zoë Ångström", Company = "Other Inc." });

        var plan = Import(site, other, "other-2025");

        Assert.That(plan.Edits.Select(e => e.Path), Is.EqualTo(new[]
        {
            "content/conferences/other-2025/index.md", "content/conferences/other-2025/talks/kernels.md", "content/speakers/ada-lovelace.md",
        }));
        Assert.That(SpeakerFiles(site).Where(f => f.Key != "content/speakers/ada-lovelace.md"), Is.EqualTo(speakers), "conf-2024's speakers are conf-2024's import's to update");
        Assert.That(WithoutChecksums(site.ReadSource("content/speakers/ada-lovelace.md")), Does.Contain("""
            import:
              format: test
              id: other-2025/p1
            """));
        Assert.That(Import(site, Programme()).Edits, Is.Empty);
        Assert.That(Import(site, other, "other-2025").Edits, Is.Empty);
        site.Run();
        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
        site.AssertFile("speakers/zoe-angstrom/index.html", """
            Streams everywhere
            Kernels
            """);
        site.AssertFile("speakers/ada-lovelace/index.html", "Kernels");
        site.AssertFile("speakers/shan-tian-tai-lang/index.html", "Streams everywhere");
    }

    private static Dictionary<string, string> SpeakerFiles(TestSite site) =>
        Directory.GetFiles(Path.Combine(site.Root, "content/speakers")).Select(f => "content/speakers/" + Path.GetFileName(f)).ToDictionary(f => f, site.ReadSource);

    [Test]
    public void OnePersonUnderTwoIdsGetsOneSpeakerFile()
    {
        using var site = TestSite.Create(Site);
        var programme = Programme();
        programme.Talks[1].Speakers[0] = new ImportedPersonRef("p9", "Zoe Angstrom");

        var plan = Import(site, programme);

        Assert.That(plan.Edits.Select(e => e.Path).Where(p => p.StartsWith("content/speakers/", StringComparison.Ordinal)), Is.EqualTo(new[]
        {
            "content/speakers/zoe-angstrom.md", "content/speakers/shan-tian-tai-lang.md",
        }));
        site.Run();
        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
        site.AssertFile("speakers/zoe-angstrom/index.html", """
            Streams everywhere
            After midnight
            """);
    }

    [Test]
    public void PathsFromTheRootOfTheConferenceWebsiteBecomeUrls()
    {
        using var site = TestSite.Create(Site);
        var programme = Programme();
        programme.Conference.Website = "https://conf.example.org/2024/";
        programme.Talks[0].Links.Add(new ImportedLink("Slides", "/attachments/slides.pdf?123"));
        programme.Talks[0].Links.Add(new ImportedLink("Notes", "notes.txt"));

        Import(site, programme);

        Assert.That(site.ReadSource("content/conferences/conf-2024/talks/streams-everywhere.md"), Does.Contain("""
              - title: Slides
                url: "https://conf.example.org/attachments/slides.pdf?123"
              - title: "Notes: notes.txt"

            """));
    }

    [Test]
    public void TalkWithMoreSpeakersThanATalkTakesKeepsTheFirstAndBuilds()
    {
        using var site = TestSite.Create(Site);
        var programme = Programme();
        programme.Talks[1].Speakers.AddRange(Enumerable.Range(1, 120).Select(i => new ImportedPersonRef($"x{i}", $"Person {i}")));

        var plan = Import(site, programme);

        Assert.That(plan.Diagnostics.Sorted().Select(d => d.Message), Does.Contain("talk 'After midnight' has 121 speakers; the first 100 are kept"));
        site.Run();
        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
    }

    [Test]
    public void TimesInUtcAreWrittenInTheConferencesZone()
    {
        using var site = TestSite.Create(Site);
        var programme = Programme();
        programme.Talks[0].LocalStart = null;
        programme.Talks[0].Start = new DateTimeOffset(2024, 5, 2, 21, 30, 0, TimeSpan.Zero);

        Import(site, programme);

        Assert.That(site.ReadSource("content/conferences/conf-2024/talks/streams-everywhere.md"), Does.Contain("date: 2024-05-02\ntime: \"23:30\"\n"));
    }

    [Test]
    public void DryRunPrintsTheDiffAndWritesNothing()
    {
        using var site = TestSite.Create(Site);
        Import(site, Programme());
        var newer = Programme();
        newer.Talks[0].Room = "Saal 2";
        var plan = ProgrammeImporter.Plan(newer, new ImportOptions { Root = site.Root, Conference = "conf-2024" });

        Assert.That(plan.Edits, Has.Count.EqualTo(1));
        var diff = LineDiff.Unified(plan.Edits[0].Path, plan.Edits[0].Before, plan.Edits[0].After);
        Assert.That(diff, Does.StartWith("""
            --- a/content/conferences/conf-2024/talks/streams-everywhere.md
            +++ b/content/conferences/conf-2024/talks/streams-everywhere.md
            @@ -6,7 +6,7 @@
             date: 2024-05-02
             time: "23:30"
             duration: 90
            -room: Saal 1
            +room: Saal 2
             track: Data
             language: de
             summary: Why streams win.
            @@ -26,7 +26,7 @@
            """));
    }

    private static ImportPlan Import(TestSite site, Programme programme, bool prune = false) => Import(site, programme, "conf-2024", prune);

    private static ImportPlan Import(TestSite site, Programme programme, string conference, bool prune = false)
    {
        var plan = ProgrammeImporter.Plan(programme, new ImportOptions { Root = site.Root, Conference = conference, Prune = prune });
        ProgrammeImporter.Apply(plan, site.Root);
        return plan;
    }

    /// <summary>Two talks, three people; the first talk has every field.</summary>
    private static Programme Programme()
    {
        var programme = new Programme
        {
            Format = "test",
            Conference = new ImportedConference { Name = "Conf 2024", TimeZone = "Europe/Berlin" },
        };
        var streams = new ImportedTalk
        {
            SourceId = "t1",
            Title = "Streams everywhere",
            Subtitle = "From batch to now",
            LocalStart = new DateTime(2024, 5, 2, 23, 30, 0),
            DurationMinutes = 90,
            Room = "Saal 1",
            Track = "Data",
            Type = "Workshop 90 Min",
            Language = "German",
            Abstract = "Why streams win.",
            Description = "The description.",
            Recording = "https://media.example.org/v/1",
        };
        streams.Speakers.Add(new ImportedPersonRef("p1", "Zoë Ångström"));
        streams.Speakers.Add(new ImportedPersonRef("p2", "山田太郎"));
        streams.Links.Add(new ImportedLink("Code", "https://example.com/code"));
        streams.Links.Add(new ImportedLink("Paper", "see the proceedings"));
        var midnight = new ImportedTalk { SourceId = "t2", Title = "After midnight", LocalStart = new DateTime(2024, 5, 3, 0, 30, 0) };
        midnight.Speakers.Add(new ImportedPersonRef(null, "Łukasz Nowak"));
        programme.Talks.Add(streams);
        programme.Talks.Add(midnight);
        var zoe = new ImportedSpeaker { SourceId = "p1", Name = "Zoë Ångström", Company = "Streams Inc.", Bio = "She streams.", Photo = "https://example.org/zoe.jpg" };
        zoe.Links.Add(new ImportedLink("Home", "https://zoe.example.org"));
        zoe.Links.Add(new ImportedLink("GitHub", "https://github.com/zoe"));
        programme.Speakers.Add(zoe);
        return programme;
    }

    /// <summary>Compares files with every checksum replaced by {H}: what they are is the merge's business.</summary>
    private static string WithoutChecksums(string text) => System.Text.RegularExpressions.Regex.Replace(text, "\"[0-9a-f]{8}\"", "\"{H}\"");
}
