namespace Recap.Text;

/// <summary>
/// The shorter names a name is made of, which may name the same person or topic: "Tim (文昌) Hsu"
/// holds "Tim Hsu" and "文昌", "郭學聰 (Hsueh-Tsung Kuo)" holds "郭學聰" and "Hsueh-Tsung Kuo",
/// "姜韋辰 Daniel" holds "姜韋辰" and "Daniel". A part is only ever suggested as an alias: it never
/// merges two names by itself.
/// </summary>
internal static class NameParts
{
    /// <summary>The name without its parenthesised parts, each parenthesised part, and its words in Latin and in other scripts apart.</summary>
    public static IEnumerable<string> Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var parts = new List<string>();
        var open = name.IndexOfAny(['(', '（']);
        var close = open < 0 ? -1 : name.IndexOfAny([')', '）'], open);
        if (close > open)
        {
            parts.Add(name[(open + 1)..close]);
            parts.Add(name[..open] + " " + name[(close + 1)..]);
        }

        // Words without letters ("2", "#1") go with both.
        var words = name.Split([' ', '\u3000', '(', ')', '（', '）', '/', '／'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Any(HasLatinLetter) && words.Any(HasOtherLetter))
        {
            parts.Add(string.Join(' ', words.Where(w => !HasOtherLetter(w))));
            parts.Add(string.Join(' ', words.Where(w => !HasLatinLetter(w))));
        }

        return parts.Select(p => p.Trim()).Where(p => p.Length > 0 && p != name).Distinct(StringComparer.Ordinal);
    }

    private static bool HasLatinLetter(string word) => word.Any(IsLatinLetter);

    private static bool HasOtherLetter(string word) => word.Any(c => char.IsLetter(c) && !IsLatinLetter(c));

    private static bool IsLatinLetter(char c) => char.IsAsciiLetter(c) || (char.IsLetter(c) && c is (>= '\u00C0' and <= '\u024F') or (>= '\u1E00' and <= '\u1EFF'));
}
