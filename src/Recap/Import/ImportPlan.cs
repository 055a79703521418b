using Recap.Diagnostics;

namespace Recap.Import;

/// <summary>What an import changes: each file it creates, updates or deletes, and what it counted.</summary>
internal sealed class ImportPlan
{
    /// <summary>The conference's folder under <c>content/conferences/</c>.</summary>
    public required string ConferenceFolder { get; init; }

    /// <summary>The files that change, in the order they are written; unchanged files are not listed.</summary>
    public List<FileEdit> Edits { get; } = [];

    public int UnchangedFiles { get; set; }

    public int Talks { get; set; }

    public int Speakers { get; set; }

    public int SkippedBreaks { get; set; }

    /// <summary>Values the author changed since the last import, kept as they are: "talks/x.md: title".</summary>
    public List<string> KeptEdits { get; } = [];

    public required DiagnosticBag Diagnostics { get; init; }
}

/// <summary>A file an import writes: <see cref="Before"/> null for a new file, <see cref="After"/> null for one it deletes.</summary>
internal sealed record FileEdit(string Path, string? Before, string? After);
