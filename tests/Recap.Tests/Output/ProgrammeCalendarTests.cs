using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Recap.Output;

namespace Recap.Tests.Output;

public sealed class ProgrammeCalendarTests
{
    private static readonly CalendarEntry Morning = new(
        "devconf-2024/fast-builds", "Fast builds", new DateTime(2024, 6, 18, 9, 0, 0), 30, "Room A", "https://recaps.example/devconf-2024/fast-builds/", "How we made builds fast.");

    private static readonly CalendarEntry AfterMidnight = new(
        "devconf-2024/night-owls", "Night owls", new DateTime(2024, 6, 19, 0, 30, 0), 45, null, "https://recaps.example/devconf-2024/night-owls/", null);

    private static readonly CalendarEntry NoDuration = new(
        "devconf-2024/social", "Social", new DateTime(2024, 6, 18, 19, 0, 0), null, "Bar", "https://recaps.example/devconf-2024/social/", null);

    [Test]
    public void EventsInAZoneReadBackAtTheirWallClockTimeAndTheRightInstant()
    {
        var text = ProgrammeCalendar.Write("Devconf 2024", "Europe/Berlin", [Morning, AfterMidnight, NoDuration]);

        var calendar = Calendar.Load(text)!;
        Assert.That(calendar.ProductId, Is.EqualTo("-//Recap//Recap//EN"));
        Assert.That(calendar.Properties["X-WR-CALNAME"]?.Value, Is.EqualTo("Devconf 2024"));
        Assert.That(calendar.TimeZones.Select(z => z.TzId), Is.EqualTo(new[] { "Europe/Berlin" }));
        Assert.That(calendar.Events.Select(Describe), Is.EqualTo(new[]
        {
            "devconf-2024/fast-builds | Fast builds | Europe/Berlin 2024-06-18 09:00 | 2024-06-18 07:00Z | end 2024-06-18 09:30 | Room A | https://recaps.example/devconf-2024/fast-builds/ | How we made builds fast.",
            "devconf-2024/night-owls | Night owls | Europe/Berlin 2024-06-19 00:30 | 2024-06-18 22:30Z | end 2024-06-19 01:15 |  | https://recaps.example/devconf-2024/night-owls/ | ",
            "devconf-2024/social | Social | Europe/Berlin 2024-06-18 19:00 | 2024-06-18 17:00Z | no end | Bar | https://recaps.example/devconf-2024/social/ | ",
        }));
        Assert.That(text, Does.Contain("\r\nDTSTART;TZID=Europe/Berlin:20240619T003000\r\n"));
        Assert.That(text, Does.Contain("\r\nX-WR-TIMEZONE:Europe/Berlin\r\n"));
    }

    [Test]
    public void WithoutATimeZoneTimesAreFloating()
    {
        var text = ProgrammeCalendar.Write("Devconf 2024", null, [Morning]);

        var calendarEvent = Calendar.Load(text)!.Events.Single();
        Assert.That(calendarEvent.DtStart!.IsFloating, Is.True);
        Assert.That(calendarEvent.DtStart.Value, Is.EqualTo(new DateTime(2024, 6, 18, 9, 0, 0)));
        Assert.That(text, Does.Contain("\r\nDTSTART:20240618T090000\r\n"));
        Assert.That(text, Does.Not.Contain("VTIMEZONE"));
    }

    [Test]
    public void AnUnknownTimeZoneGivesFloatingTimes()
    {
        var text = ProgrammeCalendar.Write("Devconf 2024", "Mars/Olympus", [Morning]);

        Assert.That(text, Does.Contain("\r\nDTSTART:20240618T090000\r\n"));
        Assert.That(text, Does.Not.Contain("Mars"));
    }

    [Test]
    public void ATalkWithoutDurationHasNoEnd()
    {
        var text = ProgrammeCalendar.Write("Devconf 2024", "Europe/Berlin", [NoDuration]);

        Assert.That(text, Does.Not.Contain("DTEND"));
        Assert.That(text, Does.Not.Contain("DURATION"));
    }

    [Test]
    public void TextIsEscapedAndNonAsciiTitlesSurviveFolding()
    {
        var title = "Zoë Ångström und 山田太郎: über Łódź, Köln; and more\nOn a second line with a backslash \\ and enough text to be folded twice over";
        var entry = Morning with { Title = title, Room = "Saal 1, Erdgeschoss", Summary = "One; two, three" };

        var text = ProgrammeCalendar.Write("Zoë's Conf", "Europe/Berlin", [entry]);

        var calendarEvent = Calendar.Load(text)!.Events.Single();
        Assert.That(calendarEvent.Summary, Is.EqualTo(title));
        Assert.That(calendarEvent.Location, Is.EqualTo("Saal 1, Erdgeschoss"));
        Assert.That(calendarEvent.Description, Is.EqualTo("One; two, three"));
        var unfolded = text.Replace("\r\n ", string.Empty, StringComparison.Ordinal);
        Assert.That(unfolded, Does.Contain(@"SUMMARY:Zoë Ångström und 山田太郎: über Łódź\, Köln\; and more\nOn a second line with a backslash \\ and"));
        Assert.That(text, Does.Contain("\r\n "), "the title is long enough to be folded");
        Assert.That(text.Split("\r\n").Select(l => Encoding.UTF8.GetByteCount(l)), Has.All.LessThanOrEqualTo(75));
    }

    [Test]
    public void LinesEndWithCrlf()
    {
        var text = ProgrammeCalendar.Write("Devconf 2024", "Europe/Berlin", [Morning]);

        Assert.That(text, Does.StartWith("BEGIN:VCALENDAR\r\n"));
        Assert.That(text, Does.EndWith("END:VCALENDAR\r\n"));
        Assert.That(text.Replace("\r\n", string.Empty, StringComparison.Ordinal), Does.Not.Contain("\n").And.Not.Contain("\r"));
    }

    [Test]
    public void TheSameProgrammeGivesTheSameBytes()
    {
        var first = ProgrammeCalendar.Write("Devconf 2024", "Europe/Berlin", [Morning, AfterMidnight, NoDuration]);
        var second = ProgrammeCalendar.Write("Devconf 2024", "Europe/Berlin", [Morning, AfterMidnight, NoDuration]);

        Assert.That(second, Is.EqualTo(first));
        Assert.That(first, Does.Contain("\r\nDTSTAMP:20240618T070000Z\r\n"));
    }

    private static string Describe(CalendarEvent e) =>
        $"{e.Uid} | {e.Summary} | {e.DtStart!.TzId} {e.DtStart.Value:yyyy-MM-dd HH:mm} | {e.DtStart.AsUtc:yyyy-MM-dd HH:mm}Z | "
        + (e.DtEnd is null ? "no end" : $"end {e.DtEnd.Value:yyyy-MM-dd HH:mm}")
        + $" | {e.Location} | {e.Url} | {e.Description}";
}
