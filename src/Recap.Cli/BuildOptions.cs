using Recap.Content;

namespace Recap.Cli;

/// <summary>The options of <c>recap build</c>, parsed; publish takes them too.</summary>
internal sealed record BuildOptions(SiteOptions Site, bool Quiet, bool Verbose, bool GitHubLog)
{
    /// <summary>The output folder is replaced on every build, so it must never hold the sources.</summary>
    /// <returns>Null, or why the folders cannot be built from and to.</returns>
    public static string? CheckFolders(SiteOptions site)
    {
        ArgumentNullException.ThrowIfNull(site);
        var source = Path.TrimEndingDirectorySeparator(site.SourceDirectory);
        var output = Path.TrimEndingDirectorySeparator(site.OutputDirectory);
        if (!Directory.Exists(source))
        {
            return $"source folder '{site.Source}' does not exist";
        }

        if (Path.GetDirectoryName(output) is null)
        {
            return "the output folder cannot be the root of the file system";
        }

        if (FileTree.IsSameOrInside(source, output))
        {
            return $"output folder '{output}' holds the source folder; choose a folder of its own, such as {Path.Combine(source, "_site")}";
        }

        if (FileTree.IsSameOrInside(output, Path.Combine(source, "content")))
        {
            return $"output folder '{output}' is inside the content folder; choose a folder outside it, such as {Path.Combine(source, "_site")}";
        }

        return null;
    }
}
