using SkiaSharp;

namespace Recap.Tests.Incremental;

/// <summary>Small PNG files of a few sizes: pages read the size of a preview image from its header.</summary>
internal static class TestImages
{
    private static readonly (string Label, int Width, int Height, uint Color)[] Kinds =
    [
        ("PNG 8x8 red", 8, 8, 0xFFCC0000),
        ("PNG 8x8 blue", 8, 8, 0xFF0000CC),
        ("PNG 16x9 green", 16, 9, 0xFF00AA00),
        ("PNG 1200x630 grey", 1200, 630, 0xFF888888),
    ];

    private static readonly Lazy<SiteFile[]> Files = new(() => [.. Kinds.Select(Encode)]);

    public static int Count => Kinds.Length;

    /// <summary>One of the images, by any number.</summary>
    public static SiteFile Png(int choice) => Files.Value[choice % Kinds.Length];

    private static SiteFile Encode((string Label, int Width, int Height, uint Color) kind)
    {
        using var bitmap = new SKBitmap(kind.Width, kind.Height);
        bitmap.Erase(new SKColor(kind.Color));
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return SiteFile.Binary(data.ToArray(), kind.Label);
    }
}
