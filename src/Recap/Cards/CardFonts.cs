using System.Collections.Concurrent;
using SkiaSharp;

namespace Recap.Cards;

/// <summary>
/// The Inter faces embedded in the engine (SIL Open Font License, <c>Cards/Fonts/OFL.txt</c>), and
/// the machine's fonts for what Inter cannot draw. Typefaces are immutable and shared by threads.
/// </summary>
internal static class CardFonts
{
    private static readonly Lazy<SKTypeface> LazyRegular = new(() => Load("Inter-Regular.otf"));
    private static readonly Lazy<SKTypeface> LazySemiBold = new(() => Load("Inter-SemiBold.otf"));
    private static readonly Lazy<SKTypeface> LazyBold = new(() => Load("InterDisplay-Bold.otf"));
    private static readonly ConcurrentDictionary<(int CodePoint, int Weight), SKTypeface?> Fallbacks = new();

    // Asked for each character of a card the embedded faces lack, on every build: the family name is a call into Skia.
    private static readonly ConcurrentDictionary<SKTypeface, string> Names = new();

    // Glyph look-ups only read the font, so one SKFont per typeface serves every thread.
    private static readonly ConcurrentDictionary<SKTypeface, SKFont> Probes = new();

    public static SKTypeface Regular => LazyRegular.Value;

    public static SKTypeface SemiBold => LazySemiBold.Value;

    /// <summary>Inter Display: the cut drawn for large sizes, for the title.</summary>
    public static SKTypeface Bold => LazyBold.Value;

    /// <summary>A machine font that has <paramref name="codePoint"/>, as close as it gets to <paramref name="primary"/>'s weight; null when none has it.</summary>
    public static SKTypeface? Fallback(int codePoint, SKTypeface primary)
    {
        var weight = primary.FontStyle.Weight;
        return Fallbacks.GetOrAdd((codePoint, weight), static key =>
        {
            var style = new SKFontStyle(key.Weight, (int)SKFontStyleWidth.Normal, SKFontStyleSlant.Upright);
            var match = SKFontManager.Default.MatchCharacter(null, style, null, key.CodePoint);
            return match is not null && Has(match, key.CodePoint) ? match : null;
        });
    }

    /// <summary>
    /// Which machine font <see cref="Fallback"/> gives for <paramref name="codePoint"/>: its family and
    /// style, like "Noto Sans CJK JP 700 5 Upright"; null when none has it.
    /// </summary>
    public static string? FallbackName(int codePoint, SKTypeface primary) =>
        Fallback(codePoint, primary) is { } font
            ? Names.GetOrAdd(font, static f => $"{f.FamilyName} {f.FontStyle.Weight} {f.FontStyle.Width} {f.FontStyle.Slant}")
            : null;

    /// <summary>
    /// Whether every embedded face has <paramref name="codePoint"/>, told without loading one (some
    /// 40 ms a process): printable ASCII, Latin-1, Latin Extended-A but U+0149, and the dashes,
    /// quotes and bullets of General Punctuation. A test checks it against the faces.
    /// </summary>
    public static bool Covers(int codePoint) =>
        codePoint is (>= 0x20 and <= 0x7E) or (>= 0xA0 and <= 0x17F and not 0x149) or (>= 0x2010 and <= 0x2027);

    /// <summary>Whether <paramref name="typeface"/> has a glyph for <paramref name="codePoint"/>.</summary>
    public static bool Has(SKTypeface typeface, int codePoint) =>
        Probes.GetOrAdd(typeface, static t => new SKFont(t)).ContainsGlyph(codePoint);

    private static SKTypeface Load(string file)
    {
        using var stream = typeof(CardFonts).Assembly.GetManifestResourceStream("cards/fonts/" + file)
            ?? throw new InvalidOperationException($"The engine was built without its card font {file}.");
        using var data = SKData.Create(stream);
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"The card font {file} cannot be read.");
    }
}
