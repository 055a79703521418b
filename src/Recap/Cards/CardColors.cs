using System.Globalization;
using SkiaSharp;

namespace Recap.Cards;

/// <summary>The three colours of a social card: the page behind, the text, and the accent of the kicker, badge and stripe.</summary>
public sealed record CardColors(SKColor Background, SKColor Foreground, SKColor Accent)
{
    /// <summary>The default theme's light scheme (<c>--bg</c>, <c>--text</c>, <c>--accent</c> in its stylesheet).</summary>
    public static CardColors Default { get; } = new(new SKColor(0xfb, 0xfa, 0xf7), new SKColor(0x1c, 0x1e, 0x21), new SKColor(0x0a, 0x65, 0x70));

    /// <summary>Reads a CSS hex colour, <c>#rgb</c> or <c>#rrggbb</c>. Cards are opaque, so no alpha.</summary>
    public static bool TryParse(string? text, out SKColor color)
    {
        color = SKColors.Empty;
        var hex = text?.Trim();
        if (hex is null || !hex.StartsWith('#') || hex.Length is not (4 or 7)
            || !uint.TryParse(hex.AsSpan(1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        if (hex.Length == 4)
        {
            // #abc is #aabbcc: each digit is repeated.
            value = ((value & 0xf00) * 0x1100) | ((value & 0xf0) * 0x110) | ((value & 0xf) * 0x11);
        }

        color = new SKColor(0xff000000 | value);
        return true;
    }

    /// <summary>The colour as <c>#rrggbb</c>, the form the cache key and theme.yml use.</summary>
    public static string ToHex(SKColor color) => string.Create(CultureInfo.InvariantCulture, $"#{color.Red:x2}{color.Green:x2}{color.Blue:x2}");

    /// <summary>The WCAG contrast ratio of two colours, 1 to 21.</summary>
    internal static double Contrast(SKColor a, SKColor b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(SKColor color)
    {
        static double Channel(byte value)
        {
            var c = value / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(color.Red)) + (0.7152 * Channel(color.Green)) + (0.0722 * Channel(color.Blue));
    }
}
