using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Recap.Text;

/// <summary>
/// Slugs and matching keys. "Zoë Ångström" has the slug and the key <c>zoe-angstrom</c>; "山田 太郎"
/// has the key <c>山田-太郎</c> (names of every script stay distinct) and an ASCII slug made from it.
/// </summary>
internal static class Slug
{
    /// <summary>Slugs become folder names, which file systems keep to 255 bytes; a hundred characters is still readable.</summary>
    public const int MaxLength = 100;

    /// <summary>Lowercase ASCII letters and digits, runs of anything else as one hyphen, no hyphen at either end.</summary>
    public static string From(string text) => Build(text, asciiOnly: true);

    /// <summary>
    /// The key names are matched by, ignoring case and diacritics: like <see cref="From"/>, but
    /// letters of any script are kept, so two names in Japanese are never the same key.
    /// </summary>
    public static string Key(string text) => Build(text, asciiOnly: false);

    /// <summary>
    /// The slug for a URL: <see cref="From"/>, or, for a name with no Latin letter or digit, a
    /// short stable hash of its key (<c>u-1a2b3c4d</c>), so it still gets a URL of its own.
    /// </summary>
    public static string ForUrl(string text)
    {
        var slug = Shortened(From(text));
        if (slug.Length > 0)
        {
            return slug;
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(Key(text) is { Length: > 0 } key ? key : text));
        return "u-" + Convert.ToHexStringLower(hash, 0, 4);
    }

    /// <summary>A slug cut to <see cref="MaxLength"/> characters, at a hyphen when there is one in its second half.</summary>
    public static string Shortened(string slug)
    {
        ArgumentNullException.ThrowIfNull(slug);
        if (slug.Length <= MaxLength)
        {
            return slug;
        }

        var cut = slug.LastIndexOf('-', MaxLength);
        return slug[..(cut > MaxLength / 2 ? cut : MaxLength)].TrimEnd('-');
    }

    /// <summary>True when <paramref name="text"/> is already a slug: what a <c>slug:</c> key must hold.</summary>
    public static bool IsValid(string text) =>
        text.Length is > 0 and <= MaxLength && text[0] != '-' && text[^1] != '-' && !text.Contains("--", StringComparison.Ordinal)
        && text.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    private static string Build(string text, bool asciiOnly)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder(decomposed.Length);
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            var isAscii = lower is (>= 'a' and <= 'z') or (>= '0' and <= '9');
            var transliterated = isAscii ? null : Transliterate(lower);
            if (!isAscii && transliterated is null && (asciiOnly || !char.IsLetterOrDigit(lower)))
            {
                pendingHyphen = slug.Length > 0;
                continue;
            }

            if (pendingHyphen)
            {
                slug.Append('-');
                pendingHyphen = false;
            }

            if (transliterated is null)
            {
                slug.Append(lower);
            }
            else
            {
                slug.Append(transliterated);
            }
        }

        return slug.ToString().Normalize(NormalizationForm.FormC);
    }

    // Latin letters that Unicode does not decompose into a base letter and a mark.
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
