using System.Globalization;
using Recap.Diagnostics;

namespace Recap.Import;

/// <summary>
/// Reads <c>sessionize</c> exports: the API's <c>All</c> view, an object holding
/// <c>sessions</c>, <c>speakers</c>, <c>questions</c>, <c>categories</c> and <c>rooms</c>.
/// Sessions name speakers, category items and rooms by id, resolved against the other lists.
/// Times are wall-clock at the conference with no offset, so they become
/// <see cref="ImportedTalk.LocalStart"/>; the file names neither the conference nor its zone.
/// </summary>
internal sealed class SessionizeReader : IProgrammeReader
{
    private static readonly string[] LocalTimeFormats = ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm"];

    public string Format => "sessionize";

    public Programme Read(string path, string displayPath)
    {
        var root = LenientJson.ParseFile(path, displayPath);
        if (root is not JsonObject export || export["sessions"] is not JsonArray)
        {
            throw new ImportException($"{displayPath}({root.Line},{root.Column}): not a Sessionize export: expected an object with a 'sessions' list (the API's 'All' view)");
        }

        var programme = new Programme { Format = Format };
        var reader = new Reading(programme, displayPath, export);
        reader.ReadSpeakers();
        reader.ReadSessions();
        return programme;
    }

    /// <summary>The <c>All</c> view starts with its <c>sessions</c> list, and every session has <c>startsAt</c> and <c>isServiceSession</c>.</summary>
    public bool Recognises(string path, string head)
    {
        var text = head.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return text.StartsWith('{')
            && text.Contains("\"sessions\"", StringComparison.Ordinal)
            && text.Contains("\"startsAt\"", StringComparison.Ordinal)
            && text.Contains("\"isServiceSession\"", StringComparison.Ordinal);
    }

    /// <summary>One reading of one file: the lists sessions refer to, by id.</summary>
    private sealed class Reading
    {
        private readonly Programme _programme;
        private readonly string _displayPath;
        private readonly JsonObject _export;
        private readonly Dictionary<string, ImportedSpeaker> _speakers = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _rooms = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (string Category, string Item)> _categoryItems = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _questions = new(StringComparer.Ordinal);
        private readonly HashSet<string> _sessionIds = new(StringComparer.Ordinal);

        public Reading(Programme programme, string displayPath, JsonObject export)
        {
            _programme = programme;
            _displayPath = displayPath;
            _export = export;
            foreach (var room in export.Array("rooms").OfType<JsonObject>())
            {
                if (room.String("id") is { } id && room.String("name") is { } name)
                {
                    _rooms[id] = name;
                }
            }

            foreach (var category in export.Array("categories").OfType<JsonObject>())
            {
                var title = category.String("title") ?? string.Empty;
                foreach (var item in category.Array("items").OfType<JsonObject>())
                {
                    if (item.String("id") is { } id && item.String("name") is { } name)
                    {
                        _categoryItems[id] = (title, name);
                    }
                }
            }

            foreach (var question in export.Array("questions").OfType<JsonObject>())
            {
                if (question.String("id") is { } id && question.String("question") is { } text)
                {
                    _questions[id] = text;
                }
            }
        }

        public void ReadSpeakers()
        {
            foreach (var value in _export.Array("speakers"))
            {
                var location = At(value);
                if (value is not JsonObject speaker)
                {
                    Skip(location, "a speaker that is not an object; left out");
                    continue;
                }

                var name = speaker.String("fullName") ?? FullName(speaker.String("firstName"), speaker.String("lastName"));
                var id = speaker.String("id");
                if (id is null)
                {
                    Skip(location, $"speaker '{name}' has no id; left out");
                    continue;
                }

                if (name is null)
                {
                    Skip(location, $"speaker '{id}' has no name; left out");
                    continue;
                }

                if (_speakers.ContainsKey(id))
                {
                    Skip(location, $"speaker id '{id}' appears twice; the second ('{name}') is left out");
                    continue;
                }

                var imported = new ImportedSpeaker
                {
                    SourceId = id,
                    Location = location,
                    Name = name,
                    Bio = speaker.String("bio"),
                    // The tag line is what the speaker writes under their name: a role, often with the company ("Developer Advocate at MongoDB").
                    Role = speaker.String("tagLine"),
                    Photo = speaker.String("profilePicture"),
                };
                foreach (var link in speaker.Array("links").OfType<JsonObject>())
                {
                    if (link.String("url") is { } url)
                    {
                        imported.Links.Add(new ImportedLink(link.String("title") ?? link.String("linkType"), url));
                    }
                }

                foreach (var (question, answer) in Answers(speaker))
                {
                    if (imported.Company is null && Mentions(question, "company", "organisation", "organization", "employer"))
                    {
                        imported.Company = answer;
                    }
                }

                _speakers[id] = imported;
                _programme.Speakers.Add(imported);
            }
        }

