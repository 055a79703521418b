namespace Recap.Cli.Serve;

/// <summary>The options of <c>recap serve</c>: the site, drafts and future talks, the port, and whether to open a browser.</summary>
internal sealed record ServeOptions(SiteOptions Site, int Port, bool Open)
{
    /// <returns>The options, or an error message for the user.</returns>
    public static (ServeOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var port = 8000;
        var open = false;
        var buildArgs = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--port":
                    if (i + 1 >= args.Count || !int.TryParse(args[++i], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out port) || port > 65535)
                    {
                        return (null, "--port needs a number from 0 to 65535 (0 picks a free port)");
                    }

                    break;
                case "--open":
                    open = true;
                    break;
                case "--output" or "--base-url" or "--log-format" or "--verbose" or "-v":
                    return (null, $"unknown option '{args[i]}'");
                default:
                    buildArgs.Add(args[i]);
                    break;
            }
        }

        var (build, error) = BuildOptions.Parse(buildArgs);
        return build is null || error is not null ? (null, error) : (new ServeOptions(build.Site, port, open), null);
    }
}
