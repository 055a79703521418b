using System.Globalization;
using Recap.Diagnostics;
using Recap.Model;

namespace Recap.Images;

/// <summary>
/// Sizes the site's images from their headers and decides their smaller copies, once per file per
/// build. Each copy's path is claimed like any other output's, beside its image
/// (<c>cover.jpg</c> gets <c>cover-480w.jpg</c>); a path some other file has already taken is
/// left to it and that width is skipped.
/// </summary>
internal sealed class ResponsiveImages(string sourceDirectory, OutputPaths outputs, DiagnosticBag diagnostics)
{
    /// <summary>
    /// Widths for images that span the theme's column (46rem at most, 736 px): the narrow one for
    /// phones, the wide one for the column on a desktop or a phone's 2x screen.
    /// </summary>
    public static readonly int[] ContentWidths = [480, 960];

    /// <summary>Widths for avatars, drawn 96 CSS pixels wide: 1x and 2x screens.</summary>
    public static readonly int[] AvatarWidths = [96, 192];

    /// <summary>
    /// The most pixels Recap decodes to make copies: 200 megapixels (about 16,000 by 12,000, what the
    /// largest phone cameras take) is 800 MB once decoded. A header claiming more, such as a few
    /// kilobytes that say 60,000 by 60,000, is published as it is.
    /// </summary>
    public const long MaxPixels = 200_000_000;

    private readonly Dictionary<string, ImageHeader?> _headers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ImageVariant> _variants = new(StringComparer.Ordinal);
    private readonly HashSet<string> _tooLarge = new(StringComparer.Ordinal);

    /// <summary>Every copy this build writes, in the order they were asked for.</summary>
    public IReadOnlyList<ImageVariant> Variants => [.. _variants.Values];

    /// <summary>
    /// <paramref name="image"/> with its size and the copies at <paramref name="widths"/> narrower
    /// than it; an image of another site, a GIF, an AVIF, an animated PNG or WebP, or an SVG, as it is.
    /// </summary>
    /// <param name="sitePath">Where the image is published.</param>
    /// <param name="at">Where the image is named, for a file whose size cannot be read.</param>
    public ImageFile Size(ImageFile image, string sitePath, IReadOnlyList<int> widths, SourceLocation? at)
    {
        if (image.SourcePath is not { } source || HeaderOf(source, at) is not { } header)
        {
            return image;
        }

        // A copy of a moving image would be its first frame only; SkiaSharp does not decode AVIF; an SVG is sharp at any width.
        if (widths.Count == 0 || header.Format is "GIF" or "AVIF" or "SVG" || header.Animated || IsTooLargeToResize(source, header, at))
        {
            return image with { Width = header.Width, Height = header.Height, Format = header.Format };
        }

        var variants = new List<ImageVariant>();
        foreach (var width in widths.Where(w => w < header.Width))
        {
            var path = VariantPath(sitePath, width);
            if ((_variants.GetValueOrDefault(path) ?? ClaimVariant(path, source, width, header)) is { } variant)
            {
                variants.Add(variant);
            }
        }

        return image with { Width = header.Width, Height = header.Height, Format = header.Format, Variants = variants };
    }

    /// <summary>The <c>srcset</c> of <paramref name="image"/>: each copy and the image itself by width; null without copies.</summary>
    public static string? SrcsetOf(ImageFile image, UrlBuilder urls)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(urls);
        if (image.Variants.Count == 0 || image.Width is not { } width)
        {
            return null;
        }

        var sources = image.Variants.Select(v => $"{InSrcset(urls.Url(v.SitePath))} {v.Width.ToString(CultureInfo.InvariantCulture)}w");
        return string.Join(", ", sources.Append($"{InSrcset(image.Url)} {width.ToString(CultureInfo.InvariantCulture)}w"));
    }

    /// <summary>
    /// A URL as <c>srcset</c> can hold it: a space would end the URL there (<c>My Cover.png</c>
    /// read as <c>My</c> and a broken descriptor), and a comma after it would end the candidate.
    /// </summary>
    private static string InSrcset(string url) => url.Replace(" ", "%20", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);

    /// <summary><c>talks/kafka.png</c> at 480 pixels is <c>talks/kafka-480w.png</c>.</summary>
    internal static string VariantPath(string sitePath, int width)
    {
        var extension = Path.GetExtension(sitePath);
        return $"{sitePath[..^extension.Length]}-{width.ToString(CultureInfo.InvariantCulture)}w{extension}";
    }

    private ImageVariant? ClaimVariant(string path, string source, int width, ImageHeader header)
    {
        if (outputs.OwnerOf(path) is not null || !outputs.Claim(path, $"a resized copy of {source}", null))
        {
            return null;
        }

        var height = Math.Max(1, (int)Math.Round((double)header.Height * width / header.Width, MidpointRounding.AwayFromZero));
        var variant = new ImageVariant(path, source, width, height, header.Format);
        _variants.Add(path, variant);
        return variant;
    }

    private ImageHeader? HeaderOf(string source, SourceLocation? at)
    {
        if (_headers.TryGetValue(source, out var known))
        {
            return known;
        }

        var header = ReadHeader(source);
        _headers[source] = header;
        if (header is null && !source.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Warning(
                DiagnosticCodes.UnreadableImage,
                at ?? SourceLocation.File(source),
                $"image {source} is not a PNG, JPEG, GIF, WebP, AVIF or SVG file, or is cut short: it is published without a width, height or smaller copies{Advice(source)}");
        }

        return header;
    }

    /// <summary>Whether <paramref name="header"/> claims more than <see cref="MaxPixels"/>; warns once per file when it does.</summary>
    private bool IsTooLargeToResize(string source, ImageHeader header, SourceLocation? at)
    {
        if ((long)header.Width * header.Height <= MaxPixels)
        {
            return false;
        }

        if (_tooLarge.Add(source))
        {
            diagnostics.Warning(
                DiagnosticCodes.UnreadableImage,
                at ?? SourceLocation.File(source),
                string.Create(CultureInfo.InvariantCulture, $"image {source} is {header.Width:N0} by {header.Height:N0} pixels, more than the {MaxPixels / 1_000_000} megapixels Recap resizes: it is published as it is, without smaller copies"));
        }

        return true;
    }

    /// <summary>What to do with a photo in a format many browsers do not show: a phone's HEIC, a scanner's TIFF.</summary>
    private static string Advice(string source) => Path.GetExtension(source).ToLowerInvariant() switch
    {
        ".heic" or ".heif" or ".tif" or ".tiff" => " (most browsers do not show this format: save it as JPEG)",
        _ => string.Empty,
    };

    private ImageHeader? ReadHeader(string source)
    {
        try
        {
            using var stream = new FileStream(Path.Combine(sourceDirectory, source), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            return ImageHeaderReader.Read(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
