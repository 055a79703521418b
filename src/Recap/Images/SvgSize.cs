using System.Globalization;
using System.Xml;

namespace Recap.Images;

/// <summary>
/// The size an SVG file is drawn at in an <c>&lt;img&gt;</c>, read from its root element as a
/// browser reads it: <c>width</c> and <c>height</c> in pixels or a physical unit
/// (<c>210mm</c>, <c>3in</c>, <c>72pt</c>), one of them and the <c>viewBox</c>'s shape, or
/// nothing. An SVG sized in percent, or by its <c>viewBox</c> alone, fills the column it is in,
/// so it has no fixed size to give.
/// </summary>
internal static class SvgSize
{
    /// <summary>How far into the file the root element may start: past an XML declaration, comments and a DOCTYPE.</summary>
    private const int MaxProlog = 64 * 1024;

    /// <summary>CSS pixels per unit: 96 to the inch.</summary>
    private static readonly Dictionary<string, double> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        [""] = 1,
        ["px"] = 1,
        ["in"] = 96,
        ["cm"] = 96 / 2.54,
        ["mm"] = 96 / 25.4,
        ["q"] = 96 / 101.6,
        ["pt"] = 96 / 72.0,
        ["pc"] = 16,
    };

    /// <summary>Whether <paramref name="head"/>, the file's first bytes, starts as XML does: with <c>&lt;</c>, after a byte order mark and white space.</summary>
    public static bool LooksLikeXml(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("\xEF\xBB\xBF"u8))
        {
            head = head[3..];
        }

        var start = head.IndexOfAnyExcept(" \t\r\n"u8);
        return start >= 0 && head[start] == (byte)'<';
    }

    /// <returns>The size, or null when the file is not SVG or gives no fixed size.</returns>
    /// <param name="stream">A seekable stream at the start of the file.</param>
    public static ImageHeader? Read(Stream stream)
    {
        var prolog = new byte[(int)Math.Min(MaxProlog, stream.Length)];
        stream.Position = 0;
        stream.ReadExactly(prolog);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };

        try
        {
            using var reader = XmlReader.Create(new MemoryStream(prolog), settings);
            if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "svg")
            {
                return null;
            }

            return Size(Length(reader.GetAttribute("width")), Length(reader.GetAttribute("height")), ViewBox(reader.GetAttribute("viewBox")));
        }
        catch (XmlException)
        {
            return null; // cut short within the root's start tag, or not XML after all
        }
    }

    private static ImageHeader? Size(double? width, double? height, (double Width, double Height)? viewBox)
    {
        (width, height) = (width, height, viewBox) switch
        {
            ({ }, null, { } box) => (width, width * box.Height / box.Width),
            (null, { }, { } box) => (height * box.Width / box.Height, height),
            _ => (width, height),
        };

        return width is { } w && height is { } h && Pixels(w) is { } x && Pixels(h) is { } y ? new ImageHeader("SVG", x, y) : null;
    }

    private static int? Pixels(double length) =>
        Math.Round(length, MidpointRounding.AwayFromZero) is var rounded && rounded is >= 1 and <= int.MaxValue ? (int)rounded : null;

    /// <summary>A length in CSS pixels; null for none, a percentage, a unit relative to the font, or a length that is not positive.</summary>
    private static double? Length(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var text = value.Trim();
        var unit = text.Length - text.AsSpan().LastIndexOfAnyInRange('0', '9') - 1;
        if (unit < 0 || !Units.TryGetValue(text[^unit..], out var pixels)
            || !double.TryParse(text[..^unit], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var number)
            || !double.IsFinite(number) || number <= 0)
        {
            return null;
        }

        return number * pixels;
    }

    /// <summary>The width and height of a <c>viewBox</c> (<c>min-x min-y width height</c>, by spaces or commas); null when it is not four numbers or has no area.</summary>
    private static (double Width, double Height)? ViewBox(string? value)
    {
        var parts = (value ?? string.Empty).Split([' ', ',', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
        var numbers = parts.Select(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n) ? n : (double?)null).ToList();
        return numbers.Count == 4 && numbers.All(n => n is not null) && numbers[2] > 0 && numbers[3] > 0
            ? (numbers[2]!.Value, numbers[3]!.Value)
            : null;
    }
}
