using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AnyAscii;

namespace Recap.Text;

/// <summary>
/// Slugs and matching keys. "Zoë Ångström" has the slug and the key <c>zoe-angstrom</c>; "山田 太郎"
/// has the key <c>山田-太郎</c> (names of every script stay distinct) and the slug
/// <c>shan-tian-tai-lang</c>, transliterated. Each Chinese character or Korean syllable is a word
/// of its own in both, so "山田太郎" is the same name.
/// </summary>
internal static class Slug
{
    /// <summary>Slugs become folder names, which file systems keep to 255 bytes; a hundred characters is still readable.</summary>
    public const int MaxLength = 100;

    /// <summary>
    /// Lowercase ASCII letters and digits, runs of anything else as one hyphen, no hyphen at either
    /// end. Letters of other scripts are transliterated (AnyAscii): "Алексей" is <c>aleksey</c>, and each
    /// Chinese character or Korean syllable is a word of its own, so "王小明" is <c>wang-xiao-ming</c>.
    /// </summary>
    public static string From(string text) => Build(text, asciiOnly: true);

    /// <summary>
    /// The key names are matched by, ignoring case and diacritics: like <see cref="From"/>, but
    /// letters of scripts other than Latin are kept, so two names in Japanese are never the same key
    /// (<c>山-田-太-郎</c>).
    /// </summary>
    public static string Key(string text) => Build(text, asciiOnly: false);

    /// <summary>
    /// The slug for a URL: <see cref="From"/>, or, for a name with nothing to transliterate, a
    /// short stable hash of its key (<c>u-1a2b3c4d</c>), so it still gets a URL of its own.
    /// </summary>
    public static string ForUrl(string text)
    {
        var slug = Shortened(From(text));
        return slug.Length > 0 ? slug : "u-" + Hash(Key(text) is { Length: > 0 } key ? key : text, 8);
    }

    /// <summary>
    /// The slug of a new talk's file, from its title: <see cref="ForUrl"/> of the title read as an
    /// <see cref="Identifier"/>, so "C# tips" (<c>c-sharp-tips</c>) and "C++ tips" (<c>cpp-tips</c>)
    /// are two files, not one name taken twice.
    /// </summary>
    public static string ForTitle(string title) => ForUrl(Identifier(title));

    /// <summary>
    /// A topic's name or a title read as an identifier, so the punctuation that names languages keeps its
    /// meaning in slugs and keys: <c>C#</c> is "C sharp", <c>C++</c> "Cpp", <c>.NET</c> "dotNET"
    /// (<c>c-sharp</c>, <c>cpp</c>, <c>dotnet</c>), while <c>C</c> stays <c>c</c>.
    /// </summary>
    public static string Identifier(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var afterWord = i > 0 && char.IsLetterOrDigit(text[i - 1]);
            var beforeWord = i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
            if (c == '#' && afterWord && !beforeWord)
            {
                result.Append(" sharp");
            }
            else if (c == '+' && afterWord && i + 1 < text.Length && text[i + 1] == '+')
            {
                result.Append("pp");
                i++;
            }
            else if (c == '+' && afterWord && !beforeWord)
            {
                result.Append(" plus");
            }
            else if (c == '.' && !afterWord && beforeWord && char.IsLetter(text[i + 1]))
            {
                result.Append("dot");
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    /// <summary>The first <paramref name="length"/> hex digits of the SHA-256 of <paramref name="text"/>: the same on every machine and every build.</summary>
    public static string Hash(string text, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..length];
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
        var slug = new StringBuilder(text.Length);
        var pendingHyphen = false;
        var inScriptWord = false; // the last rune kept was a letter of a script other than Latin
        foreach (var rune in PlainText.Of(text).Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            var lower = Rune.ToLowerInvariant(rune);
            if (lower.IsAscii)
            {
                if (char.IsAsciiLetterOrDigit((char)lower.Value))
                {
                    StartWord();
                    slug.Append((char)lower.Value);
                }
                else
                {
                    pendingHyphen = slug.Length > 0;
                }

                inScriptWord = false;
                continue;
            }

            var isMark = Rune.GetUnicodeCategory(lower) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
            string part;
            if (asciiOnly || IsLatin(lower))
            {
                part = Transliterated(lower); // "é" is e, "ß" ss, "王" wang
            }
            else if (isMark)
            {
                // A mark belongs to the letter before it: kept with a letter of its own script, dropped from a Latin one.
                if (inScriptWord)
                {
                    slug.Append(lower.ToString());
                }

                continue;
            }
            else if (Rune.IsLetterOrDigit(lower))
            {
                part = IsGreek(lower) ? lower.ToString().Normalize(NormalizationForm.FormD)[..1] : lower.ToString();
            }
            else
            {
                part = Transliterated(lower); // a symbol or an emoji
            }

            inScriptWord = !asciiOnly && !IsLatin(lower) && part.Length > 0;
            if (part.Length == 0)
            {
                pendingHyphen |= !isMark && slug.Length > 0;
                continue;
            }

            var ownWord = IsWordPerCharacter(lower);
            pendingHyphen |= ownWord && slug.Length > 0;
            StartWord();
            slug.Append(part);
            pendingHyphen = ownWord;
        }

        return slug.ToString();

        void StartWord()
        {
            if (pendingHyphen)
            {
                slug.Append('-');
                pendingHyphen = false;
            }
        }
    }

    /// <summary>The rune in ASCII letters and digits, lowercase, words joined by hyphens: "ß" is <c>ss</c>, "😀" <c>grinning</c>.</summary>
    private static string Transliterated(Rune rune)
    {
        var ascii = rune.ToString().Transliterate();
        var result = new StringBuilder(ascii.Length);
        foreach (var c in ascii)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                result.Append(char.ToLowerInvariant(c));
            }
            else if (result.Length > 0 && result[^1] != '-')
            {
                result.Append('-');
            }
        }

        return result.ToString().TrimEnd('-');
    }

    /// <summary>Latin letters with diacritics or of their own (é, ß, ø, ł, æ...): matched by their ASCII spelling.</summary>
    private static bool IsLatin(Rune rune) => rune.Value is (>= 0x00C0 and <= 0x024F) or (>= 0x1E00 and <= 0x1EFF) or (>= 0x2C60 and <= 0x2C7F) or (>= 0xA720 and <= 0xA7FF);

    /// <summary>Greek letters are matched without their accents, as Latin ones are.</summary>
    private static bool IsGreek(Rune rune) => rune.Value is (>= 0x0370 and <= 0x03FF) or (>= 0x1F00 and <= 0x1FFF);

    /// <summary>Chinese characters and Korean syllables are each a syllable, read as a word of its own.</summary>
    private static bool IsWordPerCharacter(Rune rune) => rune.Value is
        (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x3134F)
        or (>= 0xAC00 and <= 0xD7AF);
}
