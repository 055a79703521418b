using Recap.Diagnostics;

namespace Recap.Import;

/// <summary>
/// What one export says about a conference, read by an <see cref="IProgrammeReader"/> and not yet
/// turned into files. Text is as the export gives it (HTML stays HTML); <see cref="ProgrammeWriter"/>
/// cleans it, maps it to front matter and merges it with what the author already has.
/// </summary>
public sealed class Programme
{
    /// <summary>The format's name on the command line: <c>frab-json</c>, <c>sessionize</c>, ...</summary>
    public required string Format { get; init; }

    public ImportedConference Conference { get; init; } = new();

    /// <summary>The sessions that are talks, in the order the export lists them.</summary>
    public List<ImportedTalk> Talks { get; } = [];

    /// <summary>
    /// The people the export describes (bio, company, photo), by <see cref="ImportedSpeaker.SourceId"/>.
    /// A talk may name a person who is not in this list: they get a speaker file with their name only.
    /// </summary>
    public List<ImportedSpeaker> Speakers { get; } = [];

    /// <summary>Breaks, service sessions and other slots that are not talks: counted, not imported.</summary>
    public int SkippedBreaks { get; set; }

    /// <summary>Records that could not be used (no title, a time that is not a time, ...) and anything odd, with their place in the file.</summary>
    public DiagnosticBag Diagnostics { get; } = new();
}

/// <summary>The conference as the export describes it; every field optional.</summary>
public sealed class ImportedConference
{
    public string? Name { get; set; }

    /// <summary>A short name the export gives (frab's <c>acronym</c>), preferred for the folder name.</summary>
    public string? Acronym { get; set; }

    public DateOnly? Start { get; set; }

    public DateOnly? End { get; set; }

    public string? Location { get; set; }

    public string? Website { get; set; }

    /// <summary>An IANA zone id (<c>Europe/Berlin</c>) when the export names one.</summary>
    public string? TimeZone { get; set; }
}

/// <summary>One talk, workshop, panel, ... of the programme.</summary>
public sealed class ImportedTalk
{
    /// <summary>The export's own id of the session (frab <c>id</c> or <c>guid</c>, pretalx <c>code</c>, iCal <c>UID</c>, ...): stable across exports.</summary>
    public required string SourceId { get; init; }

    /// <summary>Where the session is in the export file, for messages.</summary>
    public SourceLocation Location { get; init; }

    public required string Title { get; set; }

    public string? Subtitle { get; set; }

    /// <summary>The speakers in the order the export gives them.</summary>
    public List<ImportedPersonRef> Speakers { get; } = [];

    /// <summary>
    /// The start as wall-clock time at the conference, when the export gives times without a
    /// reliable offset (Sessionize, frab's <c>date</c> + <c>start</c> labelled <c>+00:00</c>).
    /// Preferred over <see cref="Start"/> when both are set.
    /// </summary>
    public DateTime? LocalStart { get; set; }

    /// <summary>The start as an instant, when the export gives one with its offset (UTC in iCal and the pretalx API).</summary>
    public DateTimeOffset? Start { get; set; }

    /// <summary>False when the export gives the day only (PyVideo's <c>recorded</c>): the time of <see cref="LocalStart"/> means nothing.</summary>
    public bool HasTime { get; set; } = true;

    public int? DurationMinutes { get; set; }

    public string? Room { get; set; }

    public string? Track { get; set; }

    /// <summary>The session type as free text: "Talk 30 min", "Workshop 60 Min", "Lightning Talk", ...</summary>
    public string? Type { get; set; }

    /// <summary>A language code or name as the export gives it: <c>en</c>, <c>de</c>, <c>eng</c>, <c>English</c>.</summary>
    public string? Language { get; set; }

    /// <summary>The short description (HTML, Markdown or plain text).</summary>
    public string? Abstract { get; set; }

    /// <summary>The long description (HTML, Markdown or plain text).</summary>
    public string? Description { get; set; }

    /// <summary>Links of the talk: slides, code, website; a target may be text that is not a URL.</summary>
    public List<ImportedLink> Links { get; } = [];

    public string? Slides { get; set; }

    public string? Recording { get; set; }

    /// <summary>The talk's page on the conference's own site.</summary>
    public string? Website { get; set; }
}

/// <summary>A speaker of a talk: the export's id of the person when it has one, and the name shown.</summary>
public sealed record ImportedPersonRef(string? SourceId, string Name);

/// <summary>A link as the export gives it. <see cref="Target"/> may be a relative path or words.</summary>
public sealed record ImportedLink(string? Title, string Target);

/// <summary>A person with what the export says about them.</summary>
public sealed class ImportedSpeaker
{
    public required string SourceId { get; init; }

    public SourceLocation Location { get; init; }

    public required string Name { get; set; }

    /// <summary>HTML, Markdown or plain text.</summary>
    public string? Bio { get; set; }

    public string? Company { get; set; }

    public string? Role { get; set; }

    /// <summary>A photo URL; may be relative in some exports.</summary>
    public string? Photo { get; set; }

    public List<ImportedLink> Links { get; } = [];
}
