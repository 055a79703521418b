using System.Globalization;
using System.Text;

namespace Recap.Text;

/// <summary>
/// How many columns of a terminal text takes: East Asian wide and full-width letters and emoji two
/// each, combining marks and zero-width characters none, the rest one; so that columns of names
/// in several scripts line up.
/// </summary>
internal static class TerminalWidth
{
    public static int Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += Of(rune);
        }

        return width;
    }

    /// <summary><paramref name="text"/> padded with spaces to <paramref name="width"/> columns, or cut to them with '…' when it is wider.</summary>
    public static string Fit(string text, int width)
    {
        ArgumentNullException.ThrowIfNull(text);
        var used = Of(text);
        if (used <= width)
        {
            return text + new string(' ', width - used);
        }

        var fitted = new StringBuilder();
        used = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (used + Of(rune) > width - 1)
            {
                break;
            }

            fitted.Append(rune.ToString());
            used += Of(rune);
        }

        return fitted.Append('…').Append(' ', width - 1 - used).ToString();
    }

    private static int Of(Rune rune)
    {
        var category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format || rune.Value is 0x200B)
        {
            return 0;
        }

        return rune.Value is (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0x303E) or (>= 0x3041 and <= 0x33FF) or (>= 0x3400 and <= 0x4DBF)
            or (>= 0x4E00 and <= 0x9FFF) or (>= 0xA000 and <= 0xA4CF) or (>= 0xAC00 and <= 0xD7A3) or (>= 0xF900 and <= 0xFAFF)
            or (>= 0xFE30 and <= 0xFE4F) or (>= 0xFF00 and <= 0xFF60) or (>= 0xFFE0 and <= 0xFFE6) or (>= 0x1F300 and <= 0x1F64F)
            or (>= 0x1F900 and <= 0x1F9FF) or (>= 0x20000 and <= 0x3FFFD)
            ? 2
            : 1;
    }
}
