using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Recap.Output;

/// <summary>
/// Writes a conference's <c>programme.ics</c>: one VEVENT per talk, so readers can add the programme
/// to their calendar. The same entries always give the same bytes, so a rebuild does not change the file.
/// </summary>
internal static class ProgrammeCalendar
{
    public const string ProductId = "-//Recap//Recap//EN";

    /// <summary>
    /// The calendar as text, with CRLF line endings and lines folded at 75 octets (RFC 5545). With a
    /// <paramref name="timeZone"/> the machine knows, times carry its TZID and the calendar its
    /// VTIMEZONE, so a calendar in another zone shows each talk at the right moment; without one they
    /// are floating times, shown at the same wall-clock time wherever the reader is.
    /// </summary>
    public static string Write(string calendarName, string? timeZone, IReadOnlyList<CalendarEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(calendarName);
        ArgumentNullException.ThrowIfNull(entries);
        var zone = timeZone is not null && TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var info) ? info : null;
        var calendar = new Calendar { ProductId = ProductId };
        calendar.AddProperty("X-WR-CALNAME", calendarName);
        if (zone is not null && entries.Count > 0)
        {
            calendar.AddProperty("X-WR-TIMEZONE", timeZone!);

            // From the earliest talk on, with the zone's past rules: a conference of 2019 in a zone
            // that has changed its rules since is still shown at its own offsets.
            calendar.AddTimeZone(timeZone!, entries.Min(e => e.LocalStart), includeHistoricalData: true);
        }

        var stamp = Stamp(entries, zone);
        foreach (var entry in entries)
        {
            var start = new CalDateTime(DateTime.SpecifyKind(entry.LocalStart, DateTimeKind.Unspecified), zone is null ? null : timeZone);
            var calendarEvent = new CalendarEvent
            {
                Uid = entry.Uid,
                DtStamp = stamp,
                DtStart = start,
                Summary = entry.Title,
                Location = entry.Room,
                Url = new Uri(entry.Url, UriKind.RelativeOrAbsolute),
                Description = entry.Summary,
            };
            if (entry.DurationMinutes is { } minutes)
            {
                calendarEvent.DtEnd = start.Add(Duration.FromMinutes(minutes));
            }

            calendar.Events.Add(calendarEvent);
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }

    /// <summary>
    /// DTSTAMP is required in every VEVENT and is usually the time of writing, which would change the
    /// file on every build. The start of the earliest talk, in UTC, is used instead: fixed for the same
    /// programme. Floating times are taken as UTC for it.
    /// </summary>
    private static CalDateTime? Stamp(IReadOnlyList<CalendarEntry> entries, TimeZoneInfo? zone)
    {
        if (entries.Count == 0)
        {
            return null;
        }

        var earliest = DateTime.SpecifyKind(entries.Min(e => e.LocalStart), DateTimeKind.Unspecified);
        // GetUtcOffset, not ConvertTimeToUtc: a time in the gap of a clock change is no error here.
        var utc = zone is null ? earliest : earliest - zone.GetUtcOffset(earliest);
        return new CalDateTime(DateTime.SpecifyKind(utc, DateTimeKind.Utc), CalDateTime.UtcTzId);
    }
}
