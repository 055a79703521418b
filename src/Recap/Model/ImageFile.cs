using Recap.Images;

namespace Recap.Model;

/// <summary>An image named in front matter: its URL, and its path under the site root when it is one of the site's files.</summary>
public sealed record ImageFile(string Url, string? SourcePath)
{
    /// <summary>The size in pixels read from the file's header; null for other sites' images, files that are not PNG, JPEG, GIF, WebP, AVIF or SVG, and an SVG that fills its column (sized in percent or by its viewBox alone).</summary>
    public int? Width { get; init; }

    public int? Height { get; init; }

    /// <summary>The format the file's header names (PNG, JPEG, GIF, WebP, AVIF, SVG) when its size was read.</summary>
    public string? Format { get; init; }

    /// <summary>
    /// Whether it can be a link preview's image: another site's image (Recap cannot tell), or a
    /// file of the site whose header reads as a PNG, JPEG, GIF or WebP, the formats social networks
    /// show. An AVIF or SVG, or a file that is not an image, is shown on its page, and the page's
    /// drawn card is its preview instead.
    /// </summary>
    public bool IsPreviewable => SourcePath is null || (Width is not null && ImageHeader.IsPreviewFormat(Format));

    /// <summary>What the image shows, for <c>alt</c>: null when the author wrote none.</summary>
    public string? Alt { get; init; }

    /// <summary>The smaller copies the build writes, narrowest first.</summary>
    internal IReadOnlyList<ImageVariant> Variants { get; init; } = [];
}
