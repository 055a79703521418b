using System.CommandLine;
using Recap.Diagnostics;
using Recap.Reports;

namespace Recap.Cli;

/// <summary>
/// <c>recap report</c>: load the site (drafts and future talks too), print what each conference's
/// recap still lacks, as text or as JSON, and return the exit code.
/// </summary>
internal static class ReportCommand
{
    public static Command Declare(TextWriter stdout, TextWriter stderr)
    {
        var source = CommonOptions.Source();
        var format = CommonOptions.TextOrJson("text, or json for scripts (see the README)");
        var conference = CommonOptions.Value("--conference", "ID", "Only this conference (its folder or name)", "--conference needs the conference's folder or name, as in --conference dotscale-2018");
        var command = new Command("report", "List what each conference's recap still lacks: notes, slides, recordings, speakers' bios and photos") { source, format, conference };

        // Drafts and talks to come are the recaps most likely to lack something: always reported.
        command.SetAction(result => Run(
            new ReportOptions(new SiteOptions { Source = result.GetValue(source)!, Drafts = true, Future = true }, result.GetValue(format) == "json", result.GetValue(conference)?.Trim()),
            stdout,
            stderr));
        return command;
    }

    public static int Run(ReportOptions options, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(stdout);
        if (!Directory.Exists(options.Site.SourceDirectory))
        {
            return UsageError($"source folder '{options.Site.Source}' does not exist", stderr);
        }

        var diagnostics = new DiagnosticBag();
        var model = Site.Load(options.Site, diagnostics).Model;
        if (model is null || diagnostics.HasErrors)
        {
            BuildCommand.Report(diagnostics, quiet: false, gitHubLog: false, stderr);
            return RecapCommand.ContentErrors;
        }

        var report = CompletenessReport.Of(model);
        if (options.Conference is { } conference)
        {
            if (report.Only(conference) is not { } one)
            {
                var known = report.Conferences.Count == 0 ? "the site has none" : "the site has " + string.Join(", ", report.Conferences.Select(c => c.Id));
                return UsageError($"no conference '{conference}' ({known})", stderr);
            }

            report = one;
        }

        stdout.Write(options.Json ? ReportJson.Format(report) : ReportText.Format(report));
        return RecapCommand.Success;
    }

    private static int UsageError(string error, TextWriter stderr)
    {
        stderr.WriteLine("recap report: " + error);
        stderr.WriteLine("Run 'recap --help' for usage.");
        return RecapCommand.UsageError;
    }
}
