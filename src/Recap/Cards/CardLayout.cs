using System.Globalization;
using System.Text;

namespace Recap.Cards;

/// <summary>
/// Line breaking for cards, apart from drawing so it can be tested with any measure: words go on a
/// line while they fit, a word wider than a whole line is broken between characters (which is
/// also how CJK text, written without spaces, wraps), and text past the last line is cut with an
/// ellipsis. A title is then balanced, as CSS <c>text-wrap: balance</c> does: the same number of
/// lines, broken where they come out most even, so that no word is left alone on the last line.
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

        var words = Words(text);
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

    /// <summary>
    /// <paramref name="text"/> in as many lines as <see cref="WrapTitle"/> needs, broken where the
    /// longest line is shortest, and among those breaks where the lines are most even.
    /// </summary>
    /// <param name="text">The text; runs of white space count as one space.</param>
    /// <param name="measure">The drawn width of a string.</param>
    /// <param name="maxWidth">The width no line may exceed.</param>
    /// <param name="maxLines">How many lines there may be; a text that needs more is cut as <see cref="WrapTitle"/> cuts it.</param>
    public static WrappedText WrapBalanced(string text, Func<string, float> measure, float maxWidth, int maxLines) =>
        Balance(text, WrapTitle(text, measure, maxWidth, maxLines), measure, maxWidth);

    /// <summary>
    /// The lines of <paramref name="wrapped"/> (<paramref name="text"/> wrapped by <see cref="WrapTitle"/>)
    /// broken again as evenly as they can be; <paramref name="wrapped"/> itself when it is one line or cut.
    /// </summary>
    public static WrappedText Balance(string text, WrappedText wrapped, Func<string, float> measure, float maxWidth)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(wrapped);
        ArgumentNullException.ThrowIfNull(measure);

        // A cut title fills its lines to show as much as it can: there is nothing to even out.
        var count = wrapped.Lines.Count;
        if (wrapped.Truncated || count < 2)
        {
            return wrapped;
        }

        var pieces = Pieces(text, measure, maxWidth);
        if (pieces.Count <= count)
        {
            return wrapped;
        }

        // Widths of lines are added up from the widths of their pieces: each piece is measured once,
        // not each of the many lines tried. Kerning across a space is left out, so the lines chosen
        // are measured whole at the end, and the greedy lines stay when one of them is too wide.
        var widths = new Spans(pieces, measure("a a") - measure("aa"));
        var longest = LongestLine(pieces.Count, count, widths, maxWidth);
        var breaks = EvenestBreaks(pieces.Count, count, widths, longest);
        if (breaks is null)
        {
            return wrapped;
        }

        var lines = new List<string>(count);
        for (var line = 0; line < count; line++)
        {
            var built = new StringBuilder();
            for (var i = breaks[line]; i < breaks[line + 1]; i++)
            {
                built.Append(i > breaks[line] && pieces[i].SpaceBefore ? " " : string.Empty).Append(pieces[i].Text);
            }

            lines.Add(built.ToString());
        }

        return lines.All(l => measure(l) <= maxWidth) ? new WrappedText(lines, Truncated: false) : wrapped;
    }

    /// <summary>The shortest longest line <paramref name="count"/> lines of the pieces can have: each line's best over where the line before ends.</summary>
    private static float LongestLine(int pieces, int count, Spans width, float maxWidth)
    {
        // best[j] is the shortest longest line of the first j pieces in the lines laid so far.
        var best = new float[pieces + 1];
        Array.Fill(best, float.PositiveInfinity);
        best[0] = 0;
        for (var line = 0; line < count; line++)
        {
            var next = new float[pieces + 1];
            Array.Fill(next, float.PositiveInfinity);
            for (var end = line + 1; end <= pieces; end++)
            {
                for (var start = end - 1; start >= line; start--)
                {
                    var w = width.Of(start, end);
                    if (w > maxWidth)
                    {
                        break; // longer lines only get wider
                    }

                    next[end] = Math.Min(next[end], Math.Max(best[start], w));
                }
            }

            best = next;
        }

        return best[pieces];
    }

    /// <summary>
    /// Where each of <paramref name="count"/> lines starts (and, last, where the text ends), no line
    /// longer than <paramref name="longest"/>, with the least sum of squares of what each line
    /// lacks of it: null when there is no such breaking.
    /// </summary>
    private static int[]? EvenestBreaks(int pieces, int count, Spans width, float longest)
    {
        if (float.IsInfinity(longest))
        {
            return null;
        }

        // A line as long as the longest, give or take rounding, fits.
        var limit = longest + 0.01f;
        var cost = new double[count + 1, pieces + 1];
        var from = new int[count + 1, pieces + 1];
        for (var line = 0; line <= count; line++)
        {
            for (var end = 0; end <= pieces; end++)
            {
                cost[line, end] = double.PositiveInfinity;
            }
        }

        cost[0, 0] = 0;
        for (var line = 1; line <= count; line++)
        {
            for (var end = line; end <= pieces; end++)
            {
                for (var start = end - 1; start >= line - 1; start--)
                {
                    var w = width.Of(start, end);
                    if (w > limit)
                    {
                        break;
                    }

                    var slack = longest - w;
                    var total = cost[line - 1, start] + (slack * slack);
                    if (total < cost[line, end])
                    {
                        cost[line, end] = total;
                        from[line, end] = start;
                    }
                }
            }
        }

        if (double.IsInfinity(cost[count, pieces]))
        {
            return null;
        }

        var breaks = new int[count + 1];
        breaks[count] = pieces;
        for (var line = count; line > 0; line--)
        {
            breaks[line - 1] = from[line, breaks[line]];
        }

        return breaks;
    }

    /// <summary>
    /// What a line may be broken between: words, and the characters of a word wider than a whole
    /// line (as <see cref="WrapTitle"/> breaks it), each with its width.
    /// </summary>
    private static List<(string Text, bool SpaceBefore, float Width)> Pieces(string text, Func<string, float> measure, float maxWidth)
    {
        var pieces = new List<(string Text, bool SpaceBefore, float Width)>();
        foreach (var word in Words(text))
        {
            var width = measure(word);
            if (width <= maxWidth)
            {
                pieces.Add((word, true, width));
                continue;
            }

            var first = true;
            foreach (var element in TextElements(word))
            {
                pieces.Add((element, first, measure(element)));
                first = false;
            }
        }

        return pieces;
    }

    private static string[] Words(string text)
    {
        if (text.Length > MaxCharacters)
        {
            text = text[..(char.IsLowSurrogate(text[MaxCharacters]) ? MaxCharacters - 1 : MaxCharacters)];
        }

        return text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>One line: <paramref name="text"/> itself when it fits, else cut with an ellipsis.</summary>
    public static string FitLine(string text, Func<string, float> measure, float maxWidth)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(measure);

        // Nearly every line fits whole: one measure, where wrapping measures it a word at a time.
        var trimmed = text.Trim();
        if (trimmed.Length <= MaxCharacters && !trimmed.Any(c => char.IsWhiteSpace(c) && c != ' ') && !trimmed.Contains("  ", StringComparison.Ordinal) && measure(trimmed) <= maxWidth)
        {
            return trimmed;
        }

        return WrapTitle(text, measure, maxWidth, 1).Lines is [var line, ..] ? line : string.Empty;
    }

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

    /// <summary>The width of a line of pieces, added up from theirs: each piece and each space is measured once, not each line tried.</summary>
    private readonly struct Spans
    {
        private readonly float[] _ends;
        private readonly float[] _spaceBefore;

        public Spans(List<(string Text, bool SpaceBefore, float Width)> pieces, float space)
        {
            // _ends[i] is the width of the first i pieces on one line.
            _ends = new float[pieces.Count + 1];
            _spaceBefore = new float[pieces.Count];
            for (var i = 0; i < pieces.Count; i++)
            {
                _spaceBefore[i] = i > 0 && pieces[i].SpaceBefore ? space : 0;
                _ends[i + 1] = _ends[i] + _spaceBefore[i] + pieces[i].Width;
            }
        }

        /// <summary>Pieces <paramref name="from"/> to <paramref name="to"/> (not included), without the space before the first: a line starts with no space.</summary>
        public float Of(int from, int to) => _ends[to] - _ends[from] - _spaceBefore[from];
    }
}
