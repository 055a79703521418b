using System.Buffers.Binary;
using System.Text;
using Recap.Tests.Support;
using SkiaSharp;

namespace Recap.Tests.Pages;

/// <summary>
/// Images beside talks: their size from the file, lazy loading below the fold, smaller copies in
/// srcset made once and kept in the cache, and alt text.
/// </summary>
public sealed class ImageTests
{
    private const string Site = """
        -- content/site.yml --
        title: Recaps
        -- content/speakers/ada.md --
        ---
        name: Ada Lovelace
        avatar: ada.png
        ---
        -- content/conferences/c/index.md --
        ---
        name: Conf
        start: 2024-05-02
        cover: cover.jpg
        cover_alt: The main hall, full
        ---
        The intro.
        -- content/conferences/c/talks/a.md --
        ---
        title: Talk A
        speakers: [ada]
        image: diagram.png
        alt: The pipeline, from producers to the warehouse
        ---
        The first paragraph.

        ![Throughput by hour](chart.png)
        """;

    [Test]
    public void ConferenceCoverAtTheTopOfItsPageIsSizedAndEager()
    {
        using var site = Build(Site);

        site.AssertClean();
        site.AssertFile("c/index.html", """
            <img class="cover" src="/c/cover.jpg" alt="The main hall, full" width="1600" height="900" srcset="/c/cover-480w.jpg 480w, /c/cover-960w.jpg 960w, /c/cover.jpg 1600w" sizes="(min-width: 50rem) 46rem, 100vw" fetchpriority="high" decoding="async">
            """);
    }

    [Test]
    public void ConferenceCoverOnTheHomePageCardIsLazy()
    {
        using var site = Build(Site);

        site.AssertFile("index.html", """
            <img class="card-cover" src="/c/cover.jpg" alt="The main hall, full" width="1600" height="900" srcset="/c/cover-480w.jpg 480w, /c/cover-960w.jpg 960w, /c/cover.jpg 1600w" sizes="(min-width: 50rem) 46rem, 100vw" loading="lazy" decoding="async">
            """);
    }

    [Test]
    public void TalkImageAtTheTopOfItsPageIsSizedAndEager()
    {
        using var site = Build(Site);

        site.AssertFile("c/a/index.html", """
            <img class="cover" src="/c/talks/diagram.png" alt="The pipeline, from producers to the warehouse" width="800" height="600" srcset="/c/talks/diagram-480w.png 480w, /c/talks/diagram.png 800w" sizes="(min-width: 50rem) 46rem, 100vw" fetchpriority="high" decoding="async">
            """);
    }

    [Test]
    public void MarkdownImageKeepsItsAltTextAndIsSizedAndLazy()
    {
        using var site = Build(Site);

        site.AssertFile("c/a/index.html", """
            <img src="/c/talks/chart.png" width="1200" height="400" srcset="/c/talks/chart-480w.png 480w, /c/talks/chart-960w.png 960w, /c/talks/chart.png 1200w" sizes="(min-width: 50rem) 46rem, 100vw" loading="lazy" decoding="async" alt="Throughput by hour" />
            """);
    }

    [Test]
    public void AvatarBesideTheSpeakersNameHasEmptyAltAndCopiesForTwoDensities()
    {
        using var site = Build(Site);

        site.AssertFile("speakers/ada/index.html", """
            <img class="avatar" src="/speakers/ada.png" alt="" width="300" height="300" srcset="/speakers/ada-96w.png 96w, /speakers/ada-192w.png 192w, /speakers/ada.png 300w" sizes="96px" decoding="async">
            """);
    }

