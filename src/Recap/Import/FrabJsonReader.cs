using System.Globalization;
using System.Text.RegularExpressions;
using Recap.Diagnostics;

namespace Recap.Import;

/// <summary>
/// Reads <c>frab-json</c>: frab's <c>schedule.json</c> (1.0 and the early, not quite JSON files)
/// and pretalx's frab-compatible export (1.3): <c>schedule.conference.days[].rooms{name: [events]}</c>.
/// </summary>
internal sealed partial class FrabJsonReader : IProgrammeReader
{
    /// <summary>
    /// Without an event <c>date</c> or a day's <c>day_start</c>, a start before this belongs to the
    /// next calendar day: frab lists talks after midnight under the day before, and no conference
    /// day starts this early.
    /// </summary>
    private static readonly TimeOnly DefaultDayChange = new(6, 0);

    public string Format => "frab-json";

    public Programme Read(string path, string displayPath)
    {
        var root = LenientJson.ParseFile(path, displayPath);
        var schedule = (root as JsonObject)?.Object("schedule")
            ?? throw new ImportException($"{displayPath}({root.Line},{root.Column}): no 'schedule' object: not a frab schedule.json");
        var conference = schedule.Object("conference")
            ?? throw new ImportException($"{displayPath}({schedule.Line},{schedule.Column}): 'schedule' has no 'conference' object: not a frab schedule.json");
        if (conference["days"] is not JsonArray days)
        {
            throw new ImportException($"{displayPath}({conference.Line},{conference.Column}): 'conference' has no 'days' list: not a frab schedule.json");
        }

        var programme = new Programme { Format = Format };
        var reading = new Reading(programme, displayPath);
        reading.ReportDuplicateKeys(root);
        ReadConference(programme.Conference, schedule, conference);
        foreach (var day in days.Items)
        {
            reading.ReadDay(day);
        }

        programme.Conference.Start ??= reading.FirstDay;
        programme.Conference.End ??= reading.LastDay;
        return programme;
    }

    public bool Recognises(string path, string head) => ScheduleStart().IsMatch(head) && ConferenceStart().IsMatch(head) && DaysList().IsMatch(head);

    private static void ReadConference(ImportedConference into, JsonObject schedule, JsonObject conference)
    {
        into.Name = conference.String("title");
        into.Acronym = conference.String("acronym");
        into.Start = Date(conference.String("start"));
        into.End = Date(conference.String("end"));
        into.TimeZone = conference.String("time_zone_name");
        into.Website = conference.String("url") ?? schedule.String("base_url");
    }

    /// <summary>The date at the start of <paramref name="text"/>: "2018-08-25" and "2018-08-25T09:30:00+02:00" alike.</summary>
    private static DateOnly? Date(string? text) =>
        text is { Length: >= 10 } && DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    [GeneratedRegex(@"(?<!\\)""schedule""\s*:\s*\{")]
    private static partial Regex ScheduleStart();

    [GeneratedRegex(@"(?<!\\)""conference""\s*:\s*\{")]
    private static partial Regex ConferenceStart();

    /// <summary>The list of days, not the schema of one (<c>"days": {"type": "array"}</c>).</summary>
    [GeneratedRegex(@"(?<!\\)""days""\s*:\s*\[")]
    private static partial Regex DaysList();

    /// <summary>"00:30", "4:30", "01:00:00" as hours and minutes.</summary>
    [GeneratedRegex(@"^(\d{1,3}):([0-5]\d)(?::[0-5]\d)?$")]
    private static partial Regex HoursAndMinutes();

    /// <summary>One file being read: where the findings go, and the days seen.</summary>
    private sealed class Reading(Programme programme, string displayPath)
    {
        private readonly Dictionary<string, ImportedSpeaker> _speakers = new(StringComparer.Ordinal);

        public DateOnly? FirstDay { get; private set; }

        public DateOnly? LastDay { get; private set; }

        /// <summary>Early frab files repeat keys ("days": "3" and then the list): the last is read, and each is named.</summary>
        public void ReportDuplicateKeys(JsonValue value)
        {
            switch (value)
            {
                case JsonObject obj:
                    foreach (var key in obj.DuplicateKeys.Distinct(StringComparer.Ordinal))
                    {
                        Warn(DiagnosticCodes.ImportedValue, obj[key]!, $"key '{key}' is given more than once; the last one is read");
                    }

                    foreach (var (_, member) in obj.Members)
                    {
                        ReportDuplicateKeys(member);
                    }

                    break;
                case JsonArray array:
                    foreach (var item in array.Items)
                    {
                        ReportDuplicateKeys(item);
                    }

                    break;
            }
        }

