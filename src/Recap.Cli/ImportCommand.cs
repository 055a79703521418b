using System.CommandLine;
using Recap.Configuration;
using Recap.Diagnostics;
using Recap.Import;
using Recap.Text;

namespace Recap.Cli;

/// <summary>
/// <c>recap import [FORMAT] FILE</c>: read a programme export, write or update the conference's
/// talk and speaker files, print what changed (or, with <c>--dry-run</c>, the diff), then check the
/// site as a build would.
/// </summary>
internal static class ImportCommand
{
    public static Command Declare(TextWriter stdout, TextWriter stderr)
    {
        var format = CommonOptions.NotAnOption(new Argument<string?>("FORMAT") { Description = $"The export's format, when not told from the file: {ImportCommandOptions.FormatList}", Arity = ArgumentArity.ZeroOrOne });
        var file = CommonOptions.NotAnOption(new Argument<string?>("FILE") { Description = "The programme export", Arity = ArgumentArity.ZeroOrOne });
        var source = CommonOptions.Source();
        var conference = CommonOptions.Value("--conference", "NAME", "The conference's folder or name (default: from the export)", "--conference needs the conference's folder or name, as in --conference \"FrOSCon 2018\"");
        var zone = CommonOptions.Value("--time-zone", "ZONE", "The IANA time zone of the talk times (default: from the export)", "--time-zone needs an IANA name, as in --time-zone Europe/Berlin");
        var dryRun = new Option<bool>("--dry-run") { Description = "Print what would change, as a diff, and write nothing" };
        var prune = new Option<bool>("--prune") { Description = "Delete talks that left the programme, unless they hold notes" };
        var quiet = CommonOptions.Quiet();
        var logFormat = CommonOptions.LogFormat();
        var command = new Command("import", "Add a conference's talks and speakers from its programme export, or update them from a newer one")
        {
            format, file, source, conference, zone, dryRun, prune, quiet, logFormat,
        }.Unexpected(word => $"unexpected argument '{word}'; give a format and a file");
        command.SetAction(result =>
        {
            // One argument is the file; FORMAT comes first only when there are two.
            var (first, second) = (result.GetValue(format), result.GetValue(file));
            if (first is null)
            {
                return UsageError($"give the export to import, as in 'recap import frab-json schedule.json' (formats: {ImportCommandOptions.FormatList})", stderr);
            }

            if (second is not null && ProgrammeReaders.Find(first) is null)
            {
                return UsageError($"unknown format '{first}'; use {ImportCommandOptions.FormatList}", stderr);
            }

            return Run(
                new ImportCommandOptions(
                    second is null ? null : first,
                    second ?? first,
                    result.GetValue(source)!,
                    result.GetValue(conference)?.Trim(),
                    result.GetValue(zone)?.Trim(),
                    result.GetValue(dryRun),
                    result.GetValue(prune),
                    result.GetValue(quiet),
                    result.GetValue(logFormat) == "github"),
                stdout,
                stderr);
        });
        return command;
    }

