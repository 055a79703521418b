using System.Globalization;
using System.Text;

namespace Recap.Cards;

/// <summary>
/// Line breaking for cards, apart from drawing so it can be tested with any measure: words go on a
/// line while they fit, a word wider than a whole line is broken between characters (which is
/// also how CJK text, written without spaces, wraps), and text past the last line is cut with an ellipsis.
/// </summary>
internal static class CardLayout
{
    public const string Ellipsis = "…";

    /// <summary>More text than any card can show: a longer text is cut here before it is measured, so a title of a million characters costs what one of a thousand does.</summary>
    private const int MaxCharacters = 1000;

    /// <param name="text">The text; runs of white space count as one space.</param>
    /// <param name="measure">The drawn width of a string.</param>
    /// <param name="maxWidth">The width no line may exceed.</param>
    /// <param name="maxLines">How many lines there may be; the last ends with "…" when the text does not fit.</param>
    public static WrappedText WrapTitle(string text, Func<string, float> measure, float maxWidth, int maxLines)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLines, 1);

        if (text.Length > MaxCharacters)
        {
            text = text[..(char.IsLowSurrogate(text[MaxCharacters]) ? MaxCharacters - 1 : MaxCharacters)];
        }

        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in words)
        {
            if (lines.Count > maxLines)
            {
                break; // enough to know the text does not fit
            }

            var candidate = line.Length == 0 ? word : line + " " + word;
            if (measure(candidate) <= maxWidth)
            {
                line.Clear().Append(candidate);
                continue;
            }

            if (measure(word) <= maxWidth)
            {
                lines.Add(line.ToString());
                line.Clear().Append(word);
                continue;
            }

            // A word wider than a whole line (a long identifier, or CJK, written without spaces)
            // fills the rest of this line, then as many characters per line as fit.
            if (line.Length > 0)
            {
                line.Append(' ');
            }

            foreach (var element in TextElements(word))
            {
                if (lines.Count > maxLines)
                {
                    break;
                }

                if (line.Length > 0 && measure(line + element) > maxWidth)
                {
                    lines.Add(line.ToString().TrimEnd());
                    line.Clear();
                }

                line.Append(element);
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line.ToString());
        }

        if (lines.Count <= maxLines)
        {
            return new WrappedText(lines, Truncated: false);
        }

        var kept = lines.Take(maxLines - 1).ToList();
        kept.Add(WithEllipsis(lines[maxLines - 1], measure, maxWidth));
        return new WrappedText(kept, Truncated: true);
    }

    /// <summary>One line: <paramref name="text"/> itself when it fits, else cut with an ellipsis.</summary>
    public static string FitLine(string text, Func<string, float> measure, float maxWidth) =>
        WrapTitle(text, measure, maxWidth, 1).Lines is [var line, ..] ? line : string.Empty;

    /// <summary>The line with "…" after it, dropping whole words (or, for one long word, characters) until that fits.</summary>
    private static string WithEllipsis(string line, Func<string, float> measure, float maxWidth)
    {
        while (true)
        {
            var trimmed = line.TrimEnd().TrimEnd(',', ';', ':', '.', '-', '–', '—', '·').TrimEnd();
            if (trimmed.Length == 0 || measure(trimmed + Ellipsis) <= maxWidth)
            {
                return trimmed + Ellipsis;
            }

            var space = trimmed.LastIndexOf(' ');
            line = space > 0 ? trimmed[..space] : DropLastElement(trimmed);
        }
    }

    private static string DropLastElement(string text)
    {
        var starts = StringInfo.ParseCombiningCharacters(text);
        return text[..starts[^1]];
    }

    private static IEnumerable<string> TextElements(string word)
    {
        var elements = StringInfo.GetTextElementEnumerator(word);
        while (elements.MoveNext())
        {
            yield return elements.GetTextElement();
        }
    }
}