    [Test]
    public void CopiesAreResizedInTheSourceFormat()
    {
        using var site = Build(Site);

        Assert.Multiple(() =>
        {
            Assert.That(Decode(site, "c/cover-480w.jpg"), Is.EqualTo((SKEncodedImageFormat.Jpeg, 480, 270)));
            Assert.That(Decode(site, "c/cover-960w.jpg"), Is.EqualTo((SKEncodedImageFormat.Jpeg, 960, 540)));
            Assert.That(Decode(site, "c/talks/diagram-480w.png"), Is.EqualTo((SKEncodedImageFormat.Png, 480, 360)));
            Assert.That(Decode(site, "c/talks/chart-960w.png"), Is.EqualTo((SKEncodedImageFormat.Png, 960, 320)));
            Assert.That(Decode(site, "speakers/ada-96w.png"), Is.EqualTo((SKEncodedImageFormat.Png, 96, 96)));
            Assert.That(site.Exists("c/talks/diagram-960w.png"), Is.False, "no copy wider than the image");
        });
    }

    [Test]
    public void SecondBuildTakesEveryCopyFromTheCache()
    {
        using var site = Build(Site);
        Assert.That(site.Stdout, Does.Contain(", resized 7 images (reused 0) and copied"));

        site.Run();

        Assert.That(site.Stdout, Does.Contain(", resized 0 images (reused 7) and copied"));
        Assert.That(Directory.GetFiles(Path.Combine(site.Root, ".recap-cache/_site/images")), Has.Length.EqualTo(7));
    }

    [Test]
    public void ReplacedImageIsResizedAgain()
    {
        using var site = Build(Site);

        WritePng(site, "content/conferences/c/talks/diagram.png", 1000, 500, SKColors.Teal);
        site.Run();

        Assert.That(site.Stdout, Does.Contain(", resized 2 images (reused 6) and copied"));
        Assert.That(Decode(site, "c/talks/diagram-960w.png"), Is.EqualTo((SKEncodedImageFormat.Png, 960, 480)));
        site.AssertFile("c/a/index.html", """width="1000" height="500" srcset="/c/talks/diagram-480w.png 480w, /c/talks/diagram-960w.png 960w, /c/talks/diagram.png 1000w""");
    }

    [Test]
    public void ContentImagesWithoutAltTextAreWarnedAtTheirLine()
    {
        using var site = Build(Site
            .Replace("cover_alt: The main hall, full\n", string.Empty, StringComparison.Ordinal)
            .Replace("alt: The pipeline, from producers to the warehouse\n", string.Empty, StringComparison.Ordinal)
            .Replace("![Throughput by hour]", "![]", StringComparison.Ordinal));

        Assert.That(site.ExitCode, Is.Zero);
        Assert.That(site.WarningLines(), Is.EqualTo(new[]
        {
            "content/conferences/c/index.md(4,1): warning RC0121: cover has no alt text: say what it shows with 'cover_alt:', or write cover_alt: \"\" when it is only decoration",
            "content/conferences/c/talks/a.md(4,1): warning RC0121: image has no alt text: say what it shows with 'alt:', or write alt: \"\" when it is only decoration",
            "content/conferences/c/talks/a.md(8,1): warning RC0121: image has no alt text: say what it shows between its brackets, as in ![what it shows](...)",
        }));
        site.AssertFile("c/index.html", """<img class="cover" src="/c/cover.jpg" alt="" width="1600" """);
    }

    [Test]
    public void EmptyAltSaysTheImageIsDecoration()
    {
        using var site = Build(Site.Replace("cover_alt: The main hall, full", "cover_alt: \"\"", StringComparison.Ordinal));

        site.AssertClean();
        site.AssertFile("c/index.html", """<img class="cover" src="/c/cover.jpg" alt="" width="1600" """);
    }

    [Test]
    public void ImageOfAnotherSiteIsNotFetchedAndHasNoSize()
    {
        using var site = Build(Site.Replace("cover: cover.jpg", "cover: https://images.example.invalid/hall.jpg", StringComparison.Ordinal));

        site.AssertClean();
        site.AssertFile("index.html", """
            <img class="card-cover" src="https://images.example.invalid/hall.jpg" alt="The main hall, full" loading="lazy" decoding="async">
            """);
        site.AssertFile("c/index.html", """
            <img class="cover" src="https://images.example.invalid/hall.jpg" alt="The main hall, full" fetchpriority="high" decoding="async">
            """);
    }

