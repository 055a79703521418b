using Recap.Tests.Support;

namespace Recap.Tests.Import;

/// <summary><c>recap import</c> as a user runs it: an export of each format in, a site that builds out, and nothing hostile on its pages.</summary>
public sealed class ImportCommandTests
{
    /// <summary>Script in a description, a <c>javascript:</c> link and an <c>onerror</c> image: what no imported page may carry.</summary>
    private const string Hostile = "<p>Intro</p><script>alert(1)</script><a href=\\\"javascript:alert(2)\\\">click</a><img src=x onerror=alert(3)>";

    private static readonly string HostileXml = Hostile.Replace("\\\"", "\"", StringComparison.Ordinal).Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static readonly string HostileIcal = "Intro<script>alert(1)</script><a href=\"javascript:alert(2)\">click</a><img src=x onerror=alert(3)>";

    /// <summary>Per format: the export's files, the arguments after 'import', and the talk's page.</summary>
    private static readonly object[] Exports =
    [
        new object[]
        {
            "frab-json", """
            -- export/schedule.json --
            {"schedule": {"version": "1", "conference": {"acronym": "democon", "title": "DemoCon 2024", "start": "2024-05-10", "end": "2024-05-10", "time_zone_name": "Europe/Berlin",
              "days": [{"index": 1, "date": "2024-05-10", "rooms": {"Saal 1": [
                {"id": 1, "guid": "g1", "date": "2024-05-10T23:30:00+02:00", "start": "23:30", "duration": "1:30", "room": "Saal 1", "title": "Zoë's workshop", "type": "Workshop 60 Min",
                 "abstract": "Short.", "description": "@@DESC@@", "persons": [{"id": 7, "public_name": "Zoë Ångström", "biography": "@@BIO@@"}, {"id": 8, "public_name": "山田太郎"}],
                 "links": [{"url": "github.com/x", "title": "Code"}]},
                {"id": 2, "guid": "g2", "date": "2024-05-10T12:00:00+02:00", "start": "12:00", "duration": "1:00", "room": "Saal 1", "title": "Lunch break", "persons": []}
              ]}}]}}}
            """, new[] { "export/schedule.json" }, "democon/zoe-s-workshop/index.html",
        },
        new object[]
        {
            "frab-xml", """
            -- export/schedule.xml --
            <?xml version="1.0" encoding="utf-8"?>
            <schedule><version>1</version>
              <conference><acronym>democon</acronym><title>DemoCon 2024</title><start>2024-05-10</start><end>2024-05-10</end><time_zone_name>Europe/Berlin</time_zone_name></conference>
              <day index="1" date="2024-05-10" start="2024-05-10T08:00:00+02:00" end="2024-05-11T04:00:00+02:00">
                <room name="Saal 1">
                  <event id="1" guid="g1"><date>2024-05-10T23:30:00+00:00</date><start>23:30</start><duration>01:30</duration><room>Saal 1</room><title>Zoë's workshop</title><type>workshop</type>
                    <abstract>Short.</abstract><description>@@DESC@@</description><persons><person id="7">Zoë Ångström</person><person id="8">山田太郎</person></persons>
                    <links><link href="github.com/x">Code</link></links></event>
                  <event id="2" guid="g2"><start>12:00</start><duration>01:00</duration><room>Saal 1</room><title>Lunch break</title><type>break</type></event>
                </room>
              </day>
            </schedule>
            """, new[] { "export/schedule.xml" }, "democon/zoe-s-workshop/index.html",
        },
        new object[]
        {
            "sessionize", """
            -- export/All.json --
            {"sessions": [
              {"id": "1", "title": "Zoë's workshop", "description": "@@DESC@@", "startsAt": "2024-05-10T23:30:00", "endsAt": "2024-05-11T01:00:00", "isServiceSession": false,
               "speakers": ["a", "b"], "categoryItems": [11], "questionAnswers": [], "roomId": 7},
              {"id": "2", "title": "Lunch", "description": null, "startsAt": "2024-05-10T12:00:00", "endsAt": "2024-05-10T13:00:00", "isServiceSession": true, "speakers": [], "categoryItems": [], "roomId": 7}
            ],
            "speakers": [
              {"id": "a", "firstName": "Zoë", "lastName": "Ångström", "fullName": "Zoë Ångström", "bio": "@@BIO@@", "links": [{"title": "Blog", "url": "javascript:alert(4)", "linkType": "Blog"}]},
              {"id": "b", "firstName": "太郎", "lastName": "山田", "fullName": "山田太郎"}
            ],
            "questions": [], "categories": [{"id": 1, "title": "Session format", "items": [{"id": 11, "name": "Workshop"}]}], "rooms": [{"id": 7, "name": "Saal 1"}]}
            """, new[] { "export/All.json", "--conference", "DemoCon 2024", "--time-zone", "Europe/Berlin" }, "democon-2024/zoe-s-workshop/index.html",
        },
        new object[]
        {
            "pretalx-api", """
            -- export/talks.json --
            {"count": 2, "next": null, "previous": null, "results": [
              {"code": "ABC", "title": "Zoë's workshop", "submission_type": {"en": "Workshop"}, "abstract": "Short.", "description": "@@DESC@@", "duration": 90, "content_locale": "de",
               "slot": {"start": "2024-05-10T21:30:00Z", "end": "2024-05-10T23:00:00Z", "room": {"en": "Saal 1"}},
               "speakers": [{"code": "ZOE", "name": "Zoë Ångström", "biography": "@@BIO@@"}, {"code": "YAM", "name": "山田太郎"}], "state": "confirmed"},
              {"code": "BRK", "title": "Coffee break", "submission_type": "Break", "duration": 30, "slot": {"start": "2024-05-10T10:00:00Z", "room": "Saal 1"}, "speakers": [], "state": "confirmed"}
            ]}
            """, new[] { "export/talks.json", "--conference", "DemoCon 2024", "--time-zone", "Europe/Berlin" }, "democon-2024/zoe-s-workshop/index.html",
        },
        new object[]
        {
            "ical", """
            -- export/schedule.ics --
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//Test//Test//EN
            X-WR-CALNAME:DemoCon 2024
            BEGIN:VEVENT
            UID:one@democon
            DTSTART:20240510T213000Z
            DTEND:20240510T230000Z
            SUMMARY:Zoë's workshop (workshop by Zoë Ångström and 山田太郎)
            DESCRIPTION:@@ICAL@@
            LOCATION:Saal 1
            END:VEVENT
            BEGIN:VEVENT
            UID:two@democon
            DTSTART:20240510T100000Z
            DTEND:20240510T110000Z
            SUMMARY:Lunch
            END:VEVENT
            END:VCALENDAR
            """, new[] { "export/schedule.ics", "--time-zone", "Europe/Berlin" }, "democon-2024/zoe-s-workshop/index.html",
        },
        new object[]
        {
            "pyvideo", """
            -- export/democon/category.json --
            {"title": "DemoCon 2024"}
            -- export/democon/videos/zoe.json --
            {"title": "Zoë's workshop", "speakers": ["Zoë Ångström", "山田太郎"], "recorded": "2024-05-10", "description": "@@DESC@@", "language": "deu",
             "videos": [{"type": "youtube", "url": "https://www.youtube.com/watch?v=abc"}], "related_urls": [{"label": "Code", "url": "github.com/x"}]}
            """, new[] { "export/democon" }, "democon-2024/zoe-s-workshop/index.html",
        },
    ];

