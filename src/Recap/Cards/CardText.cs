using System.Globalization;
using System.Text;
using Recap.Text;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace Recap.Cards;

/// <summary>
/// Measures and draws text for one card. A line is split into runs by which typeface has each
/// character: the embedded face when it can, else a machine font found by fontconfig, so no
/// character is drawn as an empty box when the machine can draw it. Each run is shaped by
/// HarfBuzz (kerning, joined Arabic), and right-to-left text is put in visual order by a small
/// part of the Unicode bidirectional algorithm: a line's direction is that of its first strong
/// letter, and spaces and punctuation between letters of one direction go with them.
/// </summary>
internal sealed class CardText(bool fallback = true)
{
    // A HarfBuzz font is built from a typeface's bytes (tables parsed and checked), which cost a
    // card more than shaping its text did: each thread keeps one per typeface for its life, so no
    // font is shared between threads that shape at once.
    [ThreadStatic]
    private static Dictionary<SKTypeface, SKShaper>? t_shapers;

    public float Measure(string text, SKTypeface typeface, float size)
    {
        var width = 0f;
        foreach (var (run, rtl) in VisualRuns(text, typeface))
        {
            width += Shape(run, rtl, size).Width;
        }

        return width;
    }

    /// <summary>Draws <paramref name="text"/> with its left end at <paramref name="x"/> on the baseline <paramref name="y"/>; returns its width.</summary>
    /// <param name="rightToLeft">The direction of the paragraph the line is part of; by default, the line's own.</param>
    public float Draw(SKCanvas canvas, string text, float x, float y, SKTypeface typeface, float size, SKColor color, bool? rightToLeft = null)
    {
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        var start = x;
        foreach (var (run, rtl) in VisualRuns(text, typeface, rightToLeft))
        {
            using var font = Font(run.Typeface, size);
            var shaped = Shape(run, rtl, size);
            if (shaped.Codepoints.Length > 0)
            {
                var glyphs = Array.ConvertAll(shaped.Codepoints, g => (ushort)g);
                using var builder = new SKTextBlobBuilder();
                builder.AddPositionedRun(glyphs, font, shaped.Points);
                using var blob = builder.Build();
                canvas.DrawText(blob, x, y, paint);
            }

            x += shaped.Width;
        }

        return x - start;
    }

    /// <summary>
    /// The runs of one line, left to right as drawn: runs of one direction, each split by typeface;
    /// in a right-to-left line the direction runs are reversed, and in a right-to-left run its typeface runs.
    /// </summary>
    public IEnumerable<(TextRun Run, bool RightToLeft)> VisualRuns(string text, SKTypeface typeface, bool? rightToLeft = null)
    {
        var lineRtl = rightToLeft ?? IsRightToLeft(text);
        var directions = Directions(text, lineRtl);
        if (lineRtl)
        {
            directions.Reverse();
        }

        foreach (var (start, end, rtl) in directions)
        {
            var runs = Split(text[start..end], typeface, fallback);
            for (var i = 0; i < runs.Count; i++)
            {
                yield return (runs[rtl ? runs.Count - 1 - i : i], rtl);
            }
        }
    }

    /// <summary>
    /// Splits <paramref name="text"/> into runs by typeface. Marks stay with the character they
    /// mark; spaces and punctuation between two words of a fallback script stay in its run, so a
    /// Hebrew phrase is shaped, and ordered right to left, as one.
    /// </summary>
    public static IReadOnlyList<TextRun> Split(string text, SKTypeface primary, bool fallback = true)
    {
        var runs = new List<TextRun>();
        SKTypeface? current = null;
        var start = 0;
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var next = index + rune.Utf16SequenceLength;
            var typeface = Choose(rune, current, primary, fallback, text, next);
            if (current is not null && typeface != current)
            {
                runs.Add(new TextRun(text[start..index], current));
                start = index;
            }

            current = typeface;
            index = next;
        }

        if (current is not null)
        {
            runs.Add(new TextRun(text[start..], current));
        }

