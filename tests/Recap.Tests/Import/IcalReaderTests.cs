using System.Text;
using Recap.Import;

namespace Recap.Tests.Import;

public sealed class IcalReaderTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("recap-ical-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void EventsBecomeTalksWithTheirRoomTrackTypeLinkAndDescription()
    {
        var programme = Read("""
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//Test//Test//EN
            X-WR-CALNAME:Devconf 2024
            BEGIN:VEVENT
            UID:talk-1@devconf
            DTSTART:20240618T070000Z
            DTEND:20240618T074500Z
            SUMMARY:Fast builds
            LOCATION:Room A
            CATEGORIES:Tooling,Talk
            URL:https://devconf.example/talks/fast-builds/
            DESCRIPTION:How we made builds fast.\nSecond line\, with a comma.
            END:VEVENT
            END:VCALENDAR
            """);

        Assert.That(programme.Format, Is.EqualTo("ical"));
        Assert.That(programme.Conference.Name, Is.EqualTo("Devconf 2024"));
        Assert.That(programme.Conference.Start, Is.EqualTo(new DateOnly(2024, 6, 18)));
        Assert.That(programme.Conference.End, Is.EqualTo(new DateOnly(2024, 6, 18)));
        var talk = programme.Talks.Single();
        Assert.That(talk.SourceId, Is.EqualTo("talk-1@devconf"));
        Assert.That(talk.Location.Line, Is.EqualTo(5));
        Assert.That(talk.Title, Is.EqualTo("Fast builds"));
        Assert.That(talk.Start, Is.EqualTo(new DateTimeOffset(2024, 6, 18, 7, 0, 0, TimeSpan.Zero)));
        Assert.That(talk.LocalStart, Is.Null);
        Assert.That(talk.DurationMinutes, Is.EqualTo(45));
        Assert.That(talk.Room, Is.EqualTo("Room A"));
        Assert.That(talk.Track, Is.EqualTo("Tooling"));
        Assert.That(talk.Type, Is.EqualTo("Talk"));
        Assert.That(talk.Website, Is.EqualTo("https://devconf.example/talks/fast-builds/"));
        Assert.That(talk.Description, Is.EqualTo("How we made builds fast.\nSecond line, with a comma."));
        Assert.That(talk.Speakers, Is.Empty);
        Assert.That(programme.Diagnostics.Count, Is.Zero);
    }

    [Test]
    public void SpeakersAreSplitOffTheSummaryOnlyInTheTalkByShape()
    {
        var programme = Read(Calendar("""
            BEGIN:VEVENT
            UID:a
            DTSTART:20150918T103000Z
            SUMMARY:Python's Infamous GIL (talk by Larry Hastings)
            END:VEVENT
            BEGIN:VEVENT
            UID:b
            DTSTART:20150918T103000Z
            SUMMARY:Mobile games (talk by Zoë Ångström & 山田太郎)
            END:VEVENT
            BEGIN:VEVENT
            UID:c
            DTSTART:20150918T103000Z
            SUMMARY:Python powered Nukes (talk by Łukasz Nowak and Dan Milburn)
            END:VEVENT
            BEGIN:VEVENT
            UID:d
            DTSTART:20150918T103000Z
            SUMMARY:Research community (talk by Sarah Mount\, University of Wolverhampton)
            END:VEVENT
            BEGIN:VEVENT
            UID:e
            DTSTART:20150918T103000Z
            SUMMARY:Keynote: Van Lindberg\, PSF Chair
            END:VEVENT
            BEGIN:VEVENT
            UID:f
            DTSTART:20150918T103000Z
            SUMMARY:Gabbi - Declarative HTTP Testing
            END:VEVENT
            BEGIN:VEVENT
            UID:g
            DTSTART:20150918T103000Z
            SUMMARY:Publishing (panel by Discussion: From data to dissemination)
            END:VEVENT
            BEGIN:VEVENT
            UID:h
            DTSTART:20150918T103000Z
            SUMMARY:Taming Legacy with (Micro)services (talk by A, B, and C)
            END:VEVENT
            """));

        Assert.That(Summaries(programme), Is.EqualTo(new[]
        {
            "Python's Infamous GIL | talk | Larry Hastings",
            "Mobile games | talk | Zoë Ångström, 山田太郎",
            "Python powered Nukes | talk | Łukasz Nowak, Dan Milburn",
            "Research community | talk | Sarah Mount",
            "Keynote: Van Lindberg, PSF Chair |  | ",
            "Gabbi - Declarative HTTP Testing |  | ",
            "Publishing (panel by Discussion: From data to dissemination) |  | ",
            "Taming Legacy with (Micro)services | talk | A, B, C",
        }));
        Assert.That(programme.Talks[3].Speakers.Single(), Is.EqualTo(new ImportedPersonRef("Sarah Mount", "Sarah Mount")));
        Assert.That(programme.Talks[0].Speakers.Single(), Is.EqualTo(new ImportedPersonRef(null, "Larry Hastings")));
        var speaker = programme.Speakers.Single();
        Assert.That((speaker.SourceId, speaker.Name, speaker.Company), Is.EqualTo(("Sarah Mount", "Sarah Mount", "University of Wolverhampton")));
    }

    [Test]
    public void AttendeesWithANameAreTheSpeakers()
    {
        var programme = Read(Calendar("""
            BEGIN:VEVENT
            UID:a
            DTSTART:20240618T090000Z
            SUMMARY:Pairing (talk by Someone Else)
            ATTENDEE;CN="Zoë Ångström";ROLE=REQ-PARTICIPANT:mailto:zoe@example.org
            ATTENDEE;CN=山田太郎:mailto:taro@example.org
            ATTENDEE:mailto:nameless@example.org
            END:VEVENT
            BEGIN:VEVENT
            UID:b
            DTSTART:20240618T100000Z
            SUMMARY:Solo
            ORGANIZER;CN=Łukasz:mailto:l@example.org
            END:VEVENT
            """));

        Assert.That(Summaries(programme), Is.EqualTo(new[]
        {
            "Pairing | talk | Zoë Ångström, 山田太郎",
            "Solo |  | Łukasz",
        }));
        Assert.That(programme.Speakers, Is.Empty);
    }

    [Test]
    public void AnOrganizerOfEveryEventIsTheCalendarsOwnerNotASpeaker()
    {
        var programme = Read(Calendar("""
            BEGIN:VEVENT
            UID:a
            DTSTART:20240618T090000Z
            SUMMARY:Opening
            ORGANIZER;CN=Devconf Team:mailto:team@example.org
            END:VEVENT
            BEGIN:VEVENT
            UID:b
            DTSTART:20240618T100000Z
            SUMMARY:Lunch
            ORGANIZER;CN=Devconf Team:mailto:team@example.org
            END:VEVENT
            """));

        Assert.That(Summaries(programme), Is.EqualTo(new[] { "Opening |  | " }));
        Assert.That(programme.SkippedBreaks, Is.EqualTo(1));
    }

    [Test]
    public void BreaksWithoutSpeakersAreCountedNotImported()
    {
        var programme = Read(Calendar("""
            BEGIN:VEVENT
            UID:a
            DTSTART:20150918T070000Z
            SUMMARY:Registration / Breakfast
            END:VEVENT
            BEGIN:VEVENT
            UID:b
            DTSTART:20150918T110000Z
            SUMMARY:Lunch
            END:VEVENT
            BEGIN:VEVENT
            UID:c
            DTSTART:20150918T150000Z
            SUMMARY:Afternoon
            CATEGORIES:Coffee Break
            END:VEVENT
            BEGIN:VEVENT
            UID:d
            DTSTART:20150918T160000Z
            SUMMARY:Lunchtime Event
            END:VEVENT
            BEGIN:VEVENT
            UID:e
            DTSTART:20150918T170000Z
            SUMMARY:5 impossible things before breakfast (talk by Michael Sparks)
            END:VEVENT
            """));

        Assert.That(programme.SkippedBreaks, Is.EqualTo(3));
        Assert.That(programme.Talks.Select(t => t.Title), Is.EqualTo(new[] { "Lunchtime Event", "5 impossible things before breakfast" }));
    }

    [Test]
    public void AWorkshopKeepsItsType()
    {
        var programme = Read(Calendar("""
            BEGIN:VEVENT
            UID:a
            DTSTART:20150919T130000Z
            DTEND:20150919T150000Z
            SUMMARY:Scrapy Workshop Part 1 (workshop by Juan Riaza)
            END:VEVENT
            BEGIN:VEVENT
            UID:b
            DTSTART:20150919T130000Z
            SUMMARY:Hands on
            CATEGORIES:Workshop 60 Min
            END:VEVENT
            """));

        Assert.That(programme.Talks.Select(t => t.Type), Is.EqualTo(new[] { "workshop", "Workshop 60 Min" }));
        Assert.That(programme.Talks[0].DurationMinutes, Is.EqualTo(120));
    }

    [Test]
    public void HtmlInADescriptionReachesTheTalkAsGiven()
    {
        var programme = Read(Calendar("""
            BEGIN:VEVENT
            UID:a
            DTSTART:20240618T090000Z
            SUMMARY:Security
            DESCRIPTION:<p>Hi<script>alert(1)</script> <a href="javascript:alert(1)">x</a></p>
            END:VEVENT
            """));

        Assert.That(programme.Talks.Single().Description, Is.EqualTo("<p>Hi<script>alert(1)</script> <a href=\"javascript:alert(1)\">x</a></p>"));
    }

    [Test]
    public void LinksThatAreNotUrlsAreKept()
    {
        var programme = Read(Calendar("""
            BEGIN:VEVENT
            UID:a
            DTSTART:20240618T090000Z
            SUMMARY:Links
            URL:github.com/devconf/fast-builds
            ATTACH:slides on request
            ATTACH;FILENAME=slides.pdf:https://devconf.example/slides.pdf
            END:VEVENT
            """));

        var talk = programme.Talks.Single();
        Assert.That(talk.Website, Is.EqualTo("github.com/devconf/fast-builds"));
        Assert.That(talk.Links, Is.EqualTo(new[]
        {
            new ImportedLink(null, "slides on request"),
            new ImportedLink("slides.pdf", "https://devconf.example/slides.pdf"),
        }));
    }

    [Test]
    public void UtcTimesWithNoTimeZoneAreInstants()
    {
        var programme = Read(Calendar("""
            BEGIN:VEVENT
            UID:a
            DTSTART:20150918T233000Z
            SUMMARY:Late
            END:VEVENT
            """));

        Assert.That(programme.Conference.TimeZone, Is.Null);
        var talk = programme.Talks.Single();
        Assert.That(talk.Start, Is.EqualTo(new DateTimeOffset(2015, 9, 18, 23, 30, 0, TimeSpan.Zero)));
        Assert.That(talk.LocalStart, Is.Null);
    }

    [Test]
    public void TzidTimesAreWallClockTimesInTheConferenceTimeZone()
    {
        var programme = Read("""
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//Test//Test//EN
            BEGIN:VTIMEZONE
            TZID:Europe/Berlin
            BEGIN:DAYLIGHT
            TZOFFSETFROM:+0100
            TZOFFSETTO:+0200
            DTSTART:19700329T020000
            RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
            END:DAYLIGHT
            BEGIN:STANDARD
            TZOFFSETFROM:+0200
            TZOFFSETTO:+0100
            DTSTART:19701025T030000
            RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
            END:STANDARD
            END:VTIMEZONE
            BEGIN:VEVENT
            UID:a
            DTSTART;TZID=Europe/Berlin:20240618T230000
            DTEND;TZID=Europe/Berlin:20240618T233000
            SUMMARY:Evening
            END:VEVENT
            BEGIN:VEVENT
            UID:b
            DTSTART;TZID=Europe/Berlin:20240619T003000
            DURATION:PT45M
            SUMMARY:After midnight
            END:VEVENT
            END:VCALENDAR
            """);

        Assert.That(programme.Conference.TimeZone, Is.EqualTo("Europe/Berlin"));
        Assert.That(programme.Talks.Select(t => (t.LocalStart, t.Start, t.DurationMinutes)), Is.EqualTo(new (DateTime?, DateTimeOffset?, int?)[]
        {
            (new DateTime(2024, 6, 18, 23, 0, 0), null, 30),
            (new DateTime(2024, 6, 19, 0, 30, 0), null, 45),
        }));
        Assert.That(programme.Conference.End, Is.EqualTo(new DateOnly(2024, 6, 19)));
        Assert.That(programme.Diagnostics.Count, Is.Zero);
    }

    [Test]
    public void TheCalendarsTimeZoneComesFromXWrTimeZoneAndWindowsIdsBecomeIanaIds()
    {
        var named = Read(Calendar("""
            X-WR-TIMEZONE:Europe/London
            BEGIN:VEVENT
            UID:a
            DTSTART:20150918T090000Z
            SUMMARY:A
            END:VEVENT
            """));
        var windows = Read(Calendar("""
            BEGIN:VTIMEZONE
            TZID:W. Europe Standard Time
            BEGIN:STANDARD
            DTSTART:16010101T030000
            TZOFFSETFROM:+0200
            TZOFFSETTO:+0100
            RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
            END:STANDARD
            BEGIN:DAYLIGHT
            DTSTART:16010101T020000
            TZOFFSETFROM:+0100
            TZOFFSETTO:+0200
            RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
            END:DAYLIGHT
            END:VTIMEZONE
            BEGIN:VEVENT
            UID:a
            DTSTART;TZID=W. Europe Standard Time:20240618T090000
            SUMMARY:A
            END:VEVENT
            """));

        Assert.That(named.Conference.TimeZone, Is.EqualTo("Europe/London"));
        Assert.That(windows.Conference.TimeZone, Is.EqualTo("Europe/Berlin"));
        Assert.That(windows.Talks.Single().LocalStart, Is.EqualTo(new DateTime(2024, 6, 18, 9, 0, 0)));
    }

    [Test]
    public void FloatingTimesAreWallClockTimes()
    {
        var programme = Read(Calendar("""
            BEGIN:VEVENT
            UID:a
            DTSTART:20240618T090000
            DTEND:20240618T100000
            SUMMARY:Floating
            END:VEVENT
            """));

        var talk = programme.Talks.Single();
        Assert.That((talk.LocalStart, talk.Start, talk.DurationMinutes), Is.EqualTo(((DateTime?)new DateTime(2024, 6, 18, 9, 0, 0), (DateTimeOffset?)null, (int?)60)));
        Assert.That(programme.Conference.TimeZone, Is.Null);
    }

    [Test]
    public void AnUnknownTzidKeepsTheWallClockTimeAndIsReportedOnce()
    {
        var programme = Read(Calendar("""
            BEGIN:VEVENT
            UID:a
            DTSTART;TZID=Mars/Olympus:20240618T090000
            DTEND;TZID=Mars/Olympus:20240618T093000
            SUMMARY:On Mars
            END:VEVENT
            BEGIN:VEVENT
            UID:b
            DTSTART;TZID=Mars/Olympus:20240618T100000
            SUMMARY:Also on Mars
            END:VEVENT
            """));

        Assert.That(programme.Talks.Select(t => (t.LocalStart, t.DurationMinutes)), Is.EqualTo(new (DateTime?, int?)[]
        {
            (new DateTime(2024, 6, 18, 9, 0, 0), 30),
            (new DateTime(2024, 6, 18, 10, 0, 0), null),
        }));
        Assert.That(programme.Conference.TimeZone, Is.Null);
        Assert.That(Messages(programme), Is.EqualTo(new[]
        {
            "test.ics(4,1): warning RC0602: event 'On Mars' has the unknown time zone 'Mars/Olympus'; its time is taken as the conference's local time",
        }));
    }

    [Test]
    public void DurationComesFromDtendElseDurationElseIsUnknown()
    {
        var programme = Read(Calendar("""
            BEGIN:VEVENT
            UID:a
            DTSTART:20150918T090000Z
            DTEND:20150918T093000Z
            SUMMARY:With end
            END:VEVENT
            BEGIN:VEVENT
            UID:b
            DTSTART:20150918T090000Z
            DURATION:PT1H15M
            SUMMARY:With duration
            END:VEVENT
            BEGIN:VEVENT
            UID:c
            DTSTART:20150918T183000Z
            SUMMARY:The Friday Night Social
            END:VEVENT
            BEGIN:VEVENT
            UID:d
            DTSTART:20150918T090000Z
            DURATION:45 minutes
            SUMMARY:Odd duration
            END:VEVENT
            BEGIN:VEVENT
            UID:e
            DTSTART:20150918T090000Z
            DTEND:20150918T080000Z
            SUMMARY:Backwards
            END:VEVENT
            """));

        Assert.That(programme.Talks.Select(t => t.DurationMinutes), Is.EqualTo(new int?[] { 30, 75, null, null, null }));
        Assert.That(Messages(programme), Is.EqualTo(new[]
        {
            "test.ics(21,1): warning RC0602: event 'Odd duration' has a duration that is not a duration ('45 minutes'); left out",
            "test.ics(27,1): warning RC0602: event 'Backwards' ends before it starts; its duration is left out",
        }));
    }

    [Test]
    public void TheSameEventTwiceIsLeftOutAndADifferentEventWithTheSameUidGetsItsOwnId()
    {
        var programme = Read(Calendar("""
            BEGIN:VEVENT
            UID:58703@worker
            DTSTART:20150919T153000Z
            SUMMARY:Open Space
            LOCATION:Bistro
            END:VEVENT
            BEGIN:VEVENT
            UID:58703@worker
            DTSTART:20150919T153000Z
            SUMMARY:Open Space
            LOCATION:Bistro
            END:VEVENT
            BEGIN:VEVENT
            UID:58703@worker
            DTSTART:20150920T103000Z
            SUMMARY:Power: Python in Astronomy (talk by Tomas James)
            END:VEVENT
            """));

        Assert.That(programme.Talks.Select(t => t.SourceId), Is.EqualTo(new[] { "58703@worker", "58703@worker#2" }));
        Assert.That(Messages(programme), Is.EqualTo(new[]
        {
            "test.ics(10,1): warning RC0601: event 'Open Space' repeats the event on line 4; left out",
            "test.ics(16,1): warning RC0602: event 'Power: Python in Astronomy (talk by Tomas James)' has the UID of the event on line 4; imported with the id '58703@worker#2'",
        }));
    }

    [Test]
    public void EventsThatCannotBeUsedAreReportedWithTheirLineAndTheRestIsRead()
    {
        var programme = Read(Calendar("""
            BEGIN:VEVENT
            UID:a
            DTSTART:20150919T113000Z
            SUMMARY:
            END:VEVENT
            BEGIN:VEVENT
            UID:b
            SUMMARY:No start
            END:VEVENT
            BEGIN:VEVENT
            UID:c
            DTSTART:tomorrow
            SUMMARY:Bad start
            END:VEVENT
            BEGIN:VEVENT
            DTSTART:20150919T113000Z
            SUMMARY:No uid
            END:VEVENT
            BEGIN:VEVENT
            UID:d
            DTSTART:20150919T113000Z
            SUMMARY this line has no colon
            END:VEVENT
            BEGIN:VEVENT
            UID:e
            DTSTART;VALUE=DATE:20150921
            SUMMARY:Sprints
            END:VEVENT
            BEGIN:VEVENT
            UID:f
            DTSTART:20150919T113000Z
            SUMMARY:Good
            END:VEVENT
            BEGIN:VEVENT
            UID:g
            DTSTART:20150919T120000Z
            SUMMARY:Cut off
            """, end: false));

        Assert.That(programme.Talks.Select(t => t.Title), Is.EqualTo(new[] { "Good" }));
        Assert.That(Messages(programme), Is.EqualTo(new[]
        {
            "test.ics(4,1): warning RC0601: event has no title; left out",
            "test.ics(9,1): warning RC0601: event 'No start' has no start time; left out",
            "test.ics(13,1): warning RC0601: event 'Bad start' has a start time that is not a time ('tomorrow'); left out",
            "test.ics(18,1): warning RC0601: event 'No uid' has no UID; left out",
            "test.ics(22,1): warning RC0601: event cannot be read (Could not parse line: 'SUMMARY this line has no colon'); left out",
            "test.ics(27,1): warning RC0601: event 'Sprints' is an all-day event (2015-09-21), not a session with a time; left out",
            "test.ics(37,1): warning RC0601: event 'Cut off' has no END:VEVENT; left out",
        }));
    }

    [Test]
    public void FoldedLinesAreJoinedExactlyEvenInsideAWordOrACharacter()
    {
        // "Fernández": the fold cuts the two bytes of 'á' apart, as writers that fold at 75 octets do.
        var bytes = Encoding.UTF8.GetBytes(Crlf(Calendar("""
            BEGIN:VEVENT
            UID:20160417T070217Z-1650@testing-worker-linux-
             5
            DTSTART:20150918T093000Z
            SUMMARY:Real-Time Data + Django = Fun\,Growth + Profit (talk by Rachel Wil
             lmer)
            DESCRIPTION:two  spaces kept:
              one was the fold's\, one is text;	tab fold:
            	joined
            LOCATION:Room FernXX
             ndez
            END:VEVENT
            """)));
        var marker = Encoding.ASCII.GetBytes("FernXX\r\n ndez");
        var at = bytes.AsSpan().IndexOf(marker);
        byte[] folded = [.. bytes[..(at + 4)], 0xC3, (byte)'\r', (byte)'\n', (byte)' ', 0xA1, .. bytes[(at + marker.Length - 4)..]];

        var programme = ReadBytes(folded);

        var talk = programme.Talks.Single();
        Assert.That(talk.SourceId, Is.EqualTo("20160417T070217Z-1650@testing-worker-linux-5"));
        Assert.That(talk.Title, Is.EqualTo("Real-Time Data + Django = Fun,Growth + Profit"));
        Assert.That(talk.Speakers.Single().Name, Is.EqualTo("Rachel Willmer"));
        Assert.That(talk.Description, Is.EqualTo("two  spaces kept: one was the fold's, one is text;\ttab fold:joined"));
        Assert.That(talk.Room, Is.EqualTo("Room Fernández"));
    }

    [Test]
    public void AFileWithAByteOrderMarkAndLfLineEndingsIsRead()
    {
        var text = Calendar("""
            X-WR-CALNAME:Zoë's Conf
            BEGIN:VEVENT
            UID:a
            DTSTART:20240618T090000Z
            SUMMARY:Ünïcode
             d title
            END:VEVENT
            """);
        var programme = ReadBytes([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n"))]);

        Assert.That(programme.Conference.Name, Is.EqualTo("Zoë's Conf"));
        Assert.That(programme.Talks.Single().Title, Is.EqualTo("Ünïcoded title"));
        Assert.That(programme.Talks.Single().Location.Line, Is.EqualTo(5));
    }

    [Test]
    public void AFileThatIsNotACalendarCannotBeRead()
    {
        var path = Write("<html><body>Schedule</body></html>");

        var error = Assert.Throws<ImportException>(() => new IcalReader().Read(path, "test.ics"));

        Assert.That(error.Message, Is.EqualTo("test.ics(1,1): not an iCalendar file: it has no BEGIN:VCALENDAR"));
    }

    [Test]
    public void ACalendarWithNoEventsCannotBeRead()
    {
        var path = Write(Crlf("""

            BEGIN:VCALENDAR
            VERSION:2.0
            END:VCALENDAR
            """));

        var error = Assert.Throws<ImportException>(() => new IcalReader().Read(path, "test.ics"));

        Assert.That(error.Message, Is.EqualTo("test.ics(2,1): the calendar has no events (no BEGIN:VEVENT)"));
    }

    [Test]
    public void ACalendarIsRecognisedByItsFirstLine()
    {
        var reader = new IcalReader();

        Assert.That(reader.Recognises("a.ics", "\uFEFFBEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), Is.True);
        Assert.That(reader.Recognises("a.ics", "begin:vcalendar\n"), Is.True);
        Assert.That(reader.Recognises("a.json", "{\"schedule\": {\"conference\": {}}}"), Is.False);
        Assert.That(reader.Recognises("a.txt", "Notes\r\nBEGIN:VCALENDAR\r\n"), Is.False);
    }

    private static string Calendar(string events, bool end = true) =>
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Test//Test//EN\n" + events + (end ? "\nEND:VCALENDAR\n" : "\n");

    private static string Crlf(string text) => text.ReplaceLineEndings("\r\n");

    private static IEnumerable<string> Summaries(Programme programme) =>
        programme.Talks.Select(t => $"{t.Title} | {t.Type} | {string.Join(", ", t.Speakers.Select(s => s.Name))}");

    private static IEnumerable<string> Messages(Programme programme) => programme.Diagnostics.Sorted().Select(d => d.ToString());

    private Programme Read(string text) => new IcalReader().Read(Write(Crlf(text)), "test.ics");

    private Programme ReadBytes(byte[] bytes)
    {
        var path = Path.Combine(_folder, "test.ics");
        File.WriteAllBytes(path, bytes);
        return new IcalReader().Read(path, "test.ics");
    }

    private string Write(string text)
    {
        var path = Path.Combine(_folder, "test.ics");
        File.WriteAllText(path, text);
        return path;
    }
}
