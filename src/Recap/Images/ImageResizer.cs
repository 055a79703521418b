using SkiaSharp;

namespace Recap.Images;

/// <summary>Makes the smaller copies of the site's images with SkiaSharp, in the source's format.</summary>
internal static class ImageResizer
{
    /// <summary>Part of every cached copy's key: change it when the resizing or the encoding changes.</summary>
    public const string Version = "3";

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

        // The copy is written without Exif, so it carries the turn in its pixels: the image is
        // resized as stored (width and height swapped for a quarter turn), then the copy is turned,
        // which moves whole pixels and needs no second bitmap the size of the original.
        var (storedWidth, storedHeight) = Exif.IsQuarterTurn((int)codec.EncodedOrigin) ? (height, width) : (width, height);

        // Pixels cut short decode to what is there: a copy of half an image is not worth publishing.
        // Memory for the pixels may run out (a large photo on a small machine): then no copy, not a crash.
        using var original = new SKBitmap();
        var decoded = codec.Info.WithSize(DecodedSize(codec, storedWidth, storedHeight)).WithColorType(SKColorType.Rgba8888)
            .WithAlphaType(codec.Info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul);
        if (!original.TryAllocPixels(decoded) || codec.GetPixels(original.Info, original.GetPixels()) is not SKCodecResult.Success)
        {
            return null;
        }

        var info = new SKImageInfo(storedWidth, storedHeight, SKColorType.Rgba8888, original.AlphaType);
        using var stored = original.Resize(info, new SKSamplingOptions(SKCubicResampler.Mitchell));
        if (stored is null)
        {
            return null;
        }

        using var upright = Upright(stored, codec.EncodedOrigin);
        var resized = upright ?? stored;
        var (encoding, quality) = format switch
        {
            "JPEG" => (SKEncodedImageFormat.Jpeg, JpegQuality),
            "WebP" => (SKEncodedImageFormat.Webp, WebPQuality),
            _ => (SKEncodedImageFormat.Png, 100),
        };
        using var encoded = resized.Encode(encoding, quality);
        return encoded?.ToArray();
    }

    /// <summary>
    /// The smallest size <paramref name="codec"/> can decode at that is still at least
    /// <paramref name="width"/> by <paramref name="height"/>: a JPEG decodes at an eighth, a
    /// quarter, ... of its size as fast as it decodes that many pixels (a 4000-pixel photo for a
    /// 960-pixel copy decodes at a quarter), and the resize from there is as sharp. Other formats
    /// decode whole.
    /// </summary>
    private static SKSizeI DecodedSize(SKCodec codec, int width, int height)
    {
        const int Eighths = 8;
        for (var eighths = 1; eighths < Eighths; eighths++)
        {
            var size = codec.GetScaledDimensions((float)eighths / Eighths);
            if (size.Width >= width && size.Height >= height)
            {
                return size;
            }
        }

        return codec.Info.Size;
    }

    /// <summary>
    /// <paramref name="bitmap"/> turned and mirrored as its Exif orientation says it is shown, or null
    /// when it is shown as stored. Each matrix takes a stored pixel to where it is shown, in a
    /// bitmap <c>w</c> by <c>h</c> (swapped for the quarter turns).
    /// </summary>
    internal static SKBitmap? Upright(SKBitmap bitmap, SKEncodedOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(bitmap);
        if (origin == SKEncodedOrigin.TopLeft)
        {
            return null;
        }

        var (w, h) = Exif.IsQuarterTurn((int)origin) ? (bitmap.Height, bitmap.Width) : (bitmap.Width, bitmap.Height);
        var matrix = origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, w, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, w, -1, 0, h, 0, 0, 1),
            _ => new SKMatrix(0, 1, 0, -1, 0, h, 0, 0, 1), // LeftBottom
        };
        var upright = new SKBitmap(new SKImageInfo(w, h, bitmap.ColorType, bitmap.AlphaType));
        using var canvas = new SKCanvas(upright);
        canvas.SetMatrix(matrix);
        using var image = SKImage.FromBitmap(bitmap);
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest)); // whole pixels to whole pixels: nothing to blend

        return upright;
    }
}
