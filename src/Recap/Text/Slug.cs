using System.Globalization;
using System.Text;

namespace Recap.Text;

/// <summary>ASCII slugs and the matching keys derived from them: "Zoë Ångström" -> "zoe-angstrom".</summary>
internal static class Slug
{
    /// <summary>Lowercase ASCII letters and digits, runs of anything else as one hyphen, no hyphen at either end.</summary>
    public static string From(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder(decomposed.Length);
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            var isAscii = lower is (>= 'a' and <= 'z') or (>= '0' and <= '9');
            var transliterated = isAscii ? null : Transliterate(lower);
            if (!isAscii && transliterated is null)
            {
                pendingHyphen = slug.Length > 0;
                continue;
            }

            if (pendingHyphen)
            {
                slug.Append('-');
                pendingHyphen = false;
            }

            if (isAscii)
            {
                slug.Append(lower);
            }
            else
            {
                slug.Append(transliterated);
            }
        }

        return slug.ToString();
    }

    /// <summary>True when <paramref name="text"/> is already a slug: what a <c>slug:</c> key must hold.</summary>
    public static bool IsValid(string text) =>
        text.Length > 0 && text[0] != '-' && text[^1] != '-' && !text.Contains("--", StringComparison.Ordinal)
        && text.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    // Letters that Unicode does not decompose into a base letter and a mark.
    private static string? Transliterate(char c) => c switch
    {
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'ø' => "o",
        'đ' or 'ð' => "d",
        'ł' => "l",
        'þ' => "th",
        'ı' => "i",
        _ => null,
    };
}
