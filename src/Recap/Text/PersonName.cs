using System.Globalization;

namespace Recap.Text;

/// <summary>
/// How people's names sort: by family name where one can be told. A name of several words in a
/// script written with spaces sorts by its last word ("Ada Lovelace" as "Lovelace, Ada", "Vincent
/// van Gogh" as "Gogh, Vincent van", so the particle does not decide), not counting a suffix such
/// as "Jr." or "III" or a part in brackets. A name of one word, or with letters of a script
/// written without spaces between words (Chinese, Japanese, Korean), sorts as it is written,
/// since its family name cannot be told from its words.
/// </summary>
internal static partial class PersonName
{
    /// <summary>
    /// Names as an author may join several people's in one text: "Ada &amp; Grace", "Ada, Grace",
    /// "Ada; Grace", "Ada + Grace", "Ada and Grace", "Ada - Grace" (a dash between spaces, as YAML reads
    /// a list item indented one space too far); "Jean-Paul" is one name. Empty parts are left out.
    /// </summary>
    public static IReadOnlyList<string> Joined(string text) =>
        [.. Joiners().Split(text).Select(p => p.Trim()).Where(p => p.Length > 0)];

    [System.Text.RegularExpressions.GeneratedRegex(@"\s*[&,;+]\s*|\s+and\s+|\s+[-–—]\s+")]
    private static partial System.Text.RegularExpressions.Regex Joiners();

    private static readonly HashSet<string> Suffixes = new(["jr", "sr", "ii", "iii", "iv", "phd"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The text <paramref name="name"/> sorts by, as an index writes it: "Lovelace, Ada" for "Ada Lovelace".</summary>
    public static string SortKey(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var unbracketed = WithoutBrackets(name);
        if (unbracketed.EnumerateRunes().Any(IsWrittenWithoutSpaces))
        {
            return name.Trim();
        }

        var words = unbracketed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w.TrimEnd(',')).Where(w => w.Length > 0).ToList();
        var suffixes = new List<string>();
        while (words.Count > 2 && Suffixes.Contains(words[^1].TrimEnd('.')))
        {
            suffixes.Insert(0, words[^1]);
            words.RemoveAt(words.Count - 1);
        }

        return words.Count < 2 ? name.Trim() : $"{words[^1]}, {string.Join(' ', [.. words[..^1], .. suffixes])}";
    }

    /// <summary>
    /// Compares sort keys as readers of <paramref name="language"/> sort them, ignoring case and
    /// diacritics (<c>Ångström</c> among the A's); the same on every machine with the same ICU.
    /// </summary>
    public static StringComparer Comparer(string language)
    {
        CultureInfo culture;
        try
        {
            culture = CultureInfo.GetCultureInfo(language);
        }
        catch (CultureNotFoundException)
        {
            culture = CultureInfo.InvariantCulture;
        }

        return StringComparer.Create(culture, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace);
    }

    private static string WithoutBrackets(string name)
    {
        var text = new System.Text.StringBuilder(name.Length);
        var depth = 0;
        foreach (var c in name)
        {
            depth += c is '(' or '[' ? 1 : 0;
            if (depth == 0)
            {
                text.Append(c);
            }

            depth -= c is ')' or ']' && depth > 0 ? 1 : 0;
        }

        return text.ToString();
    }

    /// <summary>Han, kana and Hangul: names in them have no spaces that tell a family name.</summary>
    internal static bool IsWrittenWithoutSpaces(System.Text.Rune rune) => rune.Value is
        (>= 0x1100 and <= 0x11FF) // Hangul jamo
        or (>= 0x3040 and <= 0x30FF) // hiragana, katakana
        or (>= 0x3130 and <= 0x318F) // Hangul compatibility jamo
        or (>= 0x3400 and <= 0x4DBF) // CJK extension A
        or (>= 0x4E00 and <= 0x9FFF) // CJK unified ideographs
        or (>= 0xAC00 and <= 0xD7AF) // Hangul syllables
        or (>= 0xF900 and <= 0xFAFF) // CJK compatibility ideographs
        or (>= 0x20000 and <= 0x3FFFF); // CJK extensions B and later
}
