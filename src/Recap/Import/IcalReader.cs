using System.Text;
using System.Text.RegularExpressions;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Recap.Diagnostics;

namespace Recap.Import;

/// <summary>
/// Reads <c>ical</c> exports: an iCalendar file with one VEVENT per session (SUMMARY, DTSTART,
/// DTEND or DURATION, LOCATION, CATEGORIES, URL, DESCRIPTION, ATTENDEE).
/// </summary>
/// <remarks>
/// Ical.Net reads each event on its own (see <see cref="IcalSource"/>), so one broken event is left
/// out with its line and the rest is read. Times: UTC becomes <see cref="ImportedTalk.Start"/>; a
/// TZID or a floating time becomes <see cref="ImportedTalk.LocalStart"/>, the wall clock at the
/// conference. A UID that a different event already has gets <c>#2</c>, <c>#3</c>, ... appended, so
/// both talks are kept with ids that stay the same in the next export; the very same event twice is
/// left out.
/// </remarks>
internal sealed partial class IcalReader : IProgrammeReader
{
    public string Format => "ical";

    public bool Recognises(string path, string head)
    {
        ArgumentNullException.ThrowIfNull(head);
        return head.AsSpan().TrimStart('\uFEFF').TrimStart().StartsWith("BEGIN:VCALENDAR", StringComparison.OrdinalIgnoreCase);
    }

