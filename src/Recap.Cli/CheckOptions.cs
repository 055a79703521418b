namespace Recap.Cli;

/// <summary>The options of <c>recap check</c>, parsed: where the site is, and how to report.</summary>
internal sealed record CheckOptions(SiteOptions Site, bool Quiet, bool GitHubLog, bool Json = false)
{
    /// <returns>The options, or an error message for the user.</returns>
    /// <remarks>The options build has too, less those that only change what a build includes or prints.</remarks>
    public static (CheckOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        if (args.FirstOrDefault(a => a is "--drafts" or "--future" or "--verbose" or "-v") is { } buildOnly)
        {
            return (null, $"unknown option '{buildOnly}'");
        }

        var json = false;
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] != "--format")
            {
                rest.Add(args[i]);
                continue;
            }

            switch (i + 1 < args.Count ? args[++i] : null)
            {
                case "json":
                    json = true;
                    break;
                case "text":
                    json = false;
                    break;
                case var other:
                    return (null, other is null ? "--format needs text or json" : $"unknown format '{other}'; use text or json");
            }
        }

        var (build, error) = BuildOptions.ParseArguments(rest);
        return build is null || error is not null ? (null, error) : (new CheckOptions(build.Site, build.Quiet, build.GitHubLog, json), CheckFolders(build.Site));
    }

    private static string? CheckFolders(SiteOptions site)
    {
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