    [TestCaseSource(nameof(Exports))]
    public void ExportImportsIntoASiteThatBuildsWithNothingHostileOnItsPages(string format, string files, string[] arguments, string page)
    {
        using var site = TestSite.Create(Sites.Config + "\n" + files
            .Replace("ICALDESCRIPTION", HostileIcal, StringComparison.Ordinal)
            .Replace("@@DESC@@", format == "frab-xml" ? HostileXml : Hostile, StringComparison.Ordinal)
            .Replace("@@BIO@@", format == "frab-xml" ? HostileXml : Hostile, StringComparison.Ordinal));
        string[] import = ["import", format, .. arguments.Select((a, i) => i == 0 ? Path.Combine(site.Root, a) : a), "--source", site.Root];

        site.Command(import);
        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
        Assert.That(site.Stderr, Does.Contain($"Imported 1 talk and 2 speakers from {format} into content/conferences/"));
        Assert.That(site.Stderr, Does.Contain(format is "pyvideo" ? "skipped 0 breaks." : "skipped 1 break."));

        site.Run();
        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
        site.AssertFile(page, """
            <h1>Zoë&#39;s workshop</h1>
            Zoë Ångström
            山田太郎
            ! alert(
            ! javascript:
            ! onerror
            """);
        var programme = page[..(page.IndexOf('/', StringComparison.Ordinal) + 1)] + "programme.ics";
        if (format is "pyvideo")
        {
            Assert.That(site.Exists(programme), Is.False, "PyVideo gives days, not times");
        }
        else
        {
            var events = Ical.Net.Calendar.Load(site.ReadFile(programme))!.Events;
            Assert.That(events.Select(e => $"{e.Summary} | {e.DtStart!.TzId} {e.DtStart.Value:yyyy-MM-dd HH:mm} | {e.DtStart.AsUtc:yyyy-MM-dd HH:mm}Z"), Is.EqualTo(new[]
            {
                "Zoë's workshop | Europe/Berlin 2024-05-10 23:30 | 2024-05-10 21:30Z",
            }));
        }

        var talk = site.SourceFiles().Single(f => f.Key.Contains("/talks/", StringComparison.Ordinal)).Value;
        Assert.That(talk, Does.Contain(format is "pyvideo" ? "date: 2024-05-10\n" : "date: 2024-05-10\ntime: \"23:30\"\n"));
        Assert.That(talk, Does.Contain(format is "pyvideo" ? "language: de\n" : "format: workshop\n"));

        var before = site.SourceFiles();
        site.Command(import);
        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
        Assert.That(site.SourceFiles(), Is.EqualTo(before), "importing the same export again changes no file");
    }

