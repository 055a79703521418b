using Recap.Import;

namespace Recap.Cli;

/// <summary>The arguments of <c>recap import [FORMAT] FILE</c>, parsed.</summary>
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
    /// <returns>The options, or an error message for the user.</returns>
    public static (ImportCommandOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var positional = new List<string>();
        string source = ".";
        string? conference = null, zone = null;
        bool dryRun = false, prune = false, quiet = false, github = false;
        for (var i = 0; i < args.Count; i++)
        {
            string? Value() => i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null;

            switch (args[i])
            {
                case "--source":
                    source = Value() is { Length: > 0 } folder ? folder : null!;
                    if (source is null)
                    {
                        return (null, "--source needs a folder");
                    }

                    break;
                case "--conference":
                    conference = Value() is { } name && !string.IsNullOrWhiteSpace(name) ? name.Trim() : null;
                    if (conference is null)
                    {
                        return (null, "--conference needs the conference's folder or name, as in --conference \"FrOSCon 2018\"");
                    }

                    break;
                case "--time-zone":
                    zone = Value() is { } id && !string.IsNullOrWhiteSpace(id) ? id.Trim() : null;
                    if (zone is null)
                    {
                        return (null, "--time-zone needs an IANA name, as in --time-zone Europe/Berlin");
                    }

                    break;
                case "--dry-run":
                    dryRun = true;
                    break;
                case "--prune":
                    prune = true;
                    break;
                case "--quiet" or "-q":
                    quiet = true;
                    break;
                case "--log-format":
                    switch (Value())
                    {
                        case "github":
                            github = true;
                            break;
                        case "human":
                            github = false;
                            break;
                        case var other:
                            return (null, other is null ? "--log-format needs human or github" : $"unknown log format '{other}'; use human or github");
                    }

                    break;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    return (null, $"unknown option '{option}'");
                default:
                    positional.Add(args[i]);
                    break;
            }
        }

        return positional switch
        {
            [var file] => (new ImportCommandOptions(null, file, source, conference, zone, dryRun, prune, quiet, github), null),
            [var format, var file] when ProgrammeReaders.Find(format) is not null =>
                (new ImportCommandOptions(format, file, source, conference, zone, dryRun, prune, quiet, github), null),
            [var format, _] => (null, $"unknown format '{format}'; use {FormatList}"),
            [] => (null, $"give the export to import, as in 'recap import frab-json schedule.json' (formats: {FormatList})"),
            _ => (null, $"too many arguments: '{string.Join("' '", positional)}'; give a format and a file"),
        };
    }

    /// <summary>"frab-json, frab-xml, ... or pyvideo".</summary>
    public static string FormatList => string.Join(", ", ProgrammeReaders.Formats.SkipLast(1)) + " or " + ProgrammeReaders.Formats[^1];
}
