using Recap.Content;

namespace Recap.Cli;

/// <summary>The options of <c>recap build</c>, parsed.</summary>
internal sealed record BuildOptions(SiteOptions Site, bool Quiet, bool Verbose, bool GitHubLog)
{
    /// <returns>The options, or an error message for the user.</returns>
    public static (BuildOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var (options, error) = ParseArguments(args);
        return options is null || error is not null ? (null, error) : (options, CheckFolders(options.Site));
    }

    /// <summary>The options as written, before the folders they name are checked.</summary>
    public static (BuildOptions? Options, string? Error) ParseArguments(IReadOnlyList<string> args)
    {
        var site = new SiteOptions();
        bool quiet = false, verbose = false, github = false;
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
                case "--drafts":
                    site = site with { Drafts = true };
                    break;
                case "--future":
                    site = site with { Future = true };
                    break;
                case "--quiet" or "-q":
                    quiet = true;
                    break;
                case "--verbose" or "-v":
                    verbose = true;
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

        if (quiet && verbose)
        {
            return (null, "--quiet and --verbose cannot be used together");
        }

        return (new BuildOptions(site, quiet, verbose, github), null);
    }

    /// <summary>The output folder is replaced on every build, so it must never hold the sources.</summary>
    private static string? CheckFolders(SiteOptions site)
    {
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
