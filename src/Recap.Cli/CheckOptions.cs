namespace Recap.Cli;

/// <summary>The options of <c>recap check</c>, parsed: where the site is, and how to report.</summary>
internal sealed record CheckOptions(SiteOptions Site, bool Quiet, bool GitHubLog, bool Json = false)
{
    /// <returns>Null, or why the site cannot be checked.</returns>
    public static string? CheckFolders(SiteOptions site)
    {
        ArgumentNullException.ThrowIfNull(site);
        if (!Directory.Exists(site.SourceDirectory))
        {
            return $"source folder '{site.Source}' does not exist";
        }

        if (!Directory.Exists(site.OutputDirectory))
        {
            return $"output folder '{site.Output ?? site.OutputDirectory}' does not exist (run 'recap build' first)";
        }

        return null;
    }
}