    [TestCaseSource(nameof(Exports))]
    public void FormatIsToldFromTheFile(string format, string files, string[] arguments, string page)
    {
        using var site = TestSite.Create(Sites.Config + "\n" + files);

        Assert.That(Recap.Import.ProgrammeReaders.Detect(Path.Combine(site.Root, arguments[0]))?.Format, Is.EqualTo(format));
    }

    [Test]
    public void NewNameCloseToAKnownSpeakerIsReportedAsTheBuildReportsIt()
    {
        using var site = TestSite.Create((Sites.Config + "\n" + ((object[])Exports[0])[1] + """

            -- content/speakers/zoe-angstrom.md --
            ---
            name: Zoë Ångström
            ---
            -- content/conferences/old/index.md --
            ---
            name: Old 2023
            ---
            -- content/conferences/old/talks/a.md --
            ---
            title: Earlier
            speakers: [Zoë Ångström, Yamada Taro]
            ---
            """).Replace("山田太郎", "Yamada Tarro", StringComparison.Ordinal));

        site.Command("import", Path.Combine(site.Root, "export/schedule.json"), "--source", site.Root);

        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
        Assert.That(site.WarningLines(), Does.Contain($"{Path.Combine(site.Root, "export/schedule.json")}(3,5): warning RC0109: new speaker 'Yamada Tarro' (did you mean 'Yamada Taro'?)"));
        Assert.That(site.ReadSource("content/speakers/zoe-angstrom.md"), Is.EqualTo("---\nname: Zoë Ångström\n---\n"), "the author's speaker file is matched, not changed");
    }

