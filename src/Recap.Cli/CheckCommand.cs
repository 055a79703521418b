using System.CommandLine;
using System.Globalization;
using Recap.Checks;
using Recap.Diagnostics;
using Recap.Reports;
using Recap.Text;

namespace Recap.Cli;

/// <summary><c>recap check</c>: parse options, check the built site, print diagnostics and a summary, return the exit code.</summary>
internal static class CheckCommand
{
    /// <remarks>The options build has too, less those that only change what a build includes or prints.</remarks>
    public static Command Declare(TextWriter stdout, TextWriter stderr)
    {
        var source = CommonOptions.Source();
        var output = CommonOptions.Output("The built site to check (default: <source>/_site)");
        var baseUrl = CommonOptions.BaseUrl("The URL the site is published at (default: the home page's canonical URL, else site.yml's base_url)");
        var format = CommonOptions.TextOrJson("text, or json for counts and diagnostics on stdout");
        var quiet = CommonOptions.Quiet();
        var logFormat = CommonOptions.LogFormat();
        var command = new Command("check", "Check a built site: links, anchors, assets and link previews") { source, output, baseUrl, format, quiet, logFormat };
        command.SetAction(result => Run(
            new CheckOptions(
                new SiteOptions { Source = result.GetValue(source)!, Output = result.GetValue(output), BaseUrl = result.GetValue(baseUrl) },
                result.GetValue(quiet),
                result.GetValue(logFormat) == "github",
                result.GetValue(format) == "json"),
            stdout,
            stderr));
        return command;
    }

    public static int Run(CheckOptions options, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (CheckOptions.CheckFolders(options.Site) is { } error)
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
