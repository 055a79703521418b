using System.Text;

namespace Recap.Text;

/// <summary>Words with numbered gaps, <c>Talk by {0}</c>, as a theme's translations write them.</summary>
internal static class Placeholders
{
    /// <summary>
    /// <paramref name="pattern"/> with each <c>{n}</c> replaced by the n-th value; a gap with no
    /// value, and braces around anything else, are written as they are.
    /// </summary>
    public static string Fill(string pattern, ReadOnlySpan<string> values)
    {
        if (!pattern.Contains('{', StringComparison.Ordinal))
        {
            return pattern;
        }

        var text = new StringBuilder(pattern.Length + 32);
        var i = 0;
        while (i < pattern.Length)
        {
            var open = pattern.IndexOf('{', i);
            if (open < 0)
            {
                break;
            }

            var close = pattern.IndexOf('}', open + 1);
            text.Append(pattern, i, open - i);
            if (close > open + 1 && int.TryParse(pattern.AsSpan(open + 1, close - open - 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) && index < values.Length)
            {
                text.Append(values[index]);
                i = close + 1;
            }
            else
            {
                text.Append('{');
                i = open + 1;
            }
        }

        return text.Append(pattern, i, pattern.Length - i).ToString();
    }
}
