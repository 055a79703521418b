using Recap.Import;

namespace Recap.Cli;

/// <summary>The arguments of <c>recap import [FORMAT] FILE</c>, parsed; <see cref="Format"/> is null when told from the file.</summary>
internal sealed record ImportCommandOptions(
    string? Format,
    string File,
    string Source,
    string? Conference,
    string? TimeZone,
    bool DryRun,
    bool Prune,
    bool Quiet,
    bool GitHubLog)
{
    /// <summary>"frab-json, frab-xml, ... or pyvideo".</summary>
    public static string FormatList => string.Join(", ", ProgrammeReaders.Formats.SkipLast(1)) + " or " + ProgrammeReaders.Formats[^1];
}
