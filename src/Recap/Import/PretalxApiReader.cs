using System.Globalization;
using System.Text.RegularExpressions;
using Recap.Diagnostics;

namespace Recap.Import;

/// <summary>
/// Reads <c>pretalx-api</c>: the talks (or submissions) of pretalx's REST API as JSON, either one
/// page (<c>{"count", "next", "previous", "results": [...]}</c>) or its <c>results</c> list alone.
/// The file names no conference: the author names it on the command line.
/// </summary>
internal sealed partial class PretalxApiReader : IProgrammeReader
{
    /// <summary>States of submissions that did not or will not take place.</summary>
    private static readonly HashSet<string> GoneStates = new(StringComparer.OrdinalIgnoreCase) { "withdrawn", "rejected", "canceled", "cancelled", "deleted" };

    public string Format => "pretalx-api";

    public Programme Read(string path, string displayPath)
    {
        var root = LenientJson.ParseFile(path, displayPath);
        var programme = new Programme { Format = Format };
        var reading = new Reading(programme, displayPath);
        IReadOnlyList<JsonValue> talks = root switch
        {
            JsonArray list => list.Items,
            JsonObject page when page["results"] is JsonArray results => results.Items,
            _ => throw new ImportException($"{displayPath}({root.Line},{root.Column}): neither a list of talks nor an object with 'results': not a pretalx API export"),
        };
        if (root is JsonObject { } paged && paged.String("next") is { } next)
        {
            programme.Diagnostics.Warning(
                DiagnosticCodes.ImportedValue,
                new SourceLocation(displayPath, paged["next"]!.Line, paged["next"]!.Column),
                $"the file is one page of the answer; the talks at '{next}' are not read");
        }

        foreach (var talk in talks)
        {
            reading.ReadTalk(talk);
        }

        var days = programme.Talks
            .Select(t => t.Start is { } start ? DateOnly.FromDateTime(start.DateTime) : t.LocalStart is { } local ? DateOnly.FromDateTime(local) : (DateOnly?)null)
            .OfType<DateOnly>()
            .ToList();
        if (days.Count > 0)
        {
            programme.Conference.Start = days.Min();
            programme.Conference.End = days.Max();
        }

        return programme;
    }

    public bool Recognises(string path, string head) =>
        CodeKey().IsMatch(head) && SpeakersKey().IsMatch(head) && SubmissionKey().IsMatch(head);

    /// <summary>
    /// A field pretalx gives as plain text in one record and per language (<c>{"en": "..."}</c>) in
    /// another: English, else the first language given. An object with a <c>name</c> (an expanded
    /// track or type) is read by its name.
    /// </summary>
    private static string? Multilingual(JsonValue? value) => value switch
    {
        JsonString text => text.Value.Trim() is { Length: > 0 } trimmed ? trimmed : null,
        JsonObject obj when obj["name"] is { } name => Multilingual(name),
        JsonObject obj => Multilingual(obj["en"]) ?? obj.Members.Select(m => Multilingual(m.Value)).FirstOrDefault(t => t is not null),
        _ => null,
    };

    [GeneratedRegex(@"(?<!\\)""code""\s*:\s*""")]
    private static partial Regex CodeKey();

    [GeneratedRegex(@"(?<!\\)""speakers""\s*:\s*\[")]
    private static partial Regex SpeakersKey();

    [GeneratedRegex(@"(?<!\\)""(submission_type|slot|state)""\s*:")]
    private static partial Regex SubmissionKey();

    /// <summary>A time that names its offset: <c>Z</c> or <c>+02:00</c> at the end.</summary>
    [GeneratedRegex(@"(Z|[+-]\d\d:?\d\d)$", RegexOptions.IgnoreCase)]
    private static partial Regex OffsetAtEnd();

    /// <summary>One file being read: where the findings go, and the speakers seen so far.</summary>
    private sealed class Reading(Programme programme, string displayPath)
    {
        private readonly Dictionary<string, ImportedSpeaker> _speakers = new(StringComparer.Ordinal);

