using System.Globalization;
using System.Text;
using Recap.Text;

namespace Recap.Search;

/// <summary>
/// How the search index and the search page's script read text, the same on both sides
/// (<c>themes/default/assets/search.js</c> mirrors this): lower case, without diacritics
/// ("Ångström" is "angstrom"), split into words of letters and digits, each Chinese or Japanese
/// character a word of its own, a few English words that every title has left out.
/// </summary>
public static class SearchText
{
    /// <summary>A word's key is its first three characters: the index files a word by its key.</summary>
    public const int KeyLength = 3;

    private const char Tatweel = '\u0640';

    private static readonly HashSet<string> StopWords = new(
        ["a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "how", "in", "is", "it", "its", "of", "on", "or", "the", "to", "what", "why", "with"],
        StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordSpans = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The words of <paramref name="text"/>, folded, in order, repeats kept.</summary>
    public static IEnumerable<string> Words(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        var folded = Fold(text);
        for (var at = 0; NextWord(folded, ref at, out var word);)
        {
            yield return folded[word];
        }
    }

    /// <summary>
    /// The next word of <paramref name="folded"/> (text <see cref="Fold"/> made) from <paramref name="at"/>,
    /// which moves past it: a run of letters and digits, or one Chinese or Japanese character, that
    /// is not a stop word. False when there is none.
    /// </summary>
    internal static bool NextWord(string folded, ref int at, out Range word)
    {
        while (at < folded.Length)
        {
            var c = folded[at];
            if (!char.IsLetterOrDigit(c))
            {
                at++;
                continue;
            }

            var start = at++;
            if (!IsIdeograph(c))
            {
                while (at < folded.Length && char.IsLetterOrDigit(folded[at]) && !IsIdeograph(folded[at]))
                {
                    at++;
                }
            }

            word = start..at;
            if (!StopWordSpans.Contains(folded.AsSpan(word)))
            {
                return true;
            }
        }

        word = default;
        return false;
    }

    /// <summary>The key a word is filed under: its first <see cref="KeyLength"/> characters.</summary>
    public static string Key(string word) => word.Length <= KeyLength ? word : word[..KeyLength];

    /// <summary>
    /// Which of <paramref name="shards"/> files the words of <paramref name="key"/>: FNV-1a over
    /// its UTF-16 code units, as the script computes it with <c>Math.imul</c>.
    /// </summary>
    public static int Shard(string key, int shards)
    {
        ArgumentNullException.ThrowIfNull(key);
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return (int)(hash % (uint)shards);
    }

    /// <summary>
    /// Decomposed, marks and the Arabic tatweel (which only stretches a word: العـــربية) removed,
    /// lower case, the letters that do not decompose spelled out, and composed again (Korean
    /// syllables are decomposed into their letters on the way).
    /// </summary>
    internal static string Fold(string text)
    {
        // Most text is ASCII, which has no marks to remove and nothing to spell out.
        if (System.Text.Ascii.IsValid(text))
        {
            return text.ToLowerInvariant();
        }

        var decomposed = PlainText.Of(text).Normalize(NormalizationForm.FormD);
        var bare = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (c != Tatweel && CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark))
            {
                bare.Append(c);
            }
        }

        var lower = bare.ToString().ToLowerInvariant();
        var folded = new StringBuilder(lower.Length);
        foreach (var c in lower)
        {
            _ = c switch
            {
                'ß' => folded.Append("ss"),
                'æ' => folded.Append("ae"),
                'œ' => folded.Append("oe"),
                'ø' => folded.Append('o'),
                'ł' => folded.Append('l'),
                'đ' or 'ð' => folded.Append('d'),
                'þ' => folded.Append("th"),
                'ı' => folded.Append('i'),
                'ς' => folded.Append('σ'),
                _ => folded.Append(c),
            };
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Chinese characters, kana: written without spaces, so each is a word.</summary>
    private static bool IsIdeograph(char c) =>
        c is (>= '\u3040' and <= '\u30ff') or (>= '\u3400' and <= '\u4dbf') or (>= '\u4e00' and <= '\u9fff') or (>= '\uf900' and <= '\ufaff');
}
