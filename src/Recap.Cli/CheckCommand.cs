using System.Globalization;
using Recap.Checks;
using Recap.Diagnostics;
using Recap.Reports;
using Recap.Text;

namespace Recap.Cli;

/// <summary><c>recap check</c>: parse options, check the built site, print diagnostics and a summary, return the exit code.</summary>
internal static class CheckCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var (options, error) = CheckOptions.Parse(args);
        if (options is null || error is not null)
        {
            stderr.WriteLine("recap check: " + error);
            stderr.WriteLine("Run 'recap --help' for usage.");
            return RecapCommand.UsageError;
        }

        var diagnostics = new DiagnosticBag();
        var result = SiteChecker.Check(options.Site, diagnostics);
        if (options.Json)
        {
            // For scripts: everything on standard output, as one document.
            stdout.Write(CheckJson.Format(result, diagnostics, BuildCommand.DisplayPath(options.Site.OutputDirectory)));
            return diagnostics.HasErrors ? RecapCommand.ContentErrors : RecapCommand.Success;
        }

        BuildCommand.Report(diagnostics, options.Quiet, options.GitHubLog, stderr);
        if (!options.Quiet)
        {
            stdout.WriteLine(Summary(result, diagnostics, BuildCommand.DisplayPath(options.Site.OutputDirectory)));
            foreach (var line in Completeness(options.Site))
            {
                stdout.WriteLine(line);
            }
        }

        return diagnostics.HasErrors ? RecapCommand.ContentErrors : RecapCommand.Success;
    }

    /// <summary>
    /// A line per conference of <c>recap report</c>'s counts, from the sources (drafts and future
    /// talks too); none when they cannot be loaded, which <c>recap build</c> reports, not check.
    /// </summary>
    private static IEnumerable<string> Completeness(SiteOptions site)
    {
        var diagnostics = new DiagnosticBag();
        var model = Site.Load(site with { Drafts = true, Future = true }, diagnostics).Model;
        return model is null || diagnostics.HasErrors ? [] : CompletenessReport.Of(model).Conferences.Select(ReportText.Line);
    }

    /// <summary>"Checked 57 pages and 1204 links in _site (base URL https://example.org/) in 85 ms: 0 errors, 2 warnings."</summary>
    public static string Summary(CheckResult result, DiagnosticBag diagnostics, string output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(diagnostics);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"Checked {Plural.Count(result.Pages, "page")} and {Plural.Count(result.Links, "link")} in {output} (base URL {result.BaseUrl}) in {result.ElapsedMilliseconds} ms: {Plural.Count(diagnostics.ErrorCount, "error")}, {Plural.Count(diagnostics.WarningCount, "warning")}.");
    }
}
