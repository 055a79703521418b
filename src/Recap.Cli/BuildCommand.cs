using System.CommandLine;
using System.Globalization;
using Recap.Diagnostics;
using Recap.Output;
using Recap.Text;

namespace Recap.Cli;

/// <summary><c>recap build</c>: parse options, build, print diagnostics and a summary, return the exit code.</summary>
internal static class BuildCommand
{
    public static Command Declare(TextWriter stdout, TextWriter stderr)
    {
        var source = CommonOptions.Source();
        var output = CommonOptions.Output("Where to write the site (default: <source>/_site)");
        var baseUrl = CommonOptions.BaseUrl("Publish under this URL instead of site.yml's base_url");
        var drafts = CommonOptions.Drafts();
        var future = CommonOptions.Future();
        var quiet = CommonOptions.Quiet();
        var verbose = CommonOptions.Verbose();
        var logFormat = CommonOptions.LogFormat();
        var command = new Command("build", "Build the site into the output folder") { source, output, baseUrl, drafts, future, quiet, verbose, logFormat };
        command.Validators.Add(CommonOptions.NotTogether(quiet, verbose));
        command.SetAction(result => Run(
            new BuildOptions(
                new SiteOptions { Source = result.GetValue(source)!, Output = result.GetValue(output), BaseUrl = result.GetValue(baseUrl), Drafts = result.GetValue(drafts), Future = result.GetValue(future) },
                result.GetValue(quiet),
                result.GetValue(verbose),
                result.GetValue(logFormat) == "github"),
            stdout,
            stderr));
        return command;
    }

    public static int Run(BuildOptions options, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(stderr);

        // Serve and publish build into folders of their own; only build writes where it is told.
        var error = BuildOptions.CheckFolders(options.Site) ?? OutputFolder.Refusal(options.Site.OutputDirectory);
        if (error is not null)
        {
            stderr.WriteLine("recap build: " + error);
            stderr.WriteLine("Run 'recap --help' for usage.");
            return RecapCommand.UsageError;
        }

        var (_, result) = BuildAndReport(options, stderr);
        var output = DisplayPath(options.Site.OutputDirectory);
        if (!result.Succeeded)
        {
            stderr.WriteLine($"Build failed; {output} was left as it was.");
            return RecapCommand.ContentErrors;
        }

        if (!options.Quiet)
        {
            WriteSummary(stdout, result, output);
        }

        return RecapCommand.Success;
    }

    /// <summary>Builds the site and prints its diagnostics, and with <c>--verbose</c> the time of each step and the collector's work.</summary>
    public static (Site Site, BuildResult Result) BuildAndReport(BuildOptions options, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(options);
        var diagnostics = new DiagnosticBag();
        var progress = Terminal.ShowsProgress(stderr, options.Quiet, options.GitHubLog) ? new BuildProgress() : null;
        var runtime = RuntimeUse.Now();
        Site site;
        BuildResult result;
        using (progress is null ? null : new ProgressLine(progress, stderr))
        {
            site = Site.Load(options.Site with { Progress = progress }, diagnostics);
            result = site.Build();
        }

        Report(diagnostics, options, stderr);
        if (options.Verbose)
        {
            foreach (var step in result.Steps)
            {
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {step.Step,-18} {step.Milliseconds,6} ms"));
            }

            stderr.WriteLine(RuntimeUse.Now().Since(runtime));
        }

        return (site, result);
    }

    /// <summary>"Built 56 pages (1 conference, 11 talks, 11 speakers, 27 topics) and 40 feeds, drew 51 social cards (reused 0) and copied 44 files to _site in 412 ms."</summary>
    public static string Summary(BuildResult result, string output)
    {
        ArgumentNullException.ThrowIfNull(result);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"Built {Plural.Count(result.Pages, "page")} ({Plural.Count(result.Conferences, "conference")}, {Plural.Count(result.Talks, "talk")}, {Plural.Count(result.Speakers, "speaker")}, {Plural.Count(result.Topics, "topic")}){Redirects(result)} and {Plural.Count(result.Feeds, "feed")}, drew {Plural.Count(result.CardsDrawn, "social card")} (reused {result.CardsReused:N0}){Resized(result)} and copied {Plural.Count(result.Files, "file")} to {output} in {result.ElapsedMilliseconds} ms.");
    }

    /// <summary>The <see cref="Summary"/> line, then <see cref="FontAdvice"/> when there is any.</summary>
    public static void WriteSummary(TextWriter stdout, BuildResult result, string output)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        stdout.WriteLine(Summary(result, output));
        if (FontAdvice(result) is { } advice)
        {
            stdout.WriteLine(advice);
        }
    }

    /// <summary>
    /// What to install when the cards hold characters no font on this machine draws, which they
    /// show as boxes; null when there are none. Not a warning: it is about the machine, not the
    /// site, and another machine builds the same site without it.
    /// </summary>
    private static string? FontAdvice(BuildResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var missing = result.CharactersWithoutFont;
        if (missing.Count == 0)
        {
            return null;
        }

        const int Shown = 6;
        var shown = string.Join(", ", missing.Take(Shown).Select(c => string.Create(CultureInfo.InvariantCulture, $"{char.ConvertFromUtf32(c)} (U+{c:X4})")))
            + (missing.Count > Shown ? string.Create(CultureInfo.InvariantCulture, $" and {missing.Count - Shown} more") : string.Empty);
        var packages = missing.Select(c => PersonName.IsWrittenWithoutSpaces(new System.Text.Rune(c)) ? "fonts-noto-cjk" : "fonts-noto-core").Distinct().Order(StringComparer.Ordinal);
        return $"Social cards show boxes for characters no font on this machine draws: {shown}. Install a font that has them (on Debian or Ubuntu, {string.Join(" and ", packages)}) and build again.";
    }

    /// <summary>", 3 redirects" when the build wrote pages at old URLs, else nothing.</summary>
    private static string Redirects(BuildResult result) =>
        result.Redirects == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $", {Plural.Count(result.Redirects, "redirect")}");

    /// <summary>", resized 4 images (reused 2)", for a site with images to resize; nothing otherwise.</summary>
    private static string Resized(BuildResult result) =>
        result.ImagesResized + result.ImagesReused == 0
            ? string.Empty
            : string.Create(CultureInfo.InvariantCulture, $", resized {Plural.Count(result.ImagesResized, "image")} (reused {result.ImagesReused:N0})");

    private static void Report(DiagnosticBag diagnostics, BuildOptions options, TextWriter stderr) =>
        Report(diagnostics, options.Quiet, options.GitHubLog, stderr);

    /// <summary>Prints every diagnostic (errors only when quiet) and the "Found N errors" summary.</summary>
    public static void Report(DiagnosticBag diagnostics, bool quiet, bool gitHubLog, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(stderr);
        var all = diagnostics.Sorted();
        var colour = Terminal.UsesColour(stderr, gitHubLog);
        foreach (var diagnostic in all.Where(d => d.IsError || !quiet))
        {
            var text = gitHubLog ? DiagnosticFormatter.FormatGitHub(diagnostic) : DiagnosticFormatter.FormatHuman(diagnostic, diagnostics);
            stderr.Write(colour ? Terminal.Colour(text) : text);
        }

        if (all.Count > 0 && !(quiet && diagnostics.ErrorCount == 0))
        {
            stderr.WriteLine(DiagnosticFormatter.Summary(diagnostics.ErrorCount, diagnostics.WarningCount));
        }
    }

    /// <summary>The output folder relative to the working folder when it is below it, else in full.</summary>
    public static string DisplayPath(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }
}