        return runs;
    }

    /// <summary>Whether a paragraph reads right to left: whether its first letter is of a right-to-left script.</summary>
    public static bool IsRightToLeft(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            // Digits are weak: "2024 שנה" reads from the right, as a browser's dir="auto" has it.
            if (!Rune.IsDigit(rune) && DirectionOf(rune) is var direction and not Direction.Neutral)
            {
                return direction == Direction.Rtl;
            }
        }

        return false;
    }

    /// <summary>Cuts a line where its direction changes.</summary>
    private static List<(int Start, int End, bool Rtl)> Directions(string text, bool lineRtl)
    {
        var runes = new List<(int Index, Direction Direction)>();
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var direction = IsMark(rune) && runes.Count > 0 ? runes[^1].Direction : DirectionOf(rune);
            runes.Add((index, direction));
            index += rune.Utf16SequenceLength;
        }

        var line = lineRtl ? Direction.Rtl : Direction.Ltr;

        // Neutrals take the direction of the letters on both sides when they agree, else the line's.
        var resolved = new Direction[runes.Count];
        var previous = line;
        for (var i = 0; i < runes.Count; i++)
        {
            if (runes[i].Direction != Direction.Neutral)
            {
                resolved[i] = previous = runes[i].Direction;
                continue;
            }

            var end = i;
            while (end < runes.Count && runes[end].Direction == Direction.Neutral)
            {
                end++;
            }

            var next = end < runes.Count ? runes[end].Direction : line;
            Array.Fill(resolved, previous == next ? next : line, i, end - i);
            i = end - 1;
        }

        var runs = new List<(int Start, int End, bool Rtl)>();
        for (var i = 0; i < runes.Count; i++)
        {
            var start = runes[i].Index;
            while (i + 1 < runes.Count && resolved[i + 1] == resolved[i])
            {
                i++;
            }

            runs.Add((start, i + 1 < runes.Count ? runes[i + 1].Index : text.Length, resolved[i] == Direction.Rtl));
        }

        return runs;
    }

    private static Direction DirectionOf(Rune rune) => rune.Value switch
    {
        var value when WritingDirection.IsRightToLeftScript(value) => Direction.Rtl,
        _ when Rune.IsLetterOrDigit(rune) => Direction.Ltr,
        _ => Direction.Neutral,
    };

    private static SKShaper.Result Shape(TextRun run, bool rtl, float size)
    {
        using var font = Font(run.Typeface, size);
        using var buffer = new HarfBuzzSharp.Buffer();
        buffer.AddUtf16(run.Text);
        buffer.Direction = rtl ? HarfBuzzSharp.Direction.RightToLeft : HarfBuzzSharp.Direction.LeftToRight;
        buffer.GuessSegmentProperties();
        return Shaper(run.Typeface).Shape(buffer, font);
    }

    private static SKTypeface Choose(Rune rune, SKTypeface? current, SKTypeface primary, bool fallback, string text, int next)
    {
        if (current is not null && IsMark(rune))
        {
            return current;
        }

        var fallbackRun = current is not null && current != primary ? current : null;
        if (fallbackRun is not null && IsNeutral(rune) && CardFonts.Has(fallbackRun, rune.Value) && NextWordStaysIn(fallbackRun, primary, text, next))
        {
            return fallbackRun;
        }

        if (!fallback || CardFonts.Has(primary, rune.Value))
        {
            return primary;
        }

        if (fallbackRun is not null && CardFonts.Has(fallbackRun, rune.Value))
        {
            return fallbackRun;
        }

        // Nothing on the machine has it: the embedded face's box is the honest answer.
        return CardFonts.Fallback(rune.Value, primary) ?? primary;
    }

    private static bool NextWordStaysIn(SKTypeface current, SKTypeface primary, string text, int index)
    {
        foreach (var rune in text.AsSpan(index).EnumerateRunes())
        {
            if (!IsNeutral(rune) && !IsMark(rune))
            {
                return !CardFonts.Has(primary, rune.Value) && CardFonts.Has(current, rune.Value);
            }
        }

        return false;
    }

    private static bool IsMark(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
        || rune.Value is 0x200D or (>= 0xFE00 and <= 0xFE0F);

    private static bool IsNeutral(Rune rune) =>
        Rune.IsWhiteSpace(rune) || Rune.IsPunctuation(rune);

    private static SKFont Font(SKTypeface typeface, float size) => new(typeface, size)
    {
        Edging = SKFontEdging.Antialias,
        Hinting = SKFontHinting.None,
        Subpixel = true,
    };

    private enum Direction
    {
        Neutral,
        Ltr,
        Rtl,
    }

    private static SKShaper Shaper(SKTypeface typeface)
    {
        var shapers = t_shapers ??= [];
        if (!shapers.TryGetValue(typeface, out var shaper))
        {
            shaper = new SKShaper(typeface);
            shapers.Add(typeface, shaper);
        }

        return shaper;
    }
}
