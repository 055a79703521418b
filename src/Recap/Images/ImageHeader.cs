namespace Recap.Images;

/// <summary>An image's format (PNG, JPEG, GIF, WebP, AVIF, SVG) and size in pixels, read from its header (an SVG's root element).</summary>
internal sealed record ImageHeader(string Format, int Width, int Height)
{
    /// <summary>Whether it moves: an animated PNG or WebP (a GIF may move too, and is never resized).</summary>
    public bool Animated { get; init; }

    /// <summary>Whether social networks show an image of <paramref name="format"/> in a link preview: PNG, JPEG, GIF and WebP, not AVIF.</summary>
    public static bool IsPreviewFormat(string? format) => format is "PNG" or "JPEG" or "GIF" or "WebP";
}
