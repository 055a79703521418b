using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Recap.Diagnostics;

namespace Recap.Import;

/// <summary>
/// Reads <c>frab-xml</c> exports: frab's <c>schedule.xml</c> (the c3voc schema, also written by
/// pretalx) and the Pentabarf XML FOSDEM publishes, where events may sit directly under
/// <c>&lt;day&gt;</c>. Times are taken as wall-clock times at the conference: the day's date and the
/// event's <c>&lt;start&gt;</c>, because the offset in <c>&lt;date&gt;</c> is often a wrong <c>+00:00</c>.
/// </summary>
internal sealed partial class FrabXmlReader : IProgrammeReader
{
    public string Format => "frab-xml";

    public Programme Read(string path, string displayPath)
    {
        var schedule = Load(path, displayPath).Root!;
        if (schedule.Name.LocalName != "schedule")
        {
            throw new ImportException($"{At(schedule, displayPath)}: not a frab schedule: the root element is <{schedule.Name.LocalName}>, not <schedule>");
        }

        var programme = new Programme { Format = Format };
        var baseUrl = ReadConference(Child(schedule, "conference"), programme, displayPath);
        var read = new List<(ImportedTalk Talk, int RoomOrder, int Index)>();
        var rooms = new Dictionary<string, int>(StringComparer.Ordinal);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var events = 0;
        foreach (var day in Children(schedule, "day"))
        {
            var schedulingDay = ReadDay(day, programme, displayPath);
            foreach (var (element, roomName) in EventsOf(day))
            {
                events++;
                if (ReadEvent(element, roomName, schedulingDay, baseUrl, programme, displayPath) is not { } talk)
                {
                    continue;
                }

                var line = ((IXmlLineInfo)element).LineNumber;
                if (!ids.TryAdd(talk.SourceId, line))
                {
                    Skip(programme, element, displayPath, $"event '{talk.Title}' has the id '{talk.SourceId}' of the event at line {ids[talk.SourceId]}; left out");
                    continue;
                }

                if (talk.Room is not null)
                {
                    rooms.TryAdd(talk.Room, rooms.Count);
                }

                read.Add((talk, talk.Room is null ? int.MaxValue : rooms[talk.Room], read.Count));
                AddSpeakers(element, programme, displayPath);
            }
        }

        if (events == 0)
        {
            throw new ImportException($"{displayPath}: no events: the schedule has no <event> elements");
        }

        // A room's events are not always in time order (five rooms of 33C3 are not): the programme is, and at the same
        // time the rooms come in the order the export introduces them.
        programme.Talks.AddRange(read.OrderBy(t => t.Talk.LocalStart).ThenBy(t => t.RoomOrder).ThenBy(t => t.Index).Select(t => t.Talk));
        return programme;
    }

    public bool Recognises(string path, string head)
    {
        ArgumentNullException.ThrowIfNull(head);
        return ScheduleRoot().IsMatch(head) && head.Contains("<conference", StringComparison.Ordinal);
    }