    [Test]
    public void DryRunPrintsTheNewFilesAsADiffAndWritesNothing()
    {
        using var site = TestSite.Create(Sites.Config + "\n" + ((object[])Exports[0])[1]);
        var before = site.SourceFiles();

        site.Command("import", Path.Combine(site.Root, "export/schedule.json"), "--source", site.Root, "--dry-run");

        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
        Assert.That(site.SourceFiles(), Is.EqualTo(before));
        Assert.That(site.Stdout, Does.Contain("""
            --- /dev/null
            +++ b/content/conferences/democon/talks/zoe-s-workshop.md
            @@ -0,0 +1,27 @@
            +---
            +title: Zoë's workshop
            +speakers: [Zoë Ångström, 山田太郎]
            +format: workshop
            +date: 2024-05-10
            +time: "23:30"
            +duration: 90
            +room: Saal 1
            +summary: Short.
            +links:
            +  - title: "Code: github.com/x"
            +import:
            +  format: frab-json
            +  id: g1
            """));
        Assert.That(site.Stderr, Does.Contain("Would import 1 talk and 2 speakers from frab-json into content/conferences/democon: would create 4 files, updated 0, deleted 0, unchanged 0; skipped 1 break."));
    }

    [TestCase(new[] { "import" }, "recap import: give the export to import, as in 'recap import frab-json schedule.json' (formats: frab-json, frab-xml, sessionize, pretalx-api, ical or pyvideo)")]
    [TestCase(new[] { "import", "frab-jsn", "x.json" }, "recap import: unknown format 'frab-jsn'; use frab-json, frab-xml, sessionize, pretalx-api, ical or pyvideo")]
    [TestCase(new[] { "import", "missing.json" }, "recap import: 'missing.json' does not exist")]
    [TestCase(new[] { "import", "content/site.yml" }, "recap import: cannot tell the format of 'content/site.yml'; give it first, as in 'recap import frab-json content/site.yml' (formats: frab-json, frab-xml, sessionize, pretalx-api, ical or pyvideo)")]
    [TestCase(new[] { "import", "ical", "content/site.yml", "--time-zone", "Mars/Olympus" }, "recap import: unknown time zone 'Mars/Olympus'; give an IANA name like Europe/Berlin")]
    [TestCase(new[] { "import", "content/site.yml", "--conference" }, "recap import: --conference needs the conference's folder or name, as in --conference \"FrOSCon 2018\"")]
    [TestCase(new[] { "import", "content/site.yml", "--dryrun" }, "recap import: unknown option '--dryrun'")]
    public void UsageErrorsSayWhatToDo(string[] arguments, string message)
    {
        using var site = TestSite.Create(Sites.Config);

        InFolder(site.Root, () => site.Command(arguments));

        Assert.That(site.ExitCode, Is.EqualTo(2));
        Assert.That(site.Stderr, Is.EqualTo(message + "\nRun 'recap --help' for usage.\n"));
    }

    [Test]
    public void ADescriptionThatOnlyRepeatsTheTitleAndSpeakersIsNoBodyNorSummary()
    {
        using var site = TestSite.Create(Sites.Config + """

            -- export/pycon-jp-2019/category.json --
            {"title": "PyCon JP 2019"}
            -- export/pycon-jp-2019/videos/slackbot.json --
            {"title": "Automate the Boring Stuff with Slackbot", "speakers": ["Takanori Suzuki"], "recorded": "2019-09-16",
             "summary": "Automate the boring stuff with Slackbot", "description": "01_501_Automate the Boring Stuff with Slackbot(Takanori Suzuki)"}
            -- export/pycon-jp-2019/videos/closing.json --
            {"title": "01-106_lightning~closing", "speakers": [], "recorded": "2019-09-16", "description": "01-106_lightning~closing"}
            -- export/pycon-jp-2019/videos/keynote.json --
            {"title": "Why Python is Eating the World", "speakers": ["Cory Althoff"], "recorded": "2019-09-16",
             "description": "01-100_Opening+KeyNote_Why Python is Eating the World\n(Cory Althoff)"}
            """);

        site.Command("import", "pyvideo", Path.Combine(site.Root, "export/pycon-jp-2019"), "--source", site.Root);

        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
        var talks = site.SourceFiles().Where(f => f.Key.Contains("/talks/", StringComparison.Ordinal)).ToDictionary(f => Path.GetFileName(f.Key), f => f.Value);
        Assert.That(talks["automate-the-boring-stuff-with-slackbot.md"], Does.Not.Contain("summary:").And.EndWith("---\n"));
        Assert.That(talks["01-106-lightning-closing.md"], Does.EndWith("---\n"));
        Assert.That(talks["why-python-is-eating-the-world.md"], Does.EndWith("---\n01-100_Opening+KeyNote_Why Python is Eating the World\n(Cory Althoff)\n"), "it says more: the opening and the keynote");
    }