    /// <summary>
    /// A diagram drawn in Inkscape (millimetres) or draw.io (pixels) takes its space before it
    /// loads, at the size a browser draws it; one sized in percent or by its viewBox alone fills
    /// the column and is left unsized. No copies are made, and the drawn card is the preview.
    /// </summary>
    [Test]
    public void SvgIsSizedAsItsRootElementSaysWithoutCopies()
    {
        using var site = TestSite.Create(Sites.ConferenceC + """

            -- content/conferences/c/talks/a.md --
            ---
            title: A
            image: flow.svg
            alt: The flow of a request
            ---
            ![The layers, in millimetres](layers.svg)
            ![The same layers, filling the column](wide.svg)
            -- content/conferences/c/talks/flow.svg --
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
            <svg xmlns="http://www.w3.org/2000/svg" width="1202px" height="442px" viewBox="-0.5 -0.5 1202 442"><rect width="1200" height="440"/></svg>
            -- content/conferences/c/talks/layers.svg --
            <svg xmlns="http://www.w3.org/2000/svg" width="160mm" viewBox="0 0 160 90"><rect width="160" height="90"/></svg>
            -- content/conferences/c/talks/wide.svg --
            <svg xmlns="http://www.w3.org/2000/svg" width="100%" viewBox="0 0 160 90"><rect width="160" height="90"/></svg>
            """);
        site.Run();

        site.AssertClean();
        site.AssertFile("c/a/index.html", """
            <meta property="og:image" content="https://recaps.example.org/c/a/card.png">
            <img class="cover" src="/c/talks/flow.svg" alt="The flow of a request" width="1202" height="442" fetchpriority="high" decoding="async">
            <img src="/c/talks/layers.svg" width="605" height="340" loading="lazy" decoding="async" alt="The layers, in millimetres" />
            <img src="/c/talks/wide.svg" loading="lazy" decoding="async" alt="The same layers, filling the column" />
            """);
        Assert.That(site.Exists("c/talks/flow-480w.svg"), Is.False);
    }

    [Test]
    public void ImageThatIsNotAnImageIsPublishedWithoutSizeAndWarned()
    {
        using var site = TestSite.Create(Site);
        WriteImages(site);
        File.WriteAllText(Path.Combine(site.Root, "content/conferences/c/talks/diagram.png"), "not a picture");
        site.Run();

        Assert.That(site.ExitCode, Is.Zero);
        Assert.That(site.WarningLines(), Is.EqualTo(new[]
        {
            "content/conferences/c/talks/a.md(4,1): warning RC0122: image content/conferences/c/talks/diagram.png is not a PNG, JPEG, GIF, WebP, AVIF or SVG file, or is cut short: it is published without a width, height or smaller copies",
        }));
        site.AssertFile("c/a/index.html", """
            <img class="cover" src="/c/talks/diagram.png" alt="The pipeline, from producers to the warehouse" fetchpriority="high" decoding="async">
            """);
    }

    [TestCase("IMG_1234.HEIC")]
    [TestCase("scan.tiff")]
    public void PhotoInAFormatBrowsersDoNotShowIsToldToBeSavedAsJpeg(string name)
    {
        using var site = TestSite.Create(Site.Replace("image: diagram.png", "image: " + name, StringComparison.Ordinal));
        WriteImages(site);
        File.WriteAllBytes(Path.Combine(site.Root, "content/conferences/c/talks", name), [0, 0, 0, 24, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'h', (byte)'e', (byte)'i', (byte)'c']);
        site.Run();

        Assert.That(site.WarningLines(), Is.EqualTo(new[]
        {
            $"content/conferences/c/talks/a.md(4,1): warning RC0122: image content/conferences/c/talks/{name} is not a PNG, JPEG, GIF, WebP, AVIF or SVG file, or is cut short: it is published without a width, height or smaller copies (most browsers do not show this format: save it as JPEG)",
        }));
    }

