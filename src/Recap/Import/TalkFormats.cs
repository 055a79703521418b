using System.Text.RegularExpressions;

namespace Recap.Import;

/// <summary>
/// Maps a programme's free-text session type ("Talk 30 min + 10min Q&amp;A", "Workshop 60 Min",
/// "Lightning Talk", "BoF") to a talk format: first the site's own <c>import.formats</c>, whose
/// keys match when the type contains them, longest key first; then the built-in words.
/// </summary>
internal static partial class TalkFormats
{
    public static string Map(string type, IReadOnlyDictionary<string, string> configured)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(configured);
        foreach (var (key, format) in configured.OrderByDescending(p => p.Key.Length))
        {
            if (type.Contains(key, StringComparison.OrdinalIgnoreCase))
            {
                return format.Trim().ToLowerInvariant();
            }
        }

        return type switch
        {
            _ when Keynote().IsMatch(type) => "keynote",
            _ when Lightning().IsMatch(type) => "lightning",
            _ when Workshop().IsMatch(type) => "workshop",
            _ when Panel().IsMatch(type) => "panel",
            _ => "talk",
        };
    }

    [GeneratedRegex(@"\bkey ?note", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Keynote();

    [GeneratedRegex(@"\blightning|\bblitz|\bkurzvortrag", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Lightning();

    [GeneratedRegex(@"\bworkshop|\btutorial|\bhands[- ]on|\btraining|\blab\b|\bsprint", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Workshop();

    [GeneratedRegex(@"\bpanel|\bbof\b|\bbirds of a feather|\bdiscussion|\bfishbowl|\bpodium|\bround ?table|\bq ?& ?a session", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Panel();
}