        public void ReadSessions()
        {
            DateOnly? first = null, last = null;
            foreach (var value in _export.Array("sessions"))
            {
                var location = At(value);
                if (value is not JsonObject session)
                {
                    Skip(location, "a session that is not an object; left out");
                    continue;
                }

                var title = session.String("title");
                if (session["isServiceSession"] is JsonBoolean { Value: true })
                {
                    _programme.SkippedBreaks++;
                    Extend(StartOf(session), ref first, ref last);
                    continue;
                }

                var id = session.String("id");
                if (id is null)
                {
                    Skip(location, $"session '{title}' has no id; left out");
                    continue;
                }

                if (title is null)
                {
                    Skip(At(session["title"] ?? session), $"session '{id}' has no title; left out");
                    continue;
                }

                if (!_sessionIds.Add(id))
                {
                    Skip(location, $"session id '{id}' appears twice; the second ('{title}') is left out");
                    continue;
                }

                (DateTime Clock, DateTimeOffset? Instant)? start = null;
                if (session.String("startsAt") is { } startsAt)
                {
                    start = ParseTime(startsAt);
                    if (start is null)
                    {
                        Skip(At(session["startsAt"]!), $"session '{title}' starts at '{startsAt}', which is not a time; left out");
                        continue;
                    }
                }

                var talk = new ImportedTalk
                {
                    SourceId = id,
                    Location = location,
                    Title = title,
                    LocalStart = start is { Instant: null } ? start.Value.Clock : null,
                    Start = start?.Instant,
                    Description = session.String("description"),
                    Recording = session.String("recordingUrl"),
                };
                ReadEnd(session, talk, start);
                ReadSpeakers(session, talk);
                if (SessionKinds.IsBreak(talk.Speakers.Count, title, null))
                {
                    _programme.SkippedBreaks++;
                    Extend(start?.Clock, ref first, ref last);
                    continue;
                }

                ReadCategories(session, talk);
                ReadRoom(session, talk);
                ReadAnswers(session, talk);
                if (session.String("liveUrl") is { } live)
                {
                    talk.Links.Add(new ImportedLink("Live stream", live));
                }

                Extend(start?.Clock, ref first, ref last);
                _programme.Talks.Add(talk);
            }

            _programme.Conference.Start = first;
            _programme.Conference.End = last;
        }

        private void ReadEnd(JsonObject session, ImportedTalk talk, (DateTime Clock, DateTimeOffset? Instant)? start)
        {
            if (session.String("endsAt") is not { } endsAt || start is not { } begin)
            {
                return;
            }

            if (ParseTime(endsAt) is not { } end)
            {
                Odd(session["endsAt"]!, $"session '{talk.Title}' ends at '{endsAt}', which is not a time; no duration");
                return;
            }

            var length = begin.Instant is { } from && end.Instant is { } to ? to - from : end.Clock - begin.Clock;
            if (length < TimeSpan.Zero)
            {
                Odd(session["endsAt"]!, $"session '{talk.Title}' ends at {endsAt}, before it starts; no duration");
            }
            else
            {
                talk.DurationMinutes = (int)Math.Round(length.TotalMinutes);
            }
        }

        private void ReadSpeakers(JsonObject session, ImportedTalk talk)
        {
            foreach (var value in session.Array("speakers"))
            {
                // The All view lists ids; the Sessions view lists {id, name}.
                var (id, name) = value is JsonObject person ? (person.String("id"), person.String("name")) : (value.Text?.Trim(), null);
                if (id is not null && _speakers.TryGetValue(id, out var speaker))
                {
                    talk.Speakers.Add(new ImportedPersonRef(id, speaker.Name));
                }
                else if (name is not null)
                {
                    talk.Speakers.Add(new ImportedPersonRef(id, name));
                }
                else
                {
                    Odd(value, $"session '{talk.Title}' names speaker '{id}', who is not in the speakers list; left out");
                }
            }
        }