    public static int Run(ImportCommandOptions options, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(stderr);
        var root = Path.GetFullPath(options.Source);
        if (!Directory.Exists(Path.Combine(root, "content")))
        {
            return UsageError($"no content folder in '{root}' (run recap in the folder that holds content/, or pass --source)", stderr);
        }

        if (!File.Exists(options.File) && !Directory.Exists(options.File))
        {
            return UsageError($"'{options.File}' does not exist", stderr);
        }

        if (ProgrammeReaders.IsWebPage(options.File))
        {
            stderr.WriteLine($"recap import: {options.File.Replace('\\', '/')}(1,1): a web page, not a schedule export (a sign-in or error page saved in its place?); download the export again");
            return RecapCommand.ContentErrors;
        }

        var reader = options.Format is { } format ? ProgrammeReaders.Find(format)! : ProgrammeReaders.Detect(options.File);
        if (reader is null)
        {
            return UsageError($"cannot tell the format of '{options.File}'; give it first, as in 'recap import frab-json {options.File}' (formats: {ImportCommandOptions.FormatList})", stderr);
        }

        if (options.TimeZone is { } zone && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
        {
            return UsageError($"unknown time zone '{zone}'; give an IANA name like Europe/Berlin", stderr);
        }

        var configDiagnostics = new DiagnosticBag { SourceRoot = root };
        var config = SiteConfigLoader.Load(root, null, configDiagnostics);
        if (config is null || configDiagnostics.HasErrors)
        {
            Report(configDiagnostics, options, stderr);
            return RecapCommand.ContentErrors;
        }

        Programme programme;
        ImportPlan plan;
        var progress = Terminal.ShowsProgress(stderr, options.Quiet, options.GitHubLog) ? new BuildProgress() : null;
        var line = progress is null ? null : new ProgressLine(progress, stderr);
        try
        {
            progress?.Begin("Importing");
            programme = reader.Read(options.File, options.File.Replace('\\', '/'));
            if (options.Conference is null && programme.Conference.Acronym is null && programme.Conference.Name is null)
            {
                line?.Dispose();
                return UsageError($"the {reader.Format} export does not name its conference; give its name with --conference, as in --conference \"{NameFromFile(options.File) ?? "JuliaCon 2020"}\"", stderr);
            }

            plan = ProgrammeImporter.Plan(programme, new ImportOptions
            {
                Root = root,
                Conference = options.Conference,
                TimeZone = options.TimeZone,
                Prune = options.Prune,
                Formats = config.Import.Formats,
                KnownSpeakers = () => KnownSpeakers(root),
            });
        }
        catch (ImportException ex)
        {
            line?.Dispose();
            stderr.WriteLine($"recap import: {ex.Message}");
            return RecapCommand.ContentErrors;
        }
        finally
        {
            // Wiped before anything else is printed, the usage error of an export without a conference too.
            line?.Dispose();
        }

        if (options.DryRun)
        {
            foreach (var edit in plan.Edits)
            {
                stdout.Write(LineDiff.Unified(edit.Path, edit.Before, edit.After));
            }
        }
        else
        {
            using (progress is null ? null : new ProgressLine(progress, stderr))
            {
                ProgrammeImporter.Apply(plan, root, progress);
            }

            foreach (var edit in plan.Edits.Where(_ => !options.Quiet))
            {
                stdout.WriteLine($"{(edit.Before is null ? "created" : edit.After is null ? "deleted" : "updated")} {edit.Path}");
            }
        }

        Report(programme.Diagnostics, options, stderr);
        if (!options.Quiet)
        {
            foreach (var kept in plan.KeptEdits)
            {
                stderr.WriteLine($"kept your edit: {kept}");
            }

            stderr.WriteLine(Summary(plan, reader.Format, options.DryRun));
        }

        return options.DryRun ? RecapCommand.Success : CheckSite(root, options, progress, stderr);
    }

    /// <summary>"Imported 42 talks and 37 speakers from frab-json into content/conferences/froscon-2018: created 80 files, updated 2, deleted 0, unchanged 3; skipped 5 breaks."</summary>
    private static string Summary(ImportPlan plan, string format, bool dryRun)
    {
        var created = plan.Edits.Count(e => e.Before is null);
        var deleted = plan.Edits.Count(e => e.After is null);
        var updated = plan.Edits.Count - created - deleted;
        var verb = dryRun ? "Would import" : "Imported";
        return $"{verb} {Plural.Count(plan.Talks, "talk")} and {Plural.Count(plan.Speakers, "speaker")} from {format} into content/conferences/{plan.ConferenceFolder}: "
            + $"{(dryRun ? "would create" : "created")} {Plural.Count(created, "file")}, updated {updated}, deleted {deleted}, unchanged {plan.UnchangedFiles}; "
            + $"skipped {Plural.Count(plan.SkippedBreaks, "break")}.";
    }

    /// <summary>The speakers of the site as it is, with and without files; none when it does not load (its errors show after the import).</summary>
    private static IReadOnlyList<string> KnownSpeakers(string root) =>
        Site.Load(new SiteOptions { Source = root, Drafts = true, Future = true }, new DiagnosticBag()).Model?.Speakers.Select(s => s.Name).ToList() ?? [];

    /// <summary>Loads the site as a build does, so near-miss names and content errors show now rather than at the next build.</summary>
    private static int CheckSite(string root, ImportCommandOptions options, BuildProgress? progress, TextWriter stderr)
    {
        var diagnostics = new DiagnosticBag();
        using (progress is null ? null : new ProgressLine(progress, stderr))
        {
            Site.Load(new SiteOptions { Source = root, Progress = progress }, diagnostics);
        }

        Report(diagnostics, options, stderr);
        return diagnostics.HasErrors ? RecapCommand.ContentErrors : RecapCommand.Success;
    }

    private static void Report(DiagnosticBag diagnostics, ImportCommandOptions options, TextWriter stderr) =>
        BuildCommand.Report(diagnostics, options.Quiet, options.GitHubLog, stderr);

    /// <summary>Words of an export that are not the conference's name: talks.json, sessions.All.json, schedule.xml.</summary>
    private static readonly HashSet<string> ExportWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "all", "api", "data", "download", "event", "events", "export", "json", "programme", "program", "schedule", "sessions", "sessionize", "speakers", "talks", "xml",
    };

    /// <summary>
    /// The name an export's file suggests, for the example of a message: "Orlando Codecamp 2020" of
    /// <c>orlando-codecamp-2020.All.json</c>, "Juliacon 2020" of <c>juliacon2020.json</c>; null when its
    /// name says nothing of the conference (<c>talks.json</c>).
    /// </summary>
    internal static string? NameFromFile(string path)
    {
        var stem = Path.GetFileName(Path.TrimEndingDirectorySeparator(path)).Split('.')[0];
        var words = System.Text.RegularExpressions.Regex.Matches(stem, @"\p{L}+|\p{Nd}+").Select(m => m.Value).ToList();
        if (!words.Any(w => char.IsLetter(w[0]) && !ExportWords.Contains(w)))
        {
            return null;
        }

        return string.Join(' ', words.Where(w => !ExportWords.Contains(w))
            .Select(w => w.All(char.IsLower) ? char.ToUpperInvariant(w[0]) + w[1..] : w));
    }

    private static int UsageError(string message, TextWriter stderr)
    {
        stderr.WriteLine("recap import: " + message);
        stderr.WriteLine("Run 'recap --help' for usage.");
        return RecapCommand.UsageError;
    }
}
