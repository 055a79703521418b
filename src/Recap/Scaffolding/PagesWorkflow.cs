namespace Recap.Scaffolding;

/// <summary>
/// The GitHub Pages workflow. There is one: the repository's <c>.github/workflows/pages.yml</c>,
/// compiled into the engine. A new site gets the same file with its build step rewritten, because
/// a site's repository has no Recap sources to run: it installs the <c>recap</c> tool, at the
/// version that created the site, and runs <c>recap build</c>.
/// </summary>
internal static class PagesWorkflow
{
    /// <summary>Where the workflow lives, in Recap's repository and in a site's.</summary>
    public const string Path = ".github/workflows/pages.yml";

    /// <summary>How Recap's repository runs a build: from its sources.</summary>
    public const string RepositoryBuild = "dotnet run --project src/Recap.Cli -c Release -- build";

    /// <summary>How a site's repository runs a build: with the installed tool.</summary>
    public const string SiteBuild = "recap build";

    private const string BuildStep = "      - name: Build the site\n";

    /// <summary>The repository's workflow, as compiled in.</summary>
    public static string Repository { get; } = ReadResource();

    /// <summary>The step a site's workflow runs before the build.</summary>
    /// <remarks>
    /// The comment says how to install from a package in the site's repository instead, for as
    /// long as this version is not on nuget.org.
    /// </remarks>
    public static string InstallStep(string toolVersion) =>
        "      - name: Install recap\n"
        + $"        # Recap.Cli {toolVersion} from nuget.org. Before that version is published there, commit its\n"
        + "        # package (Recap.Cli.<version>.nupkg, from `dotnet pack src/Recap.Cli -o packages` in Recap's\n"
        + "        # sources) to packages/ in this repository and add: --add-source packages\n"
        + $"        run: dotnet tool install --global Recap.Cli --version {toolVersion}\n";

    /// <summary>The workflow for a site's repository, with <c>recap</c> installed at <paramref name="toolVersion"/>.</summary>
    public static string ForSite(string toolVersion)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(toolVersion);
        var text = ReplaceOnce(Repository, BuildStep, InstallStep(toolVersion) + BuildStep);
        return ReplaceOnce(text, RepositoryBuild, SiteBuild);
    }

    // The workflow is data the site's copy is derived from: a change that moves what is rewritten
    // here fails the scaffolding tests instead of writing a workflow that builds nothing.
    private static string ReplaceOnce(string text, string what, string with)
    {
        var at = text.IndexOf(what, StringComparison.Ordinal);
        if (at < 0 || text.IndexOf(what, at + what.Length, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidOperationException($"{Path} must hold '{what.Trim()}' exactly once for new sites to get a copy of it.");
        }

        return string.Concat(text.AsSpan(0, at), with, text.AsSpan(at + what.Length));
    }

    private static string ReadResource()
    {
        using var stream = typeof(PagesWorkflow).Assembly.GetManifestResourceStream("workflow/pages.yml")
            ?? throw new InvalidOperationException("The workflow is not compiled into the engine.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