    [Test]
    public void ATitleIsImportedWithItsSpacesCollapsed()
    {
        using var site = TestSite.Create(Sites.Config + """

            -- export/democon/category.json --
            {"title": "DemoCon 2024"}
            -- export/democon/videos/map.json --
            {"title": " A Map To Success:  Functional\n Programming ", "speakers": ["Kevin Feasel"], "recorded": "2020-03-28"}
            """);

        site.Command("import", "pyvideo", Path.Combine(site.Root, "export/democon"), "--source", site.Root);

        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
        var talk = site.SourceFiles().Single(f => f.Key.Contains("/talks/", StringComparison.Ordinal));
        Assert.That(talk.Key, Does.EndWith("/talks/a-map-to-success-functional-programming.md"));
        Assert.That(talk.Value, Does.StartWith("---\ntitle: \"A Map To Success: Functional Programming\"\n"));
    }

    [TestCase("talks.json", "JuliaCon 2020")]
    [TestCase("orlando-codecamp-2020.All.json", "Orlando Codecamp 2020")]
    [TestCase("juliacon2020_talks.json", "Juliacon 2020")]
    [TestCase("PyConDE_2019-export.json", "PyConDE 2019")]
    public void ExportWithoutAConferenceNameNeedsOneAndItsFileNameSuggestsIt(string file, string example)
    {
        using var site = TestSite.Create(Sites.Config + "\n" + ((object[])Exports[3])[1]);
        File.Move(Path.Combine(site.Root, "export/talks.json"), Path.Combine(site.Root, "export", file), overwrite: true);

        site.Command("import", Path.Combine(site.Root, "export", file), "--source", site.Root);

        Assert.That(site.ExitCode, Is.EqualTo(2));
        Assert.That(site.Stderr, Does.StartWith($"recap import: the pretalx-api export does not name its conference; give its name with --conference, as in --conference \"{example}\"\n"));
    }

    [Test]
    public void ExportThatIsNotItsFormatIsALocatedError()
    {
        using var site = TestSite.Create(Sites.Config + """

            -- export/schedule.json --
            {"schedule": {
              "conference": [1, 2,, 3]
            }}
            """);

        InFolder(site.Root, () => site.Command("import", "frab-json", "export/schedule.json"));

        Assert.That(site.ExitCode, Is.EqualTo(1));
        Assert.That(site.Stderr, Is.EqualTo("recap import: export/schedule.json(2,23): not JSON: ',' cannot start a value\n"));
        Assert.That(site.SourceFiles().Keys, Is.EqualTo(new[] { "site.yml" }), "nothing is written");
    }

    [TestCase("import", "export/sessionize.json")]
    [TestCase("import", "sessionize", "export/sessionize.json", "--conference", "C")]
    public void WebPageSavedInPlaceOfTheExportIsSaidToBeOne(params string[] arguments)
    {
        using var site = TestSite.Create(Sites.Config + """

            -- export/sessionize.json --

            <!DOCTYPE html>
            <html><head><title>Sign in</title></head><body>Sign in to see this page.</body></html>
            """);

        InFolder(site.Root, () => site.Command(arguments));

        Assert.That(site.ExitCode, Is.EqualTo(1));
        Assert.That(site.Stderr, Is.EqualTo("recap import: export/sessionize.json(1,1): a web page, not a schedule export (a sign-in or error page saved in its place?); download the export again\n"));
        Assert.That(site.SourceFiles().Keys, Is.EqualTo(new[] { "site.yml" }), "nothing is written");
    }

    /// <summary>Runs <paramref name="action"/> with <paramref name="folder"/> as the working folder, as a user in their site would.</summary>
    private static void InFolder(string folder, Action action)
    {
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = folder;
        try
        {
            action();
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }
}
