namespace Recap.Themes.Views;

/// <summary>
/// An image as templates see it: its URL, its size when the build could read it (not for other
/// sites' images, which are never fetched), the <c>srcset</c> of its smaller copies, and its alt text.
/// </summary>
public sealed class ImageView
{
    public required string Url { get; init; }

    public int? Width { get; init; }

    public int? Height { get; init; }

    /// <summary>Each smaller copy and the image itself, by width (<c>cover-480w.jpg 480w, cover.jpg 1600w</c>); null when there are none.</summary>
    public string? Srcset { get; init; }

    /// <summary>What the image shows; empty when the author wrote none or said it is decoration.</summary>
    public string Alt { get; init; } = string.Empty;
}