    private static XDocument Load(string path, string displayPath)
    {
        // External entities and DTDs are never followed: an export is data from elsewhere. A reference to a character
        // XML forbids (&#x0C; for a form feed pasted into a description) is let through rather than losing the whole file.
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            CheckCharacters = false,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        try
        {
            using var stream = File.OpenRead(path);
            using var reader = XmlReader.Create(stream, settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            var reason = XmlPosition().Replace(ex.Message, string.Empty).TrimEnd('.');
            reason = reason.Length > 0 ? char.ToLowerInvariant(reason[0]) + reason[1..] : reason;
            var place = ex.LineNumber > 0 ? $"{displayPath}({ex.LineNumber},{Math.Max(ex.LinePosition, 1)})" : displayPath;
            throw new ImportException($"{place}: not well-formed XML: {reason}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ImportException($"{displayPath}: cannot be read: {ex.Message}");
        }
    }

    private static string? ReadConference(XElement? conference, Programme programme, string displayPath)
    {
        var baseUrl = Text(conference, "base_url");
        if (conference is null)
        {
            return baseUrl;
        }

        string?[] location = [Text(conference, "venue"), Text(conference, "city")];
        var read = programme.Conference;
        read.Name = Text(conference, "title");
        read.Acronym = Text(conference, "acronym");
        read.Start = ConferenceDate(conference, "start", programme, displayPath);
        read.End = ConferenceDate(conference, "end", programme, displayPath);
        read.Location = location.Any(l => l is not null) ? string.Join(", ", location.OfType<string>()) : null;
        read.Website = Text(conference, "url") ?? baseUrl;
        read.TimeZone = Text(conference, "time_zone_name");
        return baseUrl;
    }

    private static DateOnly? ConferenceDate(XElement conference, string name, Programme programme, string displayPath)
    {
        var element = Child(conference, name);
        if (Text(element) is not { } text)
        {
            return null;
        }

        var date = DatePart(text);
        if (date is null)
        {
            Warn(programme, element!, displayPath, DiagnosticCodes.ImportedValue, $"conference {name} '{text}' is not a date; left out");
        }

        return date;
    }

    /// <summary>What an event needs from its day: the calendar date and the wall-clock time the day starts at.</summary>
    private readonly record struct SchedulingDay(DateOnly? Date, TimeSpan? Start);

    private static SchedulingDay ReadDay(XElement day, Programme programme, string displayPath)
    {
        var dateText = Attribute(day, "date");
        var startText = Attribute(day, "start");
        var date = dateText is null ? null : DatePart(dateText);
        if (dateText is not null && date is null)
        {
            Warn(programme, day, displayPath, DiagnosticCodes.ImportedValue, $"day date '{dateText}' is not a date; each event's own <date> is used");
        }

        var start = startText is null ? null : WallClock(startText);
        return new SchedulingDay(date ?? (startText is null ? null : DatePart(startText)), start?.Time);
    }

    /// <summary>frab puts events in <c>&lt;room&gt;</c> elements of a day; FOSDEM's Pentabarf XML may put them straight under the day.</summary>
    private static IEnumerable<(XElement Event, string? Room)> EventsOf(XElement day)
    {
        foreach (var child in day.Elements())
        {
            if (child.Name.LocalName == "event")
            {
                yield return (child, null);
            }
            else if (child.Name.LocalName == "room")
            {
                var room = Attribute(child, "name");
                foreach (var element in Children(child, "event"))
                {
                    yield return (element, room);
                }
            }
        }
    }

    private static ImportedTalk? ReadEvent(XElement element, string? roomName, SchedulingDay day, string? baseUrl, Programme programme, string displayPath)
    {
        var id = Attribute(element, "guid") ?? Attribute(element, "id") ?? Attribute(element, "code");
        var title = Text(element, "title");
        if (title is null)
        {
            Skip(programme, element, displayPath, id is null ? "event with no title and no id; left out" : $"event '{id}' has no title; left out");
            return null;
        }

        var speakers = Persons(element, title, programme, displayPath);
        var type = Text(element, "type");
        if (SessionKinds.IsBreak(speakers.Count, title, type))
        {
            programme.SkippedBreaks++;
            return null;
        }

        if (id is null)
        {
            Skip(programme, element, displayPath, $"event '{title}' has no guid or id; left out");
            return null;
        }

        var startText = Text(element, "start");
        if (startText is null)
        {
            Skip(programme, element, displayPath, $"event '{title}' has no start time; left out");
            return null;
        }

        if (StartTime().Match(startText) is not { Success: true } start)
        {
            Skip(programme, Child(element, "start")!, displayPath, $"event '{title}' has a start time that is not a time ('{startText}'); left out");
            return null;
        }

        var eventDate = Text(element, "date") is { } dateText ? WallClock(dateText) : null;
        var time = new TimeSpan(Number(start, 1), Number(start, 2), start.Groups[3].Success ? Number(start, 3) : 0);
        if (LocalDate(day, eventDate, time) is not { } date)
        {
            Skip(programme, element, displayPath, $"event '{title}' has no date (neither its day nor its <date> gives one); left out");
            return null;
        }

        var talk = new ImportedTalk
        {
            SourceId = id,
            Location = At(element, displayPath),
            Title = title,
            Subtitle = Text(element, "subtitle"),
            LocalStart = date.ToDateTime(TimeOnly.MinValue) + time,
            DurationMinutes = Duration(element, title, programme, displayPath),
            Room = Text(element, "room") ?? roomName,
            Track = Text(element, "track"),
            Type = type,
            Language = Text(element, "language"),
            Abstract = FirstText(element, "abstract"),
            Description = FirstText(element, "description"),
            Website = Resolve(Text(element, "url"), baseUrl),
        };
        talk.Speakers.AddRange(speakers);
        ReadLinks(element, talk, programme, displayPath);
        return talk;
    }

    /// <summary>
    /// The calendar date of an event. frab lists a talk at 00:30 under the day before; it is moved to
    /// its own date when the event's <c>&lt;date&gt;</c> gives that date as wall-clock time, or when it
    /// starts before its day does.
    /// </summary>
    private static DateOnly? LocalDate(SchedulingDay day, (DateOnly Date, TimeSpan? Time)? eventDate, TimeSpan start)
    {
        var date = day.Date ?? eventDate?.Date;
        if (date is not { } result)
        {
            return null;
        }

        // A <date> whose clock differs from <start> is in another zone (UTC), and its calendar date says nothing about the local one.
        if (eventDate is { Time: { } clock } && clock.Hours == start.Hours && clock.Minutes == start.Minutes && eventDate.Value.Date > result)
        {
            return eventDate.Value.Date;
        }

        return day.Start is { } dayStart && start < dayStart ? result.AddDays(1) : result;
    }

    private static int? Duration(XElement element, string title, Programme programme, string displayPath)
    {
        var text = Text(element, "duration");
        if (text is null)
        {
            return null;
        }

        if (DurationTime().Match(text) is { Success: true } match)
        {
            return (Number(match, 1) * 60) + Number(match, 2);
        }

        Warn(programme, Child(element, "duration")!, displayPath, DiagnosticCodes.ImportedValue, $"event '{title}' has a duration that is not a duration ('{text}'); left without one");
        return null;
    }

    private static List<ImportedPersonRef> Persons(XElement element, string title, Programme programme, string displayPath)
    {
        var persons = new List<ImportedPersonRef>();
        foreach (var person in Children(Child(element, "persons"), "person"))
        {
            if (Text(person) is not { } name)
            {
                Warn(programme, person, displayPath, DiagnosticCodes.ImportedValue, $"event '{title}' names a person with no name; left out");
                continue;
            }

            persons.Add(new ImportedPersonRef(PersonId(person), name));
        }

        return persons;
    }

    private static string? PersonId(XElement person) => Attribute(person, "id") ?? Attribute(person, "guid");

    /// <summary>The XML names each person with an id and a name only; each becomes a speaker the first time they appear.</summary>
    private static void AddSpeakers(XElement element, Programme programme, string displayPath)
    {
        foreach (var person in Children(Child(element, "persons"), "person"))
        {
            if (PersonId(person) is { } id && Text(person) is { } name && !programme.Speakers.Exists(s => s.SourceId == id))
            {
                programme.Speakers.Add(new ImportedSpeaker { SourceId = id, Name = name, Location = At(person, displayPath) });
            }
        }
    }

    private static void ReadLinks(XElement element, ImportedTalk talk, Programme programme, string displayPath)
    {
        var recording = Child(element, "recording");
        talk.Recording = Text(recording, "url") ?? Text(recording, "link") ?? Text(element, "video_download_url");
        var links = element.Elements()
            .Where(e => e.Name.LocalName is "links" or "attachments")
            .SelectMany(e => e.Elements().Where(l => l.Name.LocalName is "link" or "attachment"));
        foreach (var link in links)
        {
            var title = Text(link);
            if (Attribute(link, "href") is not { } target)
            {
                Warn(programme, link, displayPath, DiagnosticCodes.ImportedValue, $"event '{talk.Title}' has a {link.Name.LocalName} with no href ('{title}'); left out");
                continue;
            }

            talk.Links.Add(new ImportedLink(title, target));
            var isAttachment = link.Name.LocalName == "attachment";
            if (talk.Recording is null && !isAttachment && IsRecording(title, target))
            {
                talk.Recording = target;
            }

            if (talk.Slides is null && (isAttachment ? IsSlidesAttachment(link, title, target) : title is not null && SlidesLinkTitle().IsMatch(title)))
            {
                talk.Slides = target;
            }
        }
    }

    private static readonly string[] VideoExtensions = [".mp4", ".webm", ".mkv", ".ogv"];

    private static readonly string[] ImageExtensions = [".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp"];

    /// <summary>
    /// FOSDEM links its recordings as "Video recording (WebM/AV1)" and "Video recording (MP4)"; other links to video files
    /// are taken as recordings too. Attachments never are: speakers upload example clips, not the recording of their talk.
    /// </summary>
    private static bool IsRecording(string? title, string target) =>
        (title is not null && title.StartsWith("video recording", StringComparison.OrdinalIgnoreCase)) || HasExtension(target, VideoExtensions);

    /// <summary>An uploaded file is the talk's slides when FOSDEM types it so (it also types logos and screenshots so) or frab's title says so ("PDF slides").</summary>
    private static bool IsSlidesAttachment(XElement attachment, string? title, string target) =>
        Attribute(attachment, "type") == "slides" ? !HasExtension(target, ImageExtensions) : title is not null && SlidesWord().IsMatch(title);

    private static bool HasExtension(string target, string[] extensions)
    {
        var end = target.IndexOfAny(['?', '#']);
        var path = end < 0 ? target : target[..end];
        return extensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>An event's <c>&lt;url&gt;</c> may be relative to the conference's <c>&lt;base_url&gt;</c>.</summary>
    private static string? Resolve(string? url, string? baseUrl) =>
        url is not null && baseUrl is not null && !Uri.IsWellFormedUriString(url, UriKind.Absolute)
            && Uri.TryCreate(baseUrl, UriKind.Absolute, out var root) && Uri.TryCreate(root, url, out var resolved)
            ? resolved.ToString()
            : url;

    /// <summary>The date and (when given) wall-clock time written in a frab date-time, whatever offset it claims.</summary>
    private static (DateOnly Date, TimeSpan? Time)? WallClock(string text)
    {
        var match = DateTimeText().Match(text);
        if (!match.Success || !DateOnly.TryParseExact(match.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return null;
        }

        return (date, match.Groups[2].Success ? new TimeSpan(Number(match, 2), Number(match, 3), 0) : null);
    }

    private static DateOnly? DatePart(string text) => WallClock(text)?.Date;

    private static int Number(Match match, int group) => int.Parse(match.Groups[group].ValueSpan, CultureInfo.InvariantCulture);

    private static XElement? Child(XElement? parent, string name) => parent?.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    private static IEnumerable<XElement> Children(XElement? parent, string name) =>
        parent?.Elements().Where(e => e.Name.LocalName == name) ?? [];

    private static string? Attribute(XElement element, string name) =>
        element.Attributes().FirstOrDefault(a => a.Name.LocalName == name)?.Value.Trim() is { Length: > 0 } value ? value : null;

    private static string? Text(XElement? parent, string name) => Text(Child(parent, name));

    /// <summary>Some events carry an element twice (two <c>&lt;abstract/&gt;</c>, one empty): the first with text counts.</summary>
    private static string? FirstText(XElement element, string name) => Children(element, name).Select(Text).FirstOrDefault(t => t is not null);

    /// <summary>The text of an element, trimmed; HTML written as elements rather than escaped is kept as markup.</summary>
    private static string? Text(XElement? element)
    {
        if (element is null)
        {
            return null;
        }

        var text = element.HasElements ? string.Concat(element.Nodes()) : element.Value;
        return text.Trim() is { Length: > 0 } trimmed ? trimmed : null;
    }

    private static SourceLocation At(XElement element, string displayPath)
    {
        // XmlReader places an element at its name; messages point at its '<'.
        var info = (IXmlLineInfo)element;
        return new SourceLocation(displayPath, info.LineNumber, Math.Max(info.LinePosition - 1, 1));
    }

    private static void Skip(Programme programme, XElement element, string displayPath, string message) =>
        Warn(programme, element, displayPath, DiagnosticCodes.SkippedRecord, message);

    private static void Warn(Programme programme, XElement element, string displayPath, string code, string message) =>
        programme.Diagnostics.Warning(code, At(element, displayPath), message);

    [GeneratedRegex(@"\A\uFEFF?\s*(<\?xml[^>]*\?>\s*)?(<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*<schedule[\s>]", RegexOptions.Singleline)]
    private static partial Regex ScheduleRoot();

    [GeneratedRegex(@"\s*Line \d+, position \d+\.\s*\z")]
    private static partial Regex XmlPosition();

    [GeneratedRegex(@"\A([01]?[0-9]|2[0-3]):([0-5][0-9])(?::([0-5][0-9]))?\z")]
    private static partial Regex StartTime();

    [GeneratedRegex(@"\A([0-9]{1,3}):([0-5][0-9])(?::([0-5][0-9]))?\z")]
    private static partial Regex DurationTime();

    [GeneratedRegex(@"\A([0-9]{4}-[0-9]{2}-[0-9]{2})(?:[T ]([01][0-9]|2[0-3]):([0-5][0-9]))?")]
    private static partial Regex DateTimeText();

    /// <summary>A link is the talk's slides when its title starts so ("Slides", "Talk slides"); "Slides from my DEF CON talk" is a risk taken.</summary>
    [GeneratedRegex(@"\A(talk\s+)?slides\b", RegexOptions.IgnoreCase)]
    private static partial Regex SlidesLinkTitle();

    [GeneratedRegex(@"\b(slides|folien)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SlidesWord();
}
