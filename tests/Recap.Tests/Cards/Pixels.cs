using SkiaSharp;

namespace Recap.Tests.Cards;

/// <summary>Reading painted cards back: decoding, and comparing regions pixel by pixel.</summary>
internal static class Pixels
{
    public static SKBitmap Decode(byte[] png) =>
        SKBitmap.Decode(png) ?? throw new AssertionException("The card is not a PNG SkiaSharp can decode.");

    /// <summary>How many pixels of <paramref name="area"/> differ between two images of the same size.</summary>
    public static int Differing(SKBitmap a, SKBitmap b, SKRectI area)
    {
        var count = 0;
        for (var y = area.Top; y < area.Bottom; y++)
        {
            for (var x = area.Left; x < area.Right; x++)
            {
                if (a.GetPixel(x, y) != b.GetPixel(x, y))
                {
                    count++;
                }
            }
        }

        return count;
    }

    /// <summary>How many pixels of <paramref name="area"/> are not <paramref name="color"/>.</summary>
    public static int NotOfColor(SKBitmap image, SKRectI area, SKColor color)
    {
        var count = 0;
        for (var y = area.Top; y < area.Bottom; y++)
        {
            for (var x = area.Left; x < area.Right; x++)
            {
                if (image.GetPixel(x, y) != color)
                {
                    count++;
                }
            }
        }

        return count;
    }

    public static int Area(SKRectI area) => area.Width * area.Height;

    /// <summary>The largest difference of one channel of one pixel between two images of the same size.</summary>
    public static int LargestDifference(SKBitmap a, SKBitmap b) => LargestDifference(a, b, new SKRectI(0, 0, a.Width, a.Height));

    /// <summary>The largest difference of one channel of one pixel of <paramref name="area"/> between two images of the same size.</summary>
    public static int LargestDifference(SKBitmap a, SKBitmap b, SKRectI area)
    {
        var largest = 0;
        for (var y = area.Top; y < area.Bottom; y++)
        {
            for (var x = area.Left; x < area.Right; x++)
            {
                var (p, q) = (a.GetPixel(x, y), b.GetPixel(x, y));
                largest = Math.Max(largest, Math.Max(Math.Abs(p.Red - q.Red), Math.Max(Math.Abs(p.Green - q.Green), Math.Abs(p.Blue - q.Blue))));
            }
        }

        return largest;
    }
}
