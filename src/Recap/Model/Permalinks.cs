using System.Text.RegularExpressions;
using Recap.Configuration;
using Recap.Diagnostics;

namespace Recap.Model;

/// <summary>Expands the <c>permalinks:</c> patterns of site.yml into site paths.</summary>
internal sealed partial class Permalinks
{
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["conference"] = ["conference", "year"],
        ["talk"] = ["conference", "talk", "year"],
        ["speaker"] = ["speaker"],
        ["topic"] = ["topic"],
        ["page"] = ["page"],
        ["conferences"] = [],
        ["speakers"] = [],
        ["topics"] = [],
    };

    private readonly Dictionary<string, string> _patterns;

    private Permalinks(Dictionary<string, string> patterns) => _patterns = patterns;

    /// <summary>Checks every pattern, reporting each bad one; null when any is bad.</summary>
    public static Permalinks? Create(PermalinkConfig config, DiagnosticBag diagnostics)
    {
        var patterns = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["conference"] = config.Conference,
            ["talk"] = config.Talk,
            ["speaker"] = config.Speaker,
            ["topic"] = config.Topic,
            ["page"] = config.Page,
            ["conferences"] = config.Conferences,
            ["speakers"] = config.Speakers,
            ["topics"] = config.Topics,
        };
        var valid = true;
        foreach (var (kind, pattern) in patterns)
        {
            var location = config.LocationOf(kind);
            if (!pattern.StartsWith('/') || !pattern.EndsWith('/') || pattern.Contains("//", StringComparison.Ordinal)
                || pattern.Split('/').Any(segment => segment is "." or ".."))
            {
                diagnostics.Error(DiagnosticCodes.InvalidConfigValue, location, $"permalink '{pattern}' for {kind} must start and end with '/' and have no empty, '.' or '..' segments");
                valid = false;
                continue;
            }

            foreach (Match match in Placeholder().Matches(pattern))
            {
                var name = match.Groups[1].Value;
                if (!Allowed[kind].Contains(name))
                {
                    var expected = Allowed[kind].Length == 0 ? "no placeholders" : string.Join(", ", Allowed[kind].Select(a => ":" + a));
                    diagnostics.Error(DiagnosticCodes.InvalidConfigValue, location, $"permalink '{pattern}' for {kind} uses ':{name}' (allowed: {expected})");
                    valid = false;
                }
            }

            var own = Allowed[kind].FirstOrDefault(a => a == kind);
            if (own is not null && !pattern.Contains(":" + own, StringComparison.Ordinal))
            {
                diagnostics.Error(DiagnosticCodes.InvalidConfigValue, location, $"permalink '{pattern}' for {kind} must contain ':{own}', or every {kind} would get the same URL");
                valid = false;
            }
        }

        return valid ? new Permalinks(patterns) : null;
    }

    /// <summary>The site path of a page kind, with its placeholders replaced: "dotscale-2018/istio/".</summary>
    public string Expand(string kind, params (string Name, string Value)[] values)
    {
        var path = _patterns[kind];
        foreach (var (name, value) in values)
        {
            path = path.Replace(":" + name, value, StringComparison.Ordinal);
        }

        return path.TrimStart('/');
    }

    [GeneratedRegex(":([a-z]+)")]
    private static partial Regex Placeholder();
}
