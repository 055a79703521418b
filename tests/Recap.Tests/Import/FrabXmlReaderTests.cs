using Recap.Diagnostics;
using Recap.Import;

namespace Recap.Tests.Import;

public sealed class FrabXmlReaderTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "recap-frab-xml-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void FrabScheduleIsReadIntoConferenceTalksAndSpeakers()
    {
        // A relative <logo> as frab writes it: there is nothing to import from it, and it must not stop the event.
        var programme = Read("""
            <?xml version='1.0' encoding='utf-8' ?>
            <schedule>
            <version>BAD NETWORK/FIREWALL</version>
            <conference>
            <acronym>jsconf2019</acronym>
            <title>JS Conf 2019</title>
            <start>2019-06-01</start>
            <end>2019-06-02</end>
            <days>2</days>
            <timeslot_duration>00:15</timeslot_duration>
            <time_zone_name>Europe/Berlin</time_zone_name>
            <base_url>https://example.org/2019/</base_url>
            </conference>
            <day date='2019-06-01' end='2019-06-02T04:00:00+02:00' index='1' start='2019-06-01T10:00:00+02:00'>
            <room name='Saal 1'>
            <event guid='b8e0eb47-4832-4726-bc9b-9015bd96becf' id='8429'>
            <date>2019-06-01T11:00:00+02:00</date>
            <start>11:00</start>
            <duration>00:45</duration>
            <room>Saal 1</room>
            <slug>jsconf2019-8429-sharing_state</slug>
            <url>events/8429.html</url>
            <recording>
            <license>CC BY 4.0</license>
            <optout>false</optout>
            </recording>
            <title>Sharing State</title>
            <subtitle>Without tears</subtitle>
            <track>Web</track>
            <type>lecture</type>
            <language>en</language>
            <abstract>  Short &amp; sweet.  </abstract>
            <description>Line one.
            Line two.</description>
            <logo>/system/events/logos/000/008/429/large/logo.png?1479417484</logo>
            <persons>
            <person id='5735'>Zoë Ångström</person>
            <person id='7246'>山田太郎</person>
            <person id='7193'>Łukasz</person>
            </persons>
            <links>
            <link href='https://example.org/code'>Code</link>
            <link href='github.com/zoe/state'>Repository</link>
            <link href='ask me after the talk'>Demo</link>
            </links>
            <attachments>
            <attachment href='/system/attachments/slides.pdf?1482827177'>PDF slides</attachment>
            </attachments>
            </event>
            </room>
            </day>
            </schedule>
            """);

        var conference = programme.Conference;
        var talk = programme.Talks.Single();
        Assert.Multiple(() =>
        {
            Assert.That(programme.Format, Is.EqualTo("frab-xml"));
            Assert.That(conference.Name, Is.EqualTo("JS Conf 2019"));
            Assert.That(conference.Acronym, Is.EqualTo("jsconf2019"));
            Assert.That(conference.Start, Is.EqualTo(new DateOnly(2019, 6, 1)));
            Assert.That(conference.End, Is.EqualTo(new DateOnly(2019, 6, 2)));
            Assert.That(conference.Location, Is.Null);
            Assert.That(conference.Website, Is.EqualTo("https://example.org/2019/"));
            Assert.That(conference.TimeZone, Is.EqualTo("Europe/Berlin"));

            Assert.That(talk.SourceId, Is.EqualTo("b8e0eb47-4832-4726-bc9b-9015bd96becf"));
            Assert.That(talk.Location, Is.EqualTo(new SourceLocation("schedule.xml", 16, 1)));
            Assert.That(talk.Title, Is.EqualTo("Sharing State"));
            Assert.That(talk.Subtitle, Is.EqualTo("Without tears"));
            Assert.That(talk.LocalStart, Is.EqualTo(new DateTime(2019, 6, 1, 11, 0, 0)));
            Assert.That(talk.Start, Is.Null);
            Assert.That(talk.DurationMinutes, Is.EqualTo(45));
            Assert.That(talk.Room, Is.EqualTo("Saal 1"));
            Assert.That(talk.Track, Is.EqualTo("Web"));
            Assert.That(talk.Type, Is.EqualTo("lecture"));
            Assert.That(talk.Language, Is.EqualTo("en"));
            Assert.That(talk.Abstract, Is.EqualTo("Short & sweet."));
            Assert.That(talk.Description, Is.EqualTo("Line one.\nLine two."));
            Assert.That(talk.Website, Is.EqualTo("https://example.org/2019/events/8429.html"));
            Assert.That(talk.Speakers, Is.EqualTo(new[]
            {
                new ImportedPersonRef("5735", "Zoë Ångström"),
                new ImportedPersonRef("7246", "山田太郎"),
                new ImportedPersonRef("7193", "Łukasz"),
            }));
            Assert.That(talk.Links, Is.EqualTo(new[]
            {
                new ImportedLink("Code", "https://example.org/code"),
                new ImportedLink("Repository", "github.com/zoe/state"),
                new ImportedLink("Demo", "ask me after the talk"),
                new ImportedLink("PDF slides", "/system/attachments/slides.pdf?1482827177"),
            }));
            Assert.That(talk.Slides, Is.EqualTo("/system/attachments/slides.pdf?1482827177"));
            Assert.That(talk.Recording, Is.Null);

            Assert.That(programme.Speakers.Select(s => (s.SourceId, s.Name, s.Location.Line, s.Bio)), Is.EqualTo(new[]
            {
                ("5735", "Zoë Ångström", 37, (string?)null),
                ("7246", "山田太郎", 38, null),
                ("7193", "Łukasz", 39, null),
            }));
            Assert.That(programme.SkippedBreaks, Is.Zero);
            Assert.That(Messages(programme), Is.Empty);
        });
    }

    [Test]
    public void FosdemEventsUnderTheDayAreReadWithEscapedHtmlAndVideoLinks()
    {
        var programme = Read("""
            <?xml version="1.0" encoding="UTF-8"?>
            <schedule>
              <conference>
                <title>FOSDEM 2024</title>
                <subtitle></subtitle>
                <venue>ULB (Université Libre de Bruxelles)</venue>
                <city>Brussels</city>
                <start>2024-02-03</start>
                <end>2024-02-04</end>
                <days>2</days>
                <day_change>09:00:00</day_change>
                <timeslot_duration>00:05:00</timeslot_duration>
              </conference>
              <day index="1" date="2024-02-03">
                <event id="10528">
                  <start>10:30:00</start>
                  <duration>00:25:00</duration>
                  <room>J.1.106</room>
                  <slug>fosdem-2024-1861-creative-coding</slug>
                  <title>Creative Coding</title>
                  <subtitle></subtitle>
                  <track>Educational devroom</track>
                  <type>devroom</type>
                  <language>en</language>
                  <abstract>&lt;p&gt;Stitch patterns.&lt;/p&gt;</abstract>
                  <description>&lt;p&gt;Hello&lt;script&gt;alert(1)&lt;/script&gt; &lt;a href="javascript:alert(2)"&gt;click&lt;/a&gt;&lt;/p&gt;</description>
                  <persons>
                    <person id="1774">Pauline Maas</person>
                  </persons>
                  <attachments>
                    <attachment type="slides" href="https://fosdem.org/2024/events/attachments/x/slides/1/logo.png">Logo</attachment>
                    <attachment type="slides" href="https://fosdem.org/2024/events/attachments/x/slides/2/talk.pdf">Talk</attachment>
                  </attachments>
                  <links>
                    <link href="https://www.youtube.com/watch?v=Ds38T8wVuDg">Video: Demo #1</link>
                    <link href="https://video.fosdem.org/2024/j1106/creative.av1.webm">Video recording (WebM/AV1)</link>
                    <link href="https://video.fosdem.org/2024/j1106/creative.mp4">Video recording (MP4)</link>
                  </links>
                </event>
              </day>
            </schedule>
            """);

        var talk = programme.Talks.Single();
        Assert.Multiple(() =>
        {
            Assert.That(programme.Conference.Location, Is.EqualTo("ULB (Université Libre de Bruxelles), Brussels"));
            Assert.That(programme.Conference.Acronym, Is.Null);
            Assert.That(programme.Conference.TimeZone, Is.Null);
            Assert.That(talk.SourceId, Is.EqualTo("10528"));
            Assert.That(talk.LocalStart, Is.EqualTo(new DateTime(2024, 2, 3, 10, 30, 0)));
            Assert.That(talk.Start, Is.Null);
            Assert.That(talk.DurationMinutes, Is.EqualTo(25));
            Assert.That(talk.Room, Is.EqualTo("J.1.106"));
            Assert.That(talk.Subtitle, Is.Null);
            Assert.That(talk.Abstract, Is.EqualTo("<p>Stitch patterns.</p>"));
            Assert.That(talk.Description, Is.EqualTo("""<p>Hello<script>alert(1)</script> <a href="javascript:alert(2)">click</a></p>"""));
            Assert.That(talk.Slides, Is.EqualTo("https://fosdem.org/2024/events/attachments/x/slides/2/talk.pdf"));
            Assert.That(talk.Recording, Is.EqualTo("https://video.fosdem.org/2024/j1106/creative.av1.webm"));
            Assert.That(talk.Links.Select(l => l.Title), Is.EqualTo(new[]
            {
                "Logo", "Talk", "Video: Demo #1", "Video recording (WebM/AV1)", "Video recording (MP4)",
            }));
            Assert.That(Messages(programme), Is.Empty);
        });
    }

    [Test]
    public void TalkAfterMidnightKeepsItsCalendarDateAndWallClockTime()
    {
        // 33C3 lists a talk at 00:15 under the day before; the +00:00 some exports write is not the conference's offset.
        var programme = Read(Schedule("""
            <event id="1"><date>2016-12-28T00:15:00+01:00</date><start>00:15</start><duration>1:30</duration><title>Dated After Midnight</title></event>
            <event id="2"><start>01:30</start><title>Before The Day Starts</title></event>
            <event id="3"><date>2016-12-27T23:30:00+00:00</date><start>23:30</start><title>Labelled UTC</title></event>
            <event id="4"><date>2016-12-27T23:45:00Z</date><start>00:45</start><title>Date In UTC</title></event>
            """));

        Assert.Multiple(() =>
        {
            Assert.That(programme.Talks.Select(t => (t.Title, t.LocalStart)), Is.EqualTo(new (string, DateTime?)[]
            {
                ("Labelled UTC", new DateTime(2016, 12, 27, 23, 30, 0)),
                ("Dated After Midnight", new DateTime(2016, 12, 28, 0, 15, 0)),
                ("Date In UTC", new DateTime(2016, 12, 28, 0, 45, 0)),
                ("Before The Day Starts", new DateTime(2016, 12, 28, 1, 30, 0)),
            }));
            Assert.That(programme.Talks.Select(t => t.Start), Is.All.Null);
            Assert.That(programme.Talks[1].DurationMinutes, Is.EqualTo(90));
        });
    }

    [Test]
    public void EventsOutOfOrderInARoomAreSortedByStartThenRoom()
    {
        var programme = Read("""
            <?xml version="1.0" encoding="utf-8"?>
            <schedule>
            <conference><title>C</title></conference>
            <day index="1" date="2016-12-27" start="2016-12-27T10:00:00+01:00" end="2016-12-28T04:00:00+01:00">
            <room name="Saal 1">
            <event id="1"><start>14:00</start><room>Saal 1</room><title>Afternoon In Saal 1</title></event>
            <event id="2"><start>11:00</start><room>Saal 1</room><title>Morning In Saal 1</title></event>
            </room>
            <room name="Saal 2">
            <event id="3"><start>11:00</start><room>Saal 2</room><title>Morning In Saal 2</title></event>
            <event id="4"><start>00:30</start><room>Saal 2</room><title>Night In Saal 2</title></event>
            </room>
            </day>
            <day index="2" date="2016-12-28" start="2016-12-28T10:00:00+01:00" end="2016-12-29T04:00:00+01:00">
            <room name="Saal 1">
            <event id="5"><start>10:00</start><room>Saal 1</room><title>Second Day</title></event>
            </room>
            </day>
            </schedule>
            """);

        Assert.That(programme.Talks.Select(t => t.Title), Is.EqualTo(new[]
        {
            "Morning In Saal 1", "Morning In Saal 2", "Afternoon In Saal 1", "Night In Saal 2", "Second Day",
        }));
    }

    [Test]
    public void BreaksAreCountedAndTalksWithoutSpeakersKept()
    {
        var programme = Read(Schedule("""
            <event id="1"><start>12:00</start><title>Lunch Break</title><persons></persons></event>
            <event id="2"><start>15:00</start><title>Recharge</title><type>break</type></event>
            <event id="3"><start>09:00</start><title>Registration &amp; Doors Open</title></event>
            <event id="4"><start>10:00</start><title>Fnord News Show</title><type>lecture</type></event>
            <event id="5"><start>11:00</start><title>Coffee Break</title><persons><person id="9">Ada</person></persons></event>
            <event id="6"><start>13:00</start><title>Build Your Own Synth</title><type>workshop</type><persons><person id="8">Grace</person></persons></event>
            """));

        Assert.Multiple(() =>
        {
            Assert.That(programme.SkippedBreaks, Is.EqualTo(3));
            Assert.That(programme.Talks.Select(t => (t.Title, t.Type, t.Speakers.Count)), Is.EqualTo(new (string, string?, int)[]
            {
                ("Fnord News Show", "lecture", 0),
                ("Coffee Break", null, 1),
                ("Build Your Own Synth", "workshop", 1),
            }));
            Assert.That(Messages(programme), Is.Empty);
        });
    }

    [Test]
    public void SpeakersAreListedOnceAndPersonsWithoutIdOnlyNamed()
    {
        var programme = Read(Schedule("""
            <event id="1"><start>10:00</start><title>One</title><persons><person id="7">Zoë Ångström</person><person>Anonymous</person></persons></event>
            <event id="2"><start>11:00</start><title>Two</title><persons><person id="7">Zoë Ångström</person><person id="8"> </person></persons></event>
            """));

        Assert.Multiple(() =>
        {
            Assert.That(programme.Talks[0].Speakers, Is.EqualTo(new[] { new ImportedPersonRef("7", "Zoë Ångström"), new ImportedPersonRef(null, "Anonymous") }));
            Assert.That(programme.Talks[1].Speakers, Is.EqualTo(new[] { new ImportedPersonRef("7", "Zoë Ångström") }));
            Assert.That(programme.Speakers.Select(s => (s.SourceId, s.Name, s.Location.Line)), Is.EqualTo(new[] { ("7", "Zoë Ångström", 6) }));
            Assert.That(Messages(programme), Is.EqualTo(new[]
            {
                "schedule.xml(7,98): warning RC0602: event 'Two' names a person with no name; left out",
            }));
        });
    }

    [Test]
    public void SourceIdIsTheGuidEvenWhenNotAUuidElseTheId()
    {
        var programme = Read(Schedule("""
            <event guid="33c3-opening" id="8429"><start>10:00</start><title>Opening</title></event>
            <event id="8430"><start>11:00</start><title>Numbered</title></event>
            """));

        Assert.That(programme.Talks.Select(t => t.SourceId), Is.EqualTo(new[] { "33c3-opening", "8430" }));
    }

    [Test]
    public void OfTwoAbstractsTheOneWithTextIsTaken()
    {
        var programme = Read(Schedule("""
            <event id="1"><start>10:00</start><title>Empty First</title><abstract/><abstract>The real one</abstract></event>
            <event id="2"><start>11:00</start><title>Empty Second</title><abstract>First one</abstract><abstract></abstract></event>
            """));

        Assert.That(programme.Talks.Select(t => t.Abstract), Is.EqualTo(new[] { "The real one", "First one" }));
    }

    [Test]
    public void ReferenceToACharacterXmlForbidsIsKept()
    {
        var programme = Read(Schedule("""
            <event id="1"><start>10:00</start><title>Pasted</title><description>Page one&#x0C;page two</description></event>
            """));

        Assert.That(programme.Talks.Single().Description, Is.EqualTo("Page one\fpage two"));
    }

    [Test]
    public void UnusableRecordsAreReportedWithTheirPlaceAndTheRestIsRead()
    {
        var programme = Read(Schedule("""
            <event guid="a1" id="1"><start>10:00</start><title></title></event>
            <event id="2"><title>No Start</title></event>
            <event id="3"><start>25:99</start><title>Bad Start</title></event>
            <event><start>10:00</start><title>No Id</title><persons><person id="1">Ada</person></persons></event>
            <event id="5"><start>10:00</start><duration>half an hour</duration><title>Odd Duration</title></event>
            <event id="5"><start>11:00</start><title>Same Id</title></event>
            <event id="6"><start>12:00</start><title>Links</title><links><link>Nowhere</link></links></event>
            """));

        Assert.Multiple(() =>
        {
            Assert.That(Messages(programme), Is.EqualTo(new[]
            {
                "schedule.xml(6,1): warning RC0601: event 'a1' has no title; left out",
                "schedule.xml(7,1): warning RC0601: event 'No Start' has no start time; left out",
                "schedule.xml(8,15): warning RC0601: event 'Bad Start' has a start time that is not a time ('25:99'); left out",
                "schedule.xml(9,1): warning RC0601: event 'No Id' has no guid or id; left out",
                "schedule.xml(10,35): warning RC0602: event 'Odd Duration' has a duration that is not a duration ('half an hour'); left without one",
                "schedule.xml(11,1): warning RC0601: event 'Same Id' has the id '5' of the event at line 10; left out",
                "schedule.xml(12,62): warning RC0602: event 'Links' has a link with no href ('Nowhere'); left out",
            }));
            Assert.That(programme.Talks.Select(t => (t.Title, t.DurationMinutes)), Is.EqualTo(new (string, int?)[] { ("Odd Duration", null), ("Links", null) }));
        });
    }

    [Test]
    public void XmlThatIsNotWellFormedIsAnErrorWithItsPosition()
    {
        var error = Assert.Throws<ImportException>(() => Read("""
            <?xml version="1.0"?>
            <schedule>
              <day>
                <event id="1">
              </day>
            </schedule>
            """));

        Assert.That(error.Message, Is.EqualTo("schedule.xml(5,5): not well-formed XML: the 'event' start tag on line 4 position 6 does not match the end tag of 'day'"));
    }

    [Test]
    public void EmptyFileIsAnErrorWithoutAPosition() =>
        Assert.That(Assert.Throws<ImportException>(() => Read(string.Empty))!.Message, Is.EqualTo("schedule.xml: not well-formed XML: root element is missing"));

    [Test]
    public void ExternalEntitiesAreNeverRead()
    {
        var secret = Path.Combine(_folder, "secret.txt");
        File.WriteAllText(secret, "TOP SECRET");
        var error = Assert.Throws<ImportException>(() => Read($"""
            <?xml version="1.0"?>
            <!DOCTYPE schedule [<!ENTITY secret SYSTEM "{new Uri(secret)}">]>
            <schedule>
            <conference><title>&secret;</title></conference>
            </schedule>
            """));

        Assert.That(error.Message, Is.EqualTo("schedule.xml(4,21): not well-formed XML: reference to undeclared entity 'secret'"));
    }

    [Test]
    public void ScheduleWithoutEventsOrOfAnotherRootIsAnError()
    {
        Assert.Multiple(() =>
        {
            Assert.That(
                Assert.Throws<ImportException>(() => Read("<schedule><conference><title>C</title></conference><day index=\"1\" date=\"2020-01-01\"/></schedule>"))!.Message,
                Is.EqualTo("schedule.xml: no events: the schedule has no <event> elements"));
            Assert.That(
                Assert.Throws<ImportException>(() => Read("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel/></rss>"))!.Message,
                Is.EqualTo("schedule.xml(2,1): not a frab schedule: the root element is <rss>, not <schedule>"));
        });
    }

    [TestCase("<?xml version='1.0' encoding='utf-8' ?>\n<schedule>\n<version>1.0</version>\n<conference>\n<acronym>33c3</acronym>", true)]
    [TestCase("\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<schedule>\n  <conference>\n    <title>FOSDEM 2024</title>", true)]
    [TestCase("<schedule xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><generator name=\"pretalx\"/><version>0.1</version><conference>", true)]
    [TestCase("{\"schedule\": {\"version\": \"1.0\", \"conference\": {\"acronym\": \"33c3\"}}}", false)]
    [TestCase("BEGIN:VCALENDAR\nVERSION:2.0\nSUMMARY:<schedule><conference>", false)]
    [TestCase("<?xml version=\"1.0\"?>\n<rss><channel><title>schedule</title><conference/></channel></rss>", false)]
    [TestCase("<?xml version=\"1.0\"?>\n<schedule><item/></schedule>", false)]
    public void RecognisesFrabAndPentabarfXml(string head, bool recognised) =>
        Assert.That(new FrabXmlReader().Recognises("schedule.xml", head), Is.EqualTo(recognised));

    /// <summary>A one-day schedule whose events start at line 6, one per line, at column 1.</summary>
    private static string Schedule(string events) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <schedule>
        <conference><title>Congress</title><start>2016-12-27</start><end>2016-12-27</end></conference>
        <day index="1" date="2016-12-27" start="2016-12-27T10:00:00+01:00" end="2016-12-28T04:00:00+01:00">
        <room name="Saal 1">
        {events}
        </room>
        </day>
        </schedule>
        """;

    private Programme Read(string xml)
    {
        var path = Path.Combine(_folder, "schedule.xml");
        File.WriteAllText(path, xml);
        return new FrabXmlReader().Read(path, "schedule.xml");
    }

    private static IEnumerable<string> Messages(Programme programme) => programme.Diagnostics.Sorted().Select(d => d.ToString());
}
