namespace Recap.Cli;

/// <summary>The options of <c>recap report</c>, parsed.</summary>
/// <param name="Json">With <c>--format json</c>: the report for scripts, not for people.</param>
/// <param name="Conference">With <c>--conference</c>: the folder or name of the one conference to report on.</param>
internal sealed record ReportOptions(SiteOptions Site, bool Json, string? Conference)
{
    /// <returns>The options, or an error message for the user.</returns>
    public static (ReportOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);

        // Drafts and talks to come are the recaps most likely to lack something: always reported.
        var site = new SiteOptions { Drafts = true, Future = true };
        var json = false;
        string? conference = null;
        for (var i = 0; i < args.Count; i++)
        {
            string? Value() => i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null;

            switch (args[i])
            {
                case "--source":
                    if (Value() is not { Length: > 0 } source)
                    {
                        return (null, "--source needs a folder");
                    }

                    site = site with { Source = source };
                    break;
                case "--format":
                    switch (Value())
                    {
                        case "text":
                            json = false;
                            break;
                        case "json":
                            json = true;
                            break;
                        case var other:
                            return (null, other is null ? "--format needs text or json" : $"unknown format '{other}'; use text or json");
                    }

                    break;
                case "--conference":
                    conference = Value() is { } name && !string.IsNullOrWhiteSpace(name) ? name.Trim() : null;
                    if (conference is null)
                    {
                        return (null, "--conference needs the conference's folder or name, as in --conference dotscale-2018");
                    }

                    break;
                case var option when option.StartsWith('-'):
                    return (null, $"unknown option '{option}'");
                case var argument:
                    return (null, $"unexpected argument '{argument}'");
            }
        }

        return Directory.Exists(site.SourceDirectory)
            ? (new ReportOptions(site, json, conference), null)
            : (null, $"source folder '{site.Source}' does not exist");
    }
}