        public void ReadTalk(JsonValue value)
        {
            if (value is not JsonObject t)
            {
                Warn(DiagnosticCodes.SkippedRecord, value, "an entry that is not an object; left out");
                return;
            }

            var code = t.String("code");
            var title = Multilingual(t["title"]);
            if (title is null)
            {
                Warn(DiagnosticCodes.SkippedRecord, t, code is null ? "a talk has no title; left out" : $"talk {code} has no title; left out");
                return;
            }

            if (code is null)
            {
                Warn(DiagnosticCodes.SkippedRecord, t, $"talk '{title}' has no code; left out");
                return;
            }

            if (t.String("state") is { } state && GoneStates.Contains(state))
            {
                Warn(DiagnosticCodes.SkippedRecord, t["state"]!, $"talk '{title}' is {state}; left out");
                return;
            }

            var speakers = t.Array("speakers");
            var type = Multilingual(t["submission_type"]);
            if (SessionKinds.IsBreak(speakers.Count, title, type))
            {
                programme.SkippedBreaks++;
                return;
            }

            var slot = t.Object("slot");
            if (!TryStart(slot, title, out var start, out var localStart))
            {
                return;
            }

            var talk = new ImportedTalk
            {
                SourceId = code,
                Location = At(t),
                Title = title,
                Start = start,
                LocalStart = localStart,
                DurationMinutes = Duration(t, title) ?? SlotMinutes(slot, start),
                Room = Multilingual(slot?["room"]),
                Track = Multilingual(t["track"]),
                Type = type,
                Language = t.String("content_locale"),
                Abstract = Multilingual(t["abstract"]),
                Description = Multilingual(t["description"]),
                Recording = t["recording"] is JsonObject recording ? recording.String("url") : t.String("recording"),
                Website = t.String("url"),
            };
            foreach (var speaker in speakers)
            {
                if (Speaker(speaker, title) is { } reference)
                {
                    talk.Speakers.Add(reference);
                }
            }

            foreach (var resource in t.Array("resources").OfType<JsonObject>())
            {
                if (resource.String("resource") is { } target)
                {
                    talk.Links.Add(new ImportedLink(Multilingual(resource["description"]), target));
                }
            }

            talk.Slides = talk.Links.FirstOrDefault(l => SessionKinds.IsSlides(l.Title))?.Target;
            programme.Talks.Add(talk);
        }

        /// <summary>The slot's start: an instant when it names its offset (the API gives UTC), else wall-clock time. No slot is no time, not an error: the talk is not scheduled yet.</summary>
        private bool TryStart(JsonObject? slot, string title, out DateTimeOffset? start, out DateTime? localStart)
        {
            start = null;
            localStart = null;
            if (slot?.String("start") is not { } text)
            {
                return true;
            }

            if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) || !text.Contains('T', StringComparison.Ordinal))
            {
                Warn(DiagnosticCodes.SkippedRecord, slot["start"]!, $"talk '{title}' has start '{text}' that is not a time; left out");
                return false;
            }

            if (OffsetAtEnd().IsMatch(text))
            {
                start = time;
            }
            else
            {
                localStart = time.DateTime;
            }

            return true;
        }

        private int? Duration(JsonObject t, string title)
        {
            var value = t["duration"];
            if (value is null or JsonNull)
            {
                return null;
            }

            if (value.Text is { } text && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var minutes) && minutes is >= 0 and < 100_000)
            {
                return (int)Math.Round(minutes);
            }

            Warn(DiagnosticCodes.ImportedValue, value, $"talk '{title}' has duration '{value.Text}' that is not a number of minutes; left empty");
            return null;
        }

        private static int? SlotMinutes(JsonObject? slot, DateTimeOffset? start) =>
            start is { } from
            && DateTimeOffset.TryParse(slot?.String("end"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var to)
            && to > from
                ? (int)Math.Round((to - from).TotalMinutes)
                : null;

        /// <summary>A speaker of a talk as a reference, and as a speaker the first time their code is seen.</summary>
        private ImportedPersonRef? Speaker(JsonValue value, string title)
        {
            if (value is JsonString code)
            {
                Warn(DiagnosticCodes.ImportedValue, value, $"speaker {code.Value} of talk '{title}' is a code without a name; left out");
                return null;
            }

            var person = value as JsonObject;
            var name = person?.String("name");
            if (person is null || name is null)
            {
                Warn(DiagnosticCodes.ImportedValue, value, $"a speaker of talk '{title}' has no name; left out");
                return null;
            }

            var id = person.String("code");
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

            speaker.Bio ??= Multilingual(person["biography"]);
            speaker.Photo ??= person.String("avatar");
            return new ImportedPersonRef(id, name);
        }

        private void Warn(string code, JsonValue at, string message) => programme.Diagnostics.Warning(code, At(at), message);

        private SourceLocation At(JsonValue value) => new(displayPath, value.Line, value.Column);
    }
}