        private void ReadCategories(JsonObject session, ImportedTalk talk)
        {
            foreach (var value in session.Array("categoryItems"))
            {
                var id = value.Text?.Trim() ?? string.Empty;
                if (!_categoryItems.TryGetValue(id, out var item))
                {
                    Odd(value, $"session '{talk.Title}' has category item '{id}', which is not in the categories list; left out");
                    continue;
                }

                // Categories are the organisers' own lists; their titles say which is the format, the track, the language. Others (level, topic) have no place in a talk.
                if (Mentions(item.Category, "format", "type"))
                {
                    talk.Type ??= item.Item;
                }
                else if (Mentions(item.Category, "track"))
                {
                    talk.Track ??= item.Item;
                }
                else if (Mentions(item.Category, "language"))
                {
                    talk.Language ??= item.Item;
                }
            }
        }

        private void ReadRoom(JsonObject session, ImportedTalk talk)
        {
            if (session.String("roomId") is { } roomId)
            {
                if (_rooms.TryGetValue(roomId, out var room))
                {
                    talk.Room = room;
                }
                else
                {
                    Odd(session["roomId"]!, $"session '{talk.Title}' is in room '{roomId}', which is not in the rooms list; no room");
                }
            }
            else
            {
                talk.Room = session.String("room");
            }
        }

        /// <summary>
        /// Organisers add questions of their own to sessions; a recording or slides often hide in
        /// one ("YouTube Video"). Other answers are kept as links when the question asks for one.
        /// </summary>
        private void ReadAnswers(JsonObject session, ImportedTalk talk)
        {
            foreach (var (question, answer) in Answers(session))
            {
                var isUrl = IsWebAddress(answer);
                if (isUrl && talk.Recording is null && Mentions(question, "video", "recording", "youtube", "vimeo"))
                {
                    talk.Recording = answer;
                }
                else if (isUrl && talk.Slides is null && Mentions(question, "slide"))
                {
                    talk.Slides = answer;
                }
                else if (isUrl || Mentions(question, "link", "url", "website"))
                {
                    talk.Links.Add(new ImportedLink(question, answer));
                }
            }
        }

        /// <summary>Each answered question of a session or speaker, with the question's text.</summary>
        private IEnumerable<(string Question, string Answer)> Answers(JsonObject owner)
        {
            foreach (var answer in owner.Array("questionAnswers").OfType<JsonObject>())
            {
                var text = answer.String("answerValue") ?? answer.String("answer");
                var question = answer.String("question")
                    ?? (answer.String("questionId") is { } id ? _questions.GetValueOrDefault(id) : null);
                if (text is not null && question is not null)
                {
                    yield return (question, text);
                }
            }
        }

        private static DateTime? StartOf(JsonObject session) =>
            session.String("startsAt") is { } startsAt && ParseTime(startsAt) is { } time ? time.Clock : null;

        private static string? FullName(string? first, string? last) =>
            first is null ? last : last is null ? first : $"{first} {last}";

        private static void Extend(DateTime? start, ref DateOnly? first, ref DateOnly? last)
        {
            if (start is not { } time)
            {
                return;
            }

            var date = DateOnly.FromDateTime(time);
            first = first is { } f && f <= date ? f : date;
            last = last is { } l && l >= date ? l : date;
        }

        private SourceLocation At(JsonValue value) => new(_displayPath, value.Line, value.Column);

        private void Skip(SourceLocation location, string message) =>
            _programme.Diagnostics.Warning(DiagnosticCodes.SkippedRecord, location, message);

        private void Odd(JsonValue value, string message) =>
            _programme.Diagnostics.Warning(DiagnosticCodes.ImportedValue, At(value), message);
    }

    /// <summary>
    /// A time as Sessionize writes it: the wall clock at the conference, with no offset. A time
    /// with an offset or 'Z' (not seen in real exports) is also an instant.
    /// </summary>
    private static (DateTime Clock, DateTimeOffset? Instant)? ParseTime(string text)
    {
        if (DateTime.TryParseExact(text, LocalTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return (local, null);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant) ? (instant.DateTime, instant) : null;
    }

    private static bool IsWebAddress(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static bool Mentions(string text, params string[] words) =>
        words.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
}