    [Test]
    public void ImageWhosePixelsDoNotDecodeIsWarnedAtItsFile()
    {
        using var site = TestSite.Create(Site);
        WriteImages(site);
        var header = File.ReadAllBytes(Path.Combine(site.Root, "content/conferences/c/talks/diagram.png"))[..33];
        File.WriteAllBytes(Path.Combine(site.Root, "content/conferences/c/talks/diagram.png"), [.. header, .. new byte[64]]);
        site.Run();

        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
        Assert.That(site.WarningLines(), Is.EqualTo(new[]
        {
            "content/conferences/c/talks/diagram.png: warning RC0122: image cannot be decoded as a PNG file, so it is not resized: its 480-pixel copy is the image as it is",
        }));
        Assert.That(site.Exists("c/talks/diagram-480w.png"), Is.True, "srcset names it");
    }

    [Test]
    public void ImageWhoseHeaderClaimsMoreThanRecapResizesIsPublishedAsItIs()
    {
        using var site = TestSite.Create(Site);
        WriteImages(site);

        // A few hundred bytes whose header says 60,000 by 60,000: 14 GB once decoded.
        var path = Path.Combine(site.Root, "content/conferences/c/talks/diagram.png");
        var png = File.ReadAllBytes(path);
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(16), 60_000);
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(20), 60_000);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(29), System.IO.Hashing.Crc32.HashToUInt32(png.AsSpan(12, 17)));
        File.WriteAllBytes(path, png);
        site.Run();

        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
        Assert.That(site.WarningLines(), Is.EqualTo(new[]
        {
            "content/conferences/c/talks/a.md(4,1): warning RC0122: image content/conferences/c/talks/diagram.png is 60,000 by 60,000 pixels, more than the 200 megapixels Recap resizes: it is published as it is, without smaller copies",
        }));
        site.AssertFile("c/a/index.html", """
            <img class="cover" src="/c/talks/diagram.png" alt="The pipeline, from producers to the warehouse" width="60000" height="60000" fetchpriority="high" decoding="async">
            """);
        Assert.That((site.Exists("c/talks/diagram-480w.png"), site.Exists("c/talks/diagram-960w.png"), site.Exists("c/talks/diagram.png")), Is.EqualTo((false, false, true)));
    }

    [Test]
    public void MovingPngGetsItsSizeButNoCopiesWhichWouldBeItsFirstFrame()
    {
        using var site = TestSite.Create(Site);
        WriteImages(site);
        var path = Path.Combine(site.Root, "content/conferences/c/talks/diagram.png");
        File.WriteAllBytes(path, Checks.ImageHeaderReaderTests.Moving(File.ReadAllBytes(path)));
        site.Run();

        site.AssertClean();
        site.AssertFile("c/a/index.html", """
            <img class="cover" src="/c/talks/diagram.png" alt="The pipeline, from producers to the warehouse" width="800" height="600" fetchpriority="high" decoding="async">
            """);
        Assert.That(site.Exists("c/talks/diagram-480w.png"), Is.False);
    }

    [Test]
    public void AvifGetsItsSizeAsShownButNoCopiesAndTheDrawnCardIsThePreview()
    {
        using var site = TestSite.Create(Sites.ConferenceC + """

            -- content/conferences/c/talks/a.md --
            ---
            title: A
            image: turned.avif
            alt: A gradient, turned
            ---
            ![The same gradient](turned.avif)
            """);
        // From libavif's avifenc --irot 1: 300 by 200 pixels, turned a quarter.
        File.WriteAllBytes(Path.Combine(site.Root, "content/conferences/c/talks/turned.avif"), Convert.FromBase64String(Checks.ImageHeaderReaderTests.Avifs["turned"]));
        site.Run();

        site.AssertClean();
        site.AssertFile("c/a/index.html", """
            <meta property="og:image" content="https://recaps.example.org/c/a/card.png">
            <img class="cover" src="/c/talks/turned.avif" alt="A gradient, turned" width="200" height="300" fetchpriority="high" decoding="async">
            <img src="/c/talks/turned.avif" width="200" height="300" loading="lazy" decoding="async" alt="The same gradient" />
            """);
        Assert.That(site.Exists("c/talks/turned-480w.avif"), Is.False);
    }

    [Test]
    public void SamePhotoUnderTwoExtensionsGetsBothItsCopies()
    {
        using var site = TestSite.Create(Site + "\n" + """
            -- content/conferences/d/index.md --
            ---
            name: Other
            start: 2024-06-02
            cover: cover.jpeg
            cover_alt: The same hall
            ---
            """);
        WriteImages(site);
        File.Copy(Path.Combine(site.Root, "content/conferences/c/cover.jpg"), Path.Combine(site.Root, "content/conferences/d/cover.jpeg"));
        site.Run();

        site.AssertClean();
        Assert.Multiple(() =>
        {
            Assert.That(Decode(site, "c/cover-480w.jpg"), Is.EqualTo((SKEncodedImageFormat.Jpeg, 480, 270)));
            Assert.That(Decode(site, "d/cover-480w.jpeg"), Is.EqualTo((SKEncodedImageFormat.Jpeg, 480, 270)));
        });
    }

    [Test]
    public void ImageNamedWithSpacesAndCommasHasEveryCopyInSrcsetAsOneUrl()
    {
        using var site = TestSite.Create(Site + "\n" + """
            -- content/conferences/d/index.md --
            ---
            name: Other
            start: 2024-06-02
            cover: "Hall, from the stage.jpg"
            cover_alt: The hall
            ---
            ![The hall](<Hall, from the stage.jpg>)
            """);
        WriteImages(site);
        WriteJpeg(site, "content/conferences/d/Hall, from the stage.jpg", 1600, 900);
        site.Run();

        site.AssertClean();
        site.AssertFile("d/index.html", """
            srcset="/d/Hall%2C%20from%20the%20stage-480w.jpg 480w, /d/Hall%2C%20from%20the%20stage-960w.jpg 960w, /d/Hall%2C%20from%20the%20stage.jpg 1600w"
            """);
        Assert.That(site.ReadFile("d/index.html"), Does.Not.Contain("Hall, from the stage-480w.jpg 480w"));
        Assert.That(site.Exists("d/Hall, from the stage-480w.jpg"), Is.True);
    }

    [TestCase(6, true, "II", TestName = "PhotoTurnedAQuarterClockwiseIsSizedAndCopiedAsShown")]
    [TestCase(8, true, "MM", TestName = "PhotoTurnedAQuarterAnticlockwiseWithBigEndianExifIsSizedAndCopiedAsShown")]
    [TestCase(3, false, "II", TestName = "PhotoTurnedUpsideDownKeepsItsSizeAndIsCopiedAsShown")]
    public void PhotoWithExifOrientation(int orientation, bool quarter, string byteOrder)
    {
        using var site = TestSite.Create(Site);
        WriteImages(site);
        WriteTurnedJpeg(site, "content/conferences/c/cover.jpg", orientation, byteOrder);
        site.Run();

        var (width, height) = quarter ? (600, 1200) : (1200, 600);
        var copies = quarter ? "/c/cover-480w.jpg 480w" : "/c/cover-480w.jpg 480w, /c/cover-960w.jpg 960w";
        site.AssertFile("c/index.html", $"""alt="The main hall, full" width="{width}" height="{height}" srcset="{copies}, /c/cover.jpg {width}w" """.TrimEnd());
        using var copy = SKBitmap.Decode(Path.Combine(site.Output, "c/cover-480w.jpg"));
        Assert.Multiple(() =>
        {
            Assert.That((copy.Width, copy.Height), Is.EqualTo((480, 480 * height / width)));

            // Stored, the photo's left half is red and its right half blue; shown, they are where the turn puts them.
            var (red, blue) = orientation switch
            {
                6 => (copy.GetPixel(240, 40), copy.GetPixel(240, copy.Height - 40)),
                8 => (copy.GetPixel(240, copy.Height - 40), copy.GetPixel(240, 40)),
                _ => (copy.GetPixel(440, 120), copy.GetPixel(40, 120)),
            };
            Assert.That(red.Red, Is.GreaterThan(200), $"red where the turn puts it, got {red}");
            Assert.That(blue.Blue, Is.GreaterThan(200), $"blue where the turn puts it, got {blue}");
        });
    }

    private static TestSite Build(string files)
    {
        var site = TestSite.Create(files);
        WriteImages(site);
        site.Run();
        return site;
    }

    private static void WriteImages(TestSite site)
    {
        WriteJpeg(site, "content/conferences/c/cover.jpg", 1600, 900);
        WritePng(site, "content/conferences/c/talks/diagram.png", 800, 600, SKColors.Orange);
        WritePng(site, "content/conferences/c/talks/chart.png", 1200, 400, SKColors.SteelBlue);
        WritePng(site, "content/speakers/ada.png", 300, 300, SKColors.Plum);
    }

    private static void WritePng(TestSite site, string path, int width, int height, SKColor color) =>
        Write(site, path, width, height, color, SKEncodedImageFormat.Png);

    private static void WriteJpeg(TestSite site, string path, int width, int height) =>
        Write(site, path, width, height, SKColors.DarkSlateGray, SKEncodedImageFormat.Jpeg);

    /// <summary>A real image: a colour with a white circle, so a resize has edges to keep.</summary>
    private static void Write(TestSite site, string path, int width, int height, SKColor color, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(color);
            using var paint = new SKPaint { Color = SKColors.White, IsAntialias = true };
            canvas.DrawCircle(width / 2f, height / 2f, Math.Min(width, height) / 3f, paint);
        }

        using var data = bitmap.Encode(format, 90);
        File.WriteAllBytes(Path.Combine(site.Root, path), data.ToArray());
    }

    /// <summary>
    /// A 1200 by 600 JPEG, left half red and right half blue, with an Exif APP1 segment giving
    /// <paramref name="orientation"/> in <paramref name="byteOrder"/> ("II" little-endian, "MM" big-endian), as a phone writes one.
    /// </summary>
    private static void WriteTurnedJpeg(TestSite site, string path, int orientation, string byteOrder)
    {
        using var bitmap = new SKBitmap(1200, 600);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Blue);
            using var paint = new SKPaint { Color = SKColors.Red };
            canvas.DrawRect(0, 0, 600, 600, paint);
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);
        var jpeg = data.ToArray();
        var big = byteOrder == "MM";
        byte[] U16(int value) => big ? [(byte)(value >> 8), (byte)value] : [(byte)value, (byte)(value >> 8)];
        byte[] U32(int value) => big ? [0, 0, (byte)(value >> 8), (byte)value] : [(byte)value, (byte)(value >> 8), 0, 0];
        byte[] exif =
        [
            .. "Exif\0\0"u8, .. Encoding.ASCII.GetBytes(byteOrder), .. U16(42), .. U32(8),
            .. U16(1), .. U16(0x0112), .. U16(3), .. U32(1), .. U16(orientation), 0, 0,
            .. U32(0),
        ];
        byte[] app1 = [0xFF, 0xE1, (byte)((exif.Length + 2) >> 8), (byte)(exif.Length + 2), .. exif];
        File.WriteAllBytes(Path.Combine(site.Root, path), [.. jpeg[..2], .. app1, .. jpeg[2..]]);
    }

    private static (SKEncodedImageFormat Format, int Width, int Height) Decode(TestSite site, string path)
    {
        using var codec = SKCodec.Create(Path.Combine(site.Output, path));
        return (codec.EncodedFormat, codec.Info.Width, codec.Info.Height);
    }
}