    public Programme Read(string path, string displayPath)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(displayPath);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ImportException($"{displayPath}: {ex.Message}");
        }

        var source = IcalSource.Parse(bytes);
        if (source.CalendarLine == 0)
        {
            throw new ImportException($"{displayPath}(1,1): not an iCalendar file: it has no BEGIN:VCALENDAR");
        }

        if (source.Events.Count == 0)
        {
            throw new ImportException($"{displayPath}({source.CalendarLine},1): the calendar has no events (no BEGIN:VEVENT)");
        }

        return new Reading(displayPath, source).Read();
    }

    /// <summary>The state of reading one file.</summary>
    private sealed class Reading(string displayPath, IcalSource source)
    {
        private readonly Programme _programme = new() { Format = "ical" };
        private readonly Dictionary<string, List<(CalendarEvent Event, int Line)>> _byUid = new(StringComparer.Ordinal);
        private readonly HashSet<string> _unknownZones = new(StringComparer.OrdinalIgnoreCase);
        private readonly List<DateOnly> _dates = [];
        private string? _timeZonesText;
        private string? _calendarOwner;

        public Programme Read()
        {
            ReadCalendar();
            var events = source.Events.Select(block => (Block: block, Event: Load(block))).ToList();
            _calendarOwner = CalendarOwner([.. events.Where(e => e.Event is not null).Select(e => e.Event!)]);
            foreach (var (block, calendarEvent) in events)
            {
                if (calendarEvent is not null)
                {
                    ReadEvent(block, calendarEvent);
                }
            }

            if (_dates.Count > 0)
            {
                _programme.Conference.Start = _dates.Min();
                _programme.Conference.End = _dates.Max();
            }

            return _programme;
        }

        /// <summary>The calendar's name (X-WR-CALNAME), page (URL) and time zone (X-WR-TIMEZONE, else its first VTIMEZONE).</summary>
        private void ReadCalendar()
        {
            Calendar? calendar;
            try
            {
                calendar = Calendar.Load(Wrap(source.CalendarLines));
            }
            catch (Exception ex) when (IsReadError(ex))
            {
                Warn(DiagnosticCodes.ImportedValue, source.CalendarLine, $"the calendar's own properties cannot be read ({ex.Message}); its name and time zone are left out");
                return;
            }

            _timeZonesText = source.TimeZoneLines.Count == 0 ? null : Lines(source.TimeZoneLines);
            var conference = _programme.Conference;
            conference.Name = Text(calendar?.Properties["X-WR-CALNAME"]?.Value as string ?? calendar?.Properties["NAME"]?.Value as string);
            conference.Website = Text(calendar?.Properties["URL"]?.Value?.ToString());
            var zone = Text(calendar?.Properties["X-WR-TIMEZONE"]?.Value as string);
            if (zone is not null)
            {
                conference.TimeZone = IanaZone(zone);
                if (conference.TimeZone is null)
                {
                    var line = source.CalendarLines.FirstOrDefault(l => l.Name == "X-WR-TIMEZONE").Number;
                    Warn(DiagnosticCodes.ImportedValue, line, $"the calendar's time zone '{zone}' is not a known time zone; left out");
                }
            }

            conference.TimeZone ??= calendar?.TimeZones.Select(z => z.TzId is null ? null : IanaZone(z.TzId)).FirstOrDefault(z => z is not null);
        }

        /// <summary>The event as Ical.Net reads it, in a calendar of its own with the file's VTIMEZONEs; null (and reported) when it cannot be read.</summary>
        private CalendarEvent? Load(IcalEventBlock block)
        {
            if (!block.Closed)
            {
                Skip(block.Line, $"{Describe(block)} has no END:VEVENT; left out");
                return null;
            }

            try
            {
                var calendar = Calendar.Load(Wrap(block.Lines, _timeZonesText));
                if (calendar?.Events.Count == 1)
                {
                    return calendar.Events[0];
                }

                Skip(block.Line, $"{Describe(block)} cannot be read; left out");
            }
            catch (Exception ex) when (IsReadError(ex))
            {
                Skip(block.Line, $"{Describe(block)} cannot be read ({ex.Message}); left out");
            }

            return null;
        }

        private void ReadEvent(IcalEventBlock block, CalendarEvent calendarEvent)
        {
            var line = block.Line;
            var summary = Text(calendarEvent.Summary);
            if (summary is null)
            {
                Skip(line, "event has no title; left out");
                return;
            }

            var name = $"event '{summary}'";
            var uid = block.Raw("UID") is null ? null : Text(calendarEvent.Uid);
            if (uid is null)
            {
                // Ical.Net makes up a UID when there is none: a new one on every read, so no use as an id.
                Skip(line, $"{name} has no UID; left out");
                return;
            }

            var start = calendarEvent.DtStart;
            if (start is null)
            {
                var raw = block.Raw("DTSTART");
                Skip(line, raw is null ? $"{name} has no start time; left out" : $"{name} has a start time that is not a time ('{raw}'); left out");
                return;
            }

            if (!start.HasTime)
            {
                Skip(line, $"{name} is an all-day event ({start.Date:yyyy-MM-dd}), not a session with a time; left out");
                return;
            }

            var sourceId = SourceId(uid, calendarEvent, line, name);
            if (sourceId is null)
            {
                return;
            }

            var (title, kind, named) = IcalSummary.Split(summary);
            var talk = new ImportedTalk { SourceId = sourceId, Location = Here(line), Title = title };
            SetStart(talk, start, line, name);
            talk.DurationMinutes = Duration(block, calendarEvent, start, line, name);
            talk.Room = Text(calendarEvent.Location);
            talk.Website = Text(calendarEvent.Url?.OriginalString);
            talk.Description = Text(calendarEvent.Description);
            talk.Language = Text(calendarEvent.Properties["SUMMARY"]?.Parameters.Get("LANGUAGE"));
            foreach (var attachment in calendarEvent.Attachments)
            {
                if (Text(attachment.Uri?.OriginalString) is { } target)
                {
                    talk.Links.Add(new ImportedLink(Text(attachment.Parameters.Get("FILENAME")), target));
                }
            }

            foreach (var category in calendarEvent.Categories.Select(Text).OfType<string>())
            {
                if (SessionWord().IsMatch(category))
                {
                    talk.Type ??= category;
                }
                else
                {
                    talk.Track ??= category;
                }
            }

            talk.Type ??= kind;
            AddSpeakers(talk, calendarEvent, named);
            if (calendarEvent.RecurrenceRule is not null)
            {
                Warn(DiagnosticCodes.ImportedValue, line, $"{name} repeats (RRULE); only its first time is imported");
            }

            if (SessionKinds.IsBreak(talk.Speakers.Count, talk.Title, talk.Type))
            {
                _programme.SkippedBreaks++;
                return;
            }

            _programme.Talks.Add(talk);
        }

        /// <summary>
        /// The talk's id: its UID, or UID#2, UID#3, ... for a different event with a UID seen before.
        /// Null (and reported) for the same event a second time.
        /// </summary>
        private string? SourceId(string uid, CalendarEvent calendarEvent, int line, string name)
        {
            if (!_byUid.TryGetValue(uid, out var seen))
            {
                _byUid[uid] = [(calendarEvent, line)];
                return uid;
            }

            foreach (var (earlier, earlierLine) in seen)
            {
                if (earlier.Summary == calendarEvent.Summary && earlier.DtStart == calendarEvent.DtStart && earlier.Location == calendarEvent.Location)
                {
                    Skip(line, $"{name} repeats the event on line {earlierLine}; left out");
                    return null;
                }
            }

            seen.Add((calendarEvent, line));
            var id = $"{uid}#{seen.Count}";
            Warn(DiagnosticCodes.ImportedValue, line, $"{name} has the UID of the event on line {seen[0].Line}; imported with the id '{id}'");
            return id;
        }

        private void SetStart(ImportedTalk talk, CalDateTime start, int line, string name)
        {
            if (start.IsUtc)
            {
                talk.Start = new DateTimeOffset(start.Value.Ticks, TimeSpan.Zero);
                _dates.Add(DateOnly.FromDateTime(InConferenceZone(talk.Start.Value)));
                return;
            }

            talk.LocalStart = DateTime.SpecifyKind(start.Value, DateTimeKind.Unspecified);
            if (start.TzId is { } tzId)
            {
                var zone = IanaZone(tzId);
                if (zone is null || !Known(start))
                {
                    if (_unknownZones.Add(tzId))
                    {
                        Warn(DiagnosticCodes.ImportedValue, line, $"{name} has the unknown time zone '{tzId}'; its time is taken as the conference's local time");
                    }
                }
                else if (_programme.Conference.TimeZone is null)
                {
                    _programme.Conference.TimeZone = zone;
                }
                else if (zone != _programme.Conference.TimeZone)
                {
                    // A file with events in two zones: the wall clock at the conference is the one that counts.
                    talk.LocalStart = InConferenceZone(new DateTimeOffset(start.AsUtc.Ticks, TimeSpan.Zero));
                }
            }

            _dates.Add(DateOnly.FromDateTime(talk.LocalStart.Value));
        }

        /// <summary>DTEND - DTSTART, else DURATION, in minutes; null (and reported when odd) otherwise.</summary>
        private int? Duration(IcalEventBlock block, CalendarEvent calendarEvent, CalDateTime start, int line, string name)
        {
            TimeSpan? length = null;
            if (calendarEvent.DtEnd is { } end)
            {
                length = Known(start) && Known(end) ? end.AsUtc - start.AsUtc : end.Value - start.Value;
            }
            else if (block.Raw("DTEND") is { } rawEnd)
            {
                Warn(DiagnosticCodes.ImportedValue, line, $"{name} has an end that is not a time ('{rawEnd}'); its duration is left out");
                return null;
            }
            else if (calendarEvent.Duration is { } duration)
            {
                length = TimeSpan.FromMinutes(duration.Sign * ((((((duration.Weeks ?? 0) * 7) + (duration.Days ?? 0)) * 24) + (duration.Hours ?? 0)) * 60
                    + (duration.Minutes ?? 0) + ((duration.Seconds ?? 0) / 60.0)));
            }
            else if (block.Raw("DURATION") is { } rawDuration)
            {
                Warn(DiagnosticCodes.ImportedValue, line, $"{name} has a duration that is not a duration ('{rawDuration}'); left out");
                return null;
            }

            if (length is null)
            {
                return null;
            }

            if (length.Value < TimeSpan.Zero)
            {
                Warn(DiagnosticCodes.ImportedValue, line, $"{name} ends before it starts; its duration is left out");
                return null;
            }

            return (int)Math.Round(length.Value.TotalMinutes);
        }

        /// <summary>
        /// ATTENDEEs with a name; else the ORGANIZER, unless they organise every event (then they are
        /// the calendar's owner, not a speaker); else the names the SUMMARY ends with.
        /// </summary>
        private void AddSpeakers(ImportedTalk talk, CalendarEvent calendarEvent, IReadOnlyList<(string Name, string? Company)> named)
        {
            var people = calendarEvent.Attendees.Select(a => Text(a.CommonName)).OfType<string>().ToList();
            if (people.Count == 0 && Text(calendarEvent.Organizer?.CommonName) is { } organizer && organizer != _calendarOwner)
            {
                people.Add(organizer);
            }

            if (people.Count > 0)
            {
                talk.Speakers.AddRange(people.Distinct(StringComparer.Ordinal).Select(p => new ImportedPersonRef(null, p)));
                return;
            }

            foreach (var (person, company) in named)
            {
                if (company is null)
                {
                    talk.Speakers.Add(new ImportedPersonRef(null, person));
                    continue;
                }

                // The only id a name in a SUMMARY has is the name: it links the talk to the company.
                talk.Speakers.Add(new ImportedPersonRef(person, person));
                if (!_programme.Speakers.Exists(s => s.SourceId == person))
                {
                    _programme.Speakers.Add(new ImportedSpeaker { SourceId = person, Location = talk.Location, Name = person, Company = company });
                }
            }
        }

        private static string? CalendarOwner(List<CalendarEvent> events)
        {
            var organizers = events.Select(e => Text(e.Organizer?.CommonName)).Distinct(StringComparer.Ordinal).ToList();
            return events.Count > 1 && organizers.Count == 1 ? organizers[0] : null;
        }

        private DateTime InConferenceZone(DateTimeOffset instant) =>
            _programme.Conference.TimeZone is { } zone && TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var info)
                ? TimeZoneInfo.ConvertTime(instant, info).DateTime
                : instant.UtcDateTime;

        /// <summary>How a message names an event that Ical.Net could not read: by the SUMMARY as the file has it.</summary>
        private static string Describe(IcalEventBlock block) =>
            block.Raw("SUMMARY") is { } summary && !string.IsNullOrWhiteSpace(summary) ? $"event '{summary.Trim()}'" : "event";

        private SourceLocation Here(int line) => new(displayPath, line, 1);

        private void Skip(int line, string message) => Warn(DiagnosticCodes.SkippedRecord, line, message);

        private void Warn(string code, int line, string message) => _programme.Diagnostics.Warning(code, Here(line), message);
    }

    /// <summary>
    /// The IANA id of a TZID: itself when it is one, the IANA id of a Windows id ("W. Europe Standard
    /// Time"), or the IANA id a path-like TZID ends with ("/mozilla.org/20050126_1/Europe/Berlin").
    /// </summary>
    private static string? IanaZone(string tzId)
    {
        var id = tzId.Trim().Trim('"');
        if (TimeZoneInfo.TryConvertWindowsIdToIanaId(id, out var iana))
        {
            return iana;
        }

        if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId)
        {
            return id;
        }

        for (var slash = id.IndexOf('/', StringComparison.Ordinal); slash >= 0; slash = id.IndexOf('/', slash + 1))
        {
            var tail = id[(slash + 1)..];
            if (tail.Contains('/', StringComparison.Ordinal) && TimeZoneInfo.TryFindSystemTimeZoneById(tail, out zone) && zone.HasIanaId)
            {
                return tail;
            }
        }

        return null;
    }

    /// <summary>True when Ical.Net can place the time on the time line (UTC, floating, or a TZID it knows).</summary>
    private static bool Known(CalDateTime time)
    {
        try
        {
            _ = time.AsUtc;
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>
    /// Ical.Net reports a broken line or value with several exception types (SerializationException,
    /// ArgumentException, FormatException, ...), and a file from elsewhere may be broken in any way.
    /// </summary>
    private static bool IsReadError(Exception ex) => ex is not (OutOfMemoryException or StackOverflowException);

    /// <summary>Lines wrapped in a VCALENDAR of their own, with CRLF as Ical.Net expects; the lines are unfolded already.</summary>
    private static string Wrap(IReadOnlyList<IcalLine> lines, string? before = null) =>
        $"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{before}{Lines(lines)}END:VCALENDAR\r\n";

    private static string Lines(IReadOnlyList<IcalLine> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(line.Text).Append("\r\n");
        }

        return text.ToString();
    }

    /// <summary>Trimmed; null when empty.</summary>
    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();


    /// <summary>A CATEGORIES value that says what kind of session it is (a Type) rather than its topic (a Track).</summary>
    [GeneratedRegex(@"\b(?:talks?|workshops?|keynotes?|lightning|panel|tutorials?|demo|presentation|bof|poster|break|lunch|coffee|pause|registration)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SessionWord();
}
