using System.Globalization;
using System.Text;

namespace Recap.Text;

/// <summary>
/// Which way a page's text runs, from its language, and whether a piece of text holds letters that
/// run the other way: an Arabic title on an English page, an English name on a Hebrew one. Such
/// text is given <c>dir="auto"</c> (or a <c>&lt;bdi&gt;</c>), so that the browser lays it out in its own
/// direction, isolated from the punctuation and names around it. Text that runs the page's way is
/// left as it is.
/// </summary>
internal sealed class WritingDirection
{
    public static readonly WritingDirection LeftToRight = new(rightToLeft: false);

    public static readonly WritingDirection RightToLeft = new(rightToLeft: true);

    private WritingDirection(bool rightToLeft) => IsRightToLeft = rightToLeft;

    public bool IsRightToLeft { get; }

    /// <summary><c>rtl</c> or <c>ltr</c>, as HTML's <c>dir</c> writes it.</summary>
    public string Name => IsRightToLeft ? "rtl" : "ltr";

    /// <summary>
    /// The direction of <paramref name="language"/>, a BCP 47 tag (<c>ar</c>, <c>he-IL</c>,
    /// <c>ur</c>, <c>ku-Arab</c>): right to left when its script is, left to right for a tag this
    /// machine does not know.
    /// </summary>
    public static WritingDirection Of(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return LeftToRight;
        }

        try
        {
            return CultureInfo.GetCultureInfo(language.Trim()).TextInfo.IsRightToLeft ? RightToLeft : LeftToRight;
        }
        catch (CultureNotFoundException)
        {
            return LeftToRight;
        }
    }

    /// <summary>Whether <paramref name="text"/> holds a letter that runs against this direction.</summary>
    public bool IsCrossedBy(ReadOnlySpan<char> text) => IsRightToLeft ? HasLeftToRightLetter(text) : HasRightToLeftLetter(text);

    /// <summary>Whether the first letter of <paramref name="text"/> runs against this direction; null when it has no letter.</summary>
    public bool? StartsAgainst(ReadOnlySpan<char> text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsRightToLeftLetter(rune))
            {
                return !IsRightToLeft;
            }

            if (Rune.IsLetter(rune))
            {
                return IsRightToLeft;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="text"/> holds a letter of a right-to-left script: Hebrew, Arabic, Syriac, Thaana, N'Ko, Adlam, ...</summary>
    private static bool HasRightToLeftLetter(ReadOnlySpan<char> text)
    {
        // Every right-to-left script of the Basic Multilingual Plane is in one of these ranges; none is
        // a surrogate, so a text without them and without surrogates has none.
        if (text.IndexOfAnyInRange('\u0590', '\u08FF') < 0
            && text.IndexOfAnyInRange('\uFB1D', '\uFDFF') < 0
            && text.IndexOfAnyInRange('\uFE70', '\uFEFF') < 0
            && text.IndexOfAnyInRange('\uD800', '\uDBFF') < 0)
        {
            return false;
        }

        foreach (var rune in text.EnumerateRunes())
        {
            if (IsRightToLeftLetter(rune))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasLeftToRightLetter(ReadOnlySpan<char> text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetter(rune) && !IsRightToLeftScript(rune.Value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A letter, or one of the punctuation marks Arabic writes with its letters (<c>؟</c>, <c>؛</c>), of a right-to-left script.</summary>
    private static bool IsRightToLeftLetter(Rune rune) =>
        IsRightToLeftScript(rune.Value) && (Rune.IsLetter(rune) || rune.Value is 0x061B or 0x061F);

    /// <summary>Whether the code point is in a block of right-to-left scripts (its letters, marks, digits and punctuation alike).</summary>
    public static bool IsRightToLeftScript(int value) =>
        value is (>= 0x0590 and <= 0x08FF) // Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic and their supplements
            or (>= 0xFB1D and <= 0xFDFF) // Hebrew and Arabic presentation forms
            or (>= 0xFE70 and <= 0xFEFF)
            or (>= 0x10800 and <= 0x10FFF) // Phoenician, Kharoshthi, Avestan, Hanifi Rohingya, Yezidi, ...
            or (>= 0x1E800 and <= 0x1EFFF); // Mende Kikakui, Adlam, Arabic mathematical letters
}
