using System.Text.RegularExpressions;

namespace Recap.Import;

/// <summary>
/// Splits the speakers off a SUMMARY that names them, as schedule tools without a speaker field do:
/// <c>Understanding PyPy (talk by Francisco Fernández Castaño)</c>. Only that shape, a closing
/// "(KIND by NAMES)", is split: a dash or a colon ("Keynote: Van Lindberg, PSF Chair", "Gabbi -
/// Declarative HTTP Testing") is as often part of the title, so such a SUMMARY stays whole.
/// </summary>
internal static partial class IcalSummary
{
    /// <summary>No name in the list is longer than this: longer text is a sentence, not a name.</summary>
    private const int LongestName = 60;

    /// <summary>The title without the speakers, the kind the suffix gives (<c>talk</c>, <c>workshop</c>); null kind and no speakers when the SUMMARY does not name them.</summary>
    public static (string Title, string? Kind, IReadOnlyList<(string Name, string? Company)> Speakers) Split(string summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var match = SpeakerSuffix().Match(summary);
        if (!match.Success)
        {
            return (summary, null, []);
        }

        var speakers = Names(match.Groups["names"].Value.Trim());
        if (speakers.Count == 0)
        {
            return (summary, null, []);
        }

        var kind = match.Groups["kind"].Success ? match.Groups["kind"].Value : null;
        return (match.Groups["title"].Value.Trim(), kind, speakers);
    }

    /// <summary>
    /// "A &amp; B", "A and B", "A, B and C" are lists of people; "A, Some University" with no "and" is one
    /// person and where they work. Empty when any part does not look like a name.
    /// </summary>
    private static List<(string Name, string? Company)> Names(string text)
    {
        List<(string Name, string? Company)> speakers;
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        if (comma >= 0 && !ListJoiner().IsMatch(text))
        {
            speakers = [(text[..comma].Trim(), text[(comma + 1)..].Trim())];
        }
        else
        {
            speakers = [.. NameSeparator().Split(text).Select(name => (name.Trim(), (string?)null))];
        }

        return speakers.All(s => LooksLikeName(s.Name) && s.Company != string.Empty) ? speakers : [];
    }

    private static bool LooksLikeName(string name) =>
        name.Length is > 0 and <= LongestName && char.IsLetter(name[0]) && !name.Contains(':', StringComparison.Ordinal);

    [GeneratedRegex(@"^(?<title>.*\S)\s*\((?:(?<kind>talk|workshop|demo|panel|keynote|tutorial|lightning talk|presentation|session|poster)\s+)?by\s+(?<names>[^()]+)\)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpeakerSuffix();

    [GeneratedRegex(@"\s(?:and|&)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListJoiner();

    [GeneratedRegex(@"\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NameSeparator();
}
