namespace Recap.Cli;

/// <summary>The options of <c>recap check</c>, parsed: where the site is, and how to report.</summary>
internal sealed record CheckOptions(SiteOptions Site, bool Quiet, bool GitHubLog)
{
    /// <returns>The options, or an error message for the user.</returns>
    public static (CheckOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var site = new SiteOptions();
        bool quiet = false, github = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string? Value()
            {
                if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    return args[++i];
                }

                return null;
            }

            switch (arg)
            {
                case "--source":
                    if (Value() is not { } source)
                    {
                        return (null, "--source needs a folder");
                    }

                    site = site with { Source = source };
                    break;
                case "--output":
                    if (Value() is not { } output)
                    {
                        return (null, "--output needs a folder");
                    }

                    site = site with { Output = output };
                    break;
                case "--base-url":
                    if (Value() is not { } baseUrl)
                    {
                        return (null, "--base-url needs a URL");
                    }

                    if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                    {
                        return (null, $"--base-url '{baseUrl}' must be an absolute http or https URL, like https://user.github.io/recaps/");
                    }

                    site = site with { BaseUrl = baseUrl };
                    break;
                case "--quiet" or "-q":
                    quiet = true;
                    break;
                case "--log-format":
                    switch (Value())
                    {
                        case "human":
                            github = false;
                            break;
                        case "github":
                            github = true;
                            break;
                        default:
                            return (null, "--log-format must be human or github");
                    }

                    break;
                default:
                    return (null, $"unknown option '{arg}'");
            }
        }

        return (new CheckOptions(site, quiet, github), CheckFolders(site));
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
