using Ical.Net;
using Recap.Tests.Support;

namespace Recap.Tests.Output;

/// <summary>A conference whose talks have times gets a <c>programme.ics</c>, linked from its page.</summary>
public sealed class ProgrammeFileTests
{
    [Test]
    public void TalksWithTimesAreInTheConferencesCalendarAtTheirLocalTime()
    {
        using var site = TestSite.Build(Sites.Config + """

            -- content/conferences/c/index.md --
            ---
            name: DemoCon 2024
            start: 2024-06-18
            end: 2024-06-19
            time_zone: Europe/Berlin
            ---
            -- content/conferences/c/talks/a.md --
            ---
            title: Fast builds
            time: "09:00"
            duration: 30
            room: Room A
            ---
            -- content/conferences/c/talks/b.md --
            ---
            title: Night owls
            date: 2024-06-19
            time: "00:30"
            ---
            -- content/conferences/c/talks/c.md --
            ---
            title: Not timed
            ---
            -- content/conferences/d/index.md --
            ---
            name: Untimed 2024
            start: 2024-06-18
            ---
            -- content/conferences/d/talks/a.md --
            ---
            title: Talk
            ---
            """);

        site.AssertClean();
        var calendar = Calendar.Load(site.ReadFile("c/programme.ics"))!;
        Assert.That(calendar.Events.Select(e => $"{e.Summary} | {e.DtStart!.TzId} {e.DtStart.Value:yyyy-MM-dd HH:mm} | {e.DtStart.AsUtc:HH:mm}Z | {e.Location} | {e.Url}"), Is.EqualTo(new[]
        {
            "Fast builds | Europe/Berlin 2024-06-18 09:00 | 07:00Z | Room A | https://recaps.example.org/c/a/",
            "Night owls | Europe/Berlin 2024-06-19 00:30 | 22:30Z |  | https://recaps.example.org/c/b/",
        }));
        site.AssertFile("c/index.html", "<a href=\"/c/programme.ics\" type=\"text/calendar\" download>Programme (.ics)</a>");
        Assert.That(site.Exists("d/programme.ics"), Is.False);
        site.AssertFile("d/index.html", "! programme.ics");
    }
}
