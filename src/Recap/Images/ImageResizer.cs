using SkiaSharp;

namespace Recap.Images;

/// <summary>Makes the smaller copies of the site's images with SkiaSharp, in the source's format.</summary>
internal static class ImageResizer
{
    /// <summary>Part of every cached copy's key: change it when the resizing or the encoding changes.</summary>
    public const string Version = "1";

    /// <summary>
    /// JPEG quality of the copies: 82 keeps photographs free of visible artefacts at about half
    /// the bytes of 95 (Lighthouse's and most image CDNs' default is 80 to 85).
    /// </summary>
    private const int JpegQuality = 82;

    /// <summary>WebP quality, which looks like JPEG at about 82 at this setting.</summary>
    private const int WebPQuality = 80;

    /// <returns>The encoded copy, or null when the source cannot be decoded.</returns>
    public static byte[]? Resize(byte[] source, int width, int height, string format)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var data = SKData.CreateCopy(source);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return null;
        }

        // Pixels cut short decode to what is there: a copy of half an image is not worth publishing.
        using var original = new SKBitmap(codec.Info.WithColorType(SKColorType.Rgba8888).WithAlphaType(codec.Info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul));
        if (codec.GetPixels(original.Info, original.GetPixels()) is not SKCodecResult.Success)
        {
            return null;
        }

        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, original.AlphaType);
        using var resized = original.Resize(info, new SKSamplingOptions(SKCubicResampler.Mitchell));
        if (resized is null)
        {
            return null;
        }

        var (encoding, quality) = format switch
        {
            "JPEG" => (SKEncodedImageFormat.Jpeg, JpegQuality),
            "WebP" => (SKEncodedImageFormat.Webp, WebPQuality),
            _ => (SKEncodedImageFormat.Png, 100),
        };
        using var encoded = resized.Encode(encoding, quality);
        return encoded?.ToArray();
    }
}
