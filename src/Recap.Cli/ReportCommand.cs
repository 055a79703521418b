using Recap.Diagnostics;
using Recap.Reports;

namespace Recap.Cli;

/// <summary>
/// <c>recap report</c>: load the site (drafts and future talks too), print what each conference's
/// recap still lacks, as text or as JSON, and return the exit code.
/// </summary>
internal static class ReportCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var (options, error) = ReportOptions.Parse(args);
        if (options is null || error is not null)
        {
            return UsageError(error!, stderr);
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