        public void ReadDay(JsonValue value)
        {
            if (value is not JsonObject day)
            {
                Warn(DiagnosticCodes.SkippedRecord, value, "a day that is not an object; left out");
                return;
            }

            var date = Date(day.String("date"));
            if (date is { } d)
            {
                FirstDay = FirstDay is { } first && first < d ? first : d;
                LastDay = LastDay is { } last && last > d ? last : d;
            }

            var dayChange = DateTimeOffset.TryParse(day.String("day_start"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dayStart)
                ? TimeOnly.FromTimeSpan(dayStart.TimeOfDay)
                : DefaultDayChange;
            foreach (var (roomName, events) in day.Object("rooms")?.Members ?? [])
            {
                if (events is not JsonArray list)
                {
                    Warn(DiagnosticCodes.SkippedRecord, events, $"room '{roomName}' does not hold a list of events; left out");
                    continue;
                }

                foreach (var item in list.Items)
                {
                    ReadEvent(item, roomName, date, dayChange);
                }
            }
        }

        private void ReadEvent(JsonValue value, string roomName, DateOnly? day, TimeOnly dayChange)
        {
            if (value is not JsonObject e)
            {
                Warn(DiagnosticCodes.SkippedRecord, value, $"an event in room '{roomName}' is not an object; left out");
                return;
            }

            var id = e.String("guid") ?? e.String("id");
            var title = e.String("title");
            if (title is null)
            {
                Warn(DiagnosticCodes.SkippedRecord, e, id is null ? "an event has no title; left out" : $"event {id} has no title; left out");
                return;
            }

            if (id is null)
            {
                Warn(DiagnosticCodes.SkippedRecord, e, $"event '{title}' has no id; left out");
                return;
            }

            var persons = e.Array("persons");
            var type = e.String("type");
            if (SessionKinds.IsBreak(persons.Count, title, type))
            {
                programme.SkippedBreaks++;
                return;
            }

            if (!TryStart(e, title, day, dayChange, out var localStart, out var start))
            {
                return;
            }

            var talk = new ImportedTalk
            {
                SourceId = id,
                Location = At(e),
                Title = title,
                Subtitle = e.String("subtitle"),
                LocalStart = localStart,
                Start = start,
                DurationMinutes = Duration(e, title),
                Room = e.String("room") ?? NullIfEmpty(roomName),
                Track = e.String("track"),
                Type = type,
                Language = e.String("language"),
                Abstract = e.String("abstract"),
                Description = e.String("description"),
                Website = e.String("url"),
            };
            foreach (var person in persons)
            {
                if (Person(person, title) is { } reference)
                {
                    talk.Speakers.Add(reference);
                }
            }

            // frab keeps uploaded files apart from links; both are links of the talk here.
            talk.Links.AddRange(Links(e.Array("links")));
            talk.Links.AddRange(Links(e.Array("attachments")));
            talk.Slides = talk.Links.FirstOrDefault(l => SessionKinds.IsSlides(l.Title))?.Target;
            programme.Talks.Add(talk);
        }

        /// <summary>
        /// The start from <c>date</c> (its wall-clock, which is the conference's; and the instant when
        /// the offset is not the +00:00 some exports put on local times), else from the day and <c>start</c>.
        /// </summary>
        private bool TryStart(JsonObject e, string title, DateOnly? day, TimeOnly dayChange, out DateTime? localStart, out DateTimeOffset? start)
        {
            localStart = null;
            start = null;
            if (e.String("date") is { } dateText)
            {
                if (!DateTimeOffset.TryParse(dateText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) || !dateText.Contains('T', StringComparison.Ordinal))
                {
                    Warn(DiagnosticCodes.SkippedRecord, e["date"]!, $"event '{title}' has date '{dateText}' that is not a date and time; left out");
                    return false;
                }

                localStart = date.DateTime;
                start = date.Offset == TimeSpan.Zero ? null : date;
                return true;
            }

            var startText = e.String("start");
            if (startText is null || day is null)
            {
                Warn(DiagnosticCodes.SkippedRecord, e, $"event '{title}' has no start time; left out");
                return false;
            }

            if (!TimeOnly.TryParseExact(startText, ["H:mm", "H:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            {
                Warn(DiagnosticCodes.SkippedRecord, e["start"]!, $"event '{title}' has start '{startText}' that is not a time; left out");
                return false;
            }

            var calendarDay = time < dayChange ? day.Value.AddDays(1) : day.Value;
            localStart = calendarDay.ToDateTime(time);
            return true;
        }

        private int? Duration(JsonObject e, string title)
        {
            var text = e.String("duration");
            if (text is null)
            {
                return null;
            }

            var match = HoursAndMinutes().Match(text);
            if (!match.Success)
            {
                Warn(DiagnosticCodes.ImportedValue, e["duration"]!, $"event '{title}' has duration '{text}' that is not HH:MM; left empty");
                return null;
            }

            return (int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture) * 60) + int.Parse(match.Groups[2].ValueSpan, CultureInfo.InvariantCulture);
        }

        /// <summary>A person of an event as a reference, and as a speaker the first time they are seen.</summary>
        private ImportedPersonRef? Person(JsonValue value, string title)
        {
            var person = value as JsonObject;
            var name = person?.String("public_name") ?? person?.String("full_public_name") ?? person?.String("name");
            if (person is null || name is null)
            {
                Warn(DiagnosticCodes.ImportedValue, value, $"a person of event '{title}' has no name; left out");
                return null;
            }

            // pretalx gives both: its code is the id the pretalx API uses for the same person.
            var id = person.String("code") ?? person.String("id");
            if (id is null)
            {
                return new ImportedPersonRef(null, name);
            }

            if (!_speakers.TryGetValue(id, out var speaker))
            {
                speaker = new ImportedSpeaker { SourceId = id, Location = At(person), Name = name };
                _speakers.Add(id, speaker);
                programme.Speakers.Add(speaker);
            }

            speaker.Bio ??= person.String("biography");
            speaker.Photo ??= person.String("avatar") ?? person.String("image");
            if (speaker.Links.Count == 0)
            {
                speaker.Links.AddRange(Links(person.Array("links")));
            }

            return new ImportedPersonRef(id, name);
        }

        private static IEnumerable<ImportedLink> Links(IReadOnlyList<JsonValue> values) =>
            values.OfType<JsonObject>()
                .Where(l => l.String("url") is not null)
                .Select(l => new ImportedLink(l.String("title"), l.String("url")!));

        private void Warn(string code, JsonValue at, string message) => programme.Diagnostics.Warning(code, At(at), message);

        private SourceLocation At(JsonValue value) => new(displayPath, value.Line, value.Column);

        private static string? NullIfEmpty(string text) => text.Trim() is { Length: > 0 } trimmed ? trimmed : null;
    }
}
