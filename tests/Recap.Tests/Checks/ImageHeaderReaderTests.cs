using System.Text;
using CsCheck;
using Recap.Images;
using Recap.Tests.Support;

namespace Recap.Tests.Checks;

public sealed class ImageHeaderReaderTests
{
    private static readonly object[][] Images =
    [
        new object[] { "PNG", CheckSites.Png(1200, 630), "PNG 1200x630" },
        new object[] { "GIF", Bytes("GIF89a", 0xB0, 0x04, 0x76, 0x02, 0x00), "GIF 1200x630" },
        new object[] { "JPEG after an APP0 and a DQT segment", Jpeg(), "JPEG 1200x630" },
        new object[] { "lossy WebP", Bytes("RIFF", 0, 0, 0, 0, "WEBPVP8 ", 10, 0, 0, 0, 0, 0, 0, 0x9D, 0x01, 0x2A, 0xB0, 0x04, 0x76, 0x02), "WebP 1200x630" },
        new object[] { "lossless WebP", Bytes("RIFF", 0, 0, 0, 0, "WEBPVP8L", 5, 0, 0, 0, 0x2F, 0xAF, 0x44, 0x9D, 0x00, 0, 0, 0, 0, 0), "WebP 1200x630" },
        new object[] { "extended WebP", Bytes("RIFF", 0, 0, 0, 0, "WEBPVP8X", 10, 0, 0, 0, 0, 0, 0, 0, 0xAF, 0x04, 0x00, 0x75, 0x02, 0x00), "WebP 1200x630" },
    ];

    private static IEnumerable<object[]> Cases() => Images.AtLeastOne(nameof(Images));

    [TestCaseSource(nameof(Cases))]
    public void ReadsTheSizeFromTheHeader(string kind, byte[] bytes, string expected)
    {
        using var stream = new MemoryStream(bytes);

        var header = ImageHeaderReader.Read(stream);

        Assert.That(header is null ? "none" : $"{header.Format} {header.Width}x{header.Height}", Is.EqualTo(expected), kind);
    }

    [Test]
    public void OtherFilesHaveNoHeader()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ImageHeaderReader.Read(new MemoryStream(CheckSites.Png(1200, 630)[..20])), Is.Null, "a PNG cut short");
            Assert.That(ImageHeaderReader.Read(new MemoryStream(Jpeg()[..30])), Is.Null, "a JPEG cut before its frame header");
            Assert.That(ImageHeaderReader.Read(new MemoryStream([])), Is.Null);
        });
    }

    /// <summary>
    /// An SVG is drawn at the size its root element gives, in CSS pixels (96 to the inch), as
    /// Chromium draws it in an <c>&lt;img&gt;</c>: these are the sizes it reports for each.
    /// </summary>
    [TestCase("""<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"/>""", "SVG 200x100")]
    [TestCase("""<svg xmlns="http://www.w3.org/2000/svg" width="200px" height="100.4px" viewBox="0 0 20 10"/>""", "SVG 200x100")]
    [TestCase("""<svg xmlns="http://www.w3.org/2000/svg" width="10cm" height="5cm"/>""", "SVG 378x189")]
    [TestCase("""<svg xmlns="http://www.w3.org/2000/svg" width="210mm" height="297mm"/>""", "SVG 794x1123")]
    [TestCase("""<svg xmlns="http://www.w3.org/2000/svg" width="2in" height="72pt"/>""", "SVG 192x96")]
    [TestCase("""<svg xmlns="http://www.w3.org/2000/svg" width="1.5e2" height="6pc"/>""", "SVG 150x96")]
    [TestCase("""<svg xmlns="http://www.w3.org/2000/svg" width="300" viewBox="0,0,200,100"/>""", "SVG 300x150")]
    [TestCase("""<svg xmlns="http://www.w3.org/2000/svg" height="50" viewBox="-10 -10 400 100"/>""", "SVG 200x50")]
    [TestCase("""
        <?xml version="1.0" encoding="UTF-8" standalone="no"?>
        <!-- Created with Inkscape (http://www.inkscape.org/) -->
        <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
        <svg:svg xmlns:svg="http://www.w3.org/2000/svg" width="64" height="48"><svg:rect width="64" height="48"/></svg:svg>
        """, "SVG 64x48")]
    [TestCase("""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100"/>""", "none", TestName = "AnSvgSizedByItsViewBoxAloneFillsItsColumnAndHasNoSize")]
    [TestCase("""<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="100%" viewBox="0 0 300 100"/>""", "none", TestName = "AnSvgSizedInPercentFillsItsColumnAndHasNoSize")]
    [TestCase("""<svg xmlns="http://www.w3.org/2000/svg" width="20em" height="10em"/>""", "none", TestName = "AnSvgSizedInFontUnitsHasNoSize")]
    [TestCase("""<svg xmlns="http://www.w3.org/2000/svg" width="200"/>""", "none", TestName = "AnSvgWithOneSideAndNoViewBoxHasNoSize")]
    [TestCase("""<svg xmlns="http://www.w3.org/2000/svg" width="0" height="-5" viewBox="0 0 0 10"/>""", "none", TestName = "AnSvgOfNoAreaHasNoSize")]
    [TestCase("""<svg xmlns="http://www.w3.org/2000/svg" width="1e400" height="10"/>""", "none", TestName = "AnSvgTooLargeToCountHasNoSize")]
    [TestCase("""<html width="200" height="100"></html>""", "none", TestName = "XmlThatIsNotSvgHasNoSize")]
    [TestCase("""<svg xmlns="http://www.w3.org/2000/svg" width="200" heig""", "none", TestName = "AnSvgCutShortInItsRootHasNoSize")]
    public void AnSvgHasTheSizeItsRootElementGives(string svg, string expected)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(svg));

        var header = ImageHeaderReader.Read(stream);

        Assert.That(header is null ? "none" : $"{header.Format} {header.Width}x{header.Height}", Is.EqualTo(expected));
    }

    /// <summary>
    /// An SVG is read as XML without its DOCTYPE: an entity that would grow a billion times, or one
    /// that names another file, is not expanded, and a root element that comes only after 64 KB is
    /// not looked for.
    /// </summary>
    [Test]
    public void AnSvgIsReadWithoutItsEntitiesAndOnlyAtItsStart()
    {
        var laughs = """
            <?xml version="1.0"?>
            <!DOCTYPE svg [
              <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
              <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
              <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
              <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
              <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
              <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
              <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
              <!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">
              <!ENTITY i "&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;">
              <!ENTITY width SYSTEM "file:///etc/hostname">
            ]>
            <svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" data-x="&i;"><text>&width;</text></svg>
            """;
        var late = $"<!--{new string('-', 70_000).Replace("--", "- ")}-->\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"100\"/>";

        Assert.Multiple(() =>
        {
            Assert.That(ImageHeaderReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(laughs))), Is.Null);
            Assert.That(ImageHeaderReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(late))), Is.Null);
            Assert.That(ImageHeaderReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(late[late.IndexOf("<svg", StringComparison.Ordinal)..]))), Is.Not.Null, "the same root at the start");
        });
    }

    /// <summary>
    /// AVIF files from libavif 0.11.1's avifenc, of a 300 by 200 image: as it is, with
    /// <c>--irot 1</c> (turned a quarter), and with <c>--grid 2x2</c> (four tiles of 150 by 100).
    /// </summary>
    internal static readonly Dictionary<string, string> Avifs = new(StringComparer.Ordinal)
    {
        ["still"] = "AAAAIGZ0eXBhdmlmAAAAAGF2aWZtaWYxbWlhZk1BMUEAAADybWV0YQAAAAAAAAAoaGRscgAAAAAAAAAAcGljdAAAAAAAAAAAAAAAAGxpYmF2aWYAAAAADnBpdG0AAAAAAAEAAAAeaWxvYwAAAABEAAABAAEAAAABAAABGgAAAGMAAAAoaWluZgAAAAAAAQAAABppbmZlAgAAAAABAABhdjAxQ29sb3IAAAAAamlwcnAAAABLaXBjbwAAABRpc3BlAAAAAAAAASwAAADIAAAAEHBpeGkAAAAAAwgICAAAAAxhdjFDgSAAAAAAABNjb2xybmNseAABAA0ABgAAAAAXaXBtYQAAAAAAAAABAAEEAQKDBAAAAGttZGF0EgAKCTgh5XjsICGgwjJUEZABhhhhALV3k7NngnYJxhrlYJhnDNMvRQSjanrzP6grvEs4+PDTY9mRvS/WoEkXo98EPduRIDfbQXt1hIqlvsXdN7orHqgj86de+psTfewWXHPo",
        ["turned"] = "AAAAIGZ0eXBhdmlmAAAAAGF2aWZtaWYxbWlhZk1BMUEAAAD8bWV0YQAAAAAAAAAoaGRscgAAAAAAAAAAcGljdAAAAAAAAAAAAAAAAGxpYmF2aWYAAAAADnBpdG0AAAAAAAEAAAAeaWxvYwAAAABEAAABAAEAAAABAAABJAAAAGMAAAAoaWluZgAAAAAAAQAAABppbmZlAgAAAAABAABhdjAxQ29sb3IAAAAAdGlwcnAAAABUaXBjbwAAABRpc3BlAAAAAAAAASwAAADIAAAAEHBpeGkAAAAAAwgICAAAAAxhdjFDgSAAAAAAABNjb2xybmNseAABAA0ABgAAAAAJaXJvdAEAAAAYaXBtYQAAAAAAAAABAAEFAQKDBIUAAABrbWRhdBIACgk4IeV47CAhoMIyVBGQAYYYYQC1d5OzZ4J2CcYa5WCYZwzTL0UEo2p68z+oK7xLOPjw02PZkb0v1qBJF6PfBD3bkSA320F7dYSKpb7F3Te6Kx6oI/OnXvqbE33sFlxz6A==",
        ["grid"] = "AAAAIGZ0eXBhdmlmAAAAAGF2aWZtaWYxbWlhZk1BMUEAAAHhbWV0YQAAAAAAAAAoaGRscgAAAAAAAAAAcGljdAAAAAAAAAAAAAAAAGxpYmF2aWYAAAAADnBpdG0AAAAAAAEAAABWaWxvYwAAAABEAAAFAAEAAAABAAACCQAAAAgAAgAAAAEAAAIRAAAAPQADAAAAAQAAAk4AAAA8AAQAAAABAAACEQAAAD0ABQAAAAEAAAJOAAAAPAAAAJBpaW5mAAAAAAAFAAAAGmluZmUCAAAAAAEAAGdyaWRDb2xvcgAAAAAaaW5mZQIAAAEAAgAAYXYwMUNvbG9yAAAAABppbmZlAgAAAQADAABhdjAxQ29sb3IAAAAAGmluZmUCAAABAAQAAGF2MDFDb2xvcgAAAAAaaW5mZQIAAAEABQAAYXYwMUNvbG9yAAAAACBpcmVmAAAAAAAAABRkaW1nAAEABAACAAMABAAFAAAAmWlwcnAAAABfaXBjbwAAABRpc3BlAAAAAAAAASwAAADIAAAAEHBpeGkAAAAAAwgICAAAABNjb2xybmNseAABAA0ABgAAAAAUaXNwZQAAAAAAAACWAAAAZAAAAAxhdjFDgSAAAAAAADJpcG1hAAAAAAAAAAUAAQMBAgMAAgQEAoUDAAMEBAKFAwAEBAQChQMABQQEAoUDAAAAiW1kYXQAAAEBASwAyBIACgk4HaVxsICGgwgyLhGQAYYYYQC1d5OzZ4J2CcYa5WCYZwzTL0UEo2p68z+oK7xJi1HfKA5Hz00s3XoSAAoJOB2lcbCAhoMIMi0RkAGGGGEAtXeTsqAOc+hWIiOwG3binaPnSUQUevezpWuMmHTEU+nHw4lumSo=",
    };

    [TestCase("still", "AVIF 300x200")]
    [TestCase("turned", "AVIF 200x300")]
    [TestCase("grid", "AVIF 300x200")]
    public void AnAvifHasTheSizeOfItsWholeImageAsShown(string file, string expected)
    {
        var bytes = Convert.FromBase64String(Avifs[file]);

        Assert.Multiple(() =>
        {
            Assert.That(ImageHeaderReader.Read(new MemoryStream(bytes)) is { } h ? $"{h.Format} {h.Width}x{h.Height}" : "none", Is.EqualTo(expected));
            for (var length = 0; length < bytes.Length; length += 7)
            {
                Assert.That(() => ImageHeaderReader.Read(new MemoryStream(bytes[..length])), Throws.Nothing, $"cut to {length} bytes");
            }

            Assert.That(ImageHeaderReader.Read(new MemoryStream([.. bytes[..8], .. "heic"u8, .. bytes[12..16], .. "mif1heic"u8, .. bytes[24..]])), Is.Null, "a HEIC photo");
        });
    }

    [Test]
    public void MovingPngsAndWebPsAreToldFromStillOnes()
    {
        byte[] still = [.. CheckSites.Png(1200, 630), 0, 0, 0, 1, .. "IDAT"u8, 0, 0, 0, 0, 0, 0, 0, 0, 0, .. "IEND"u8, 0, 0, 0, 0];
        byte[] stillWebP = Bytes("RIFF", 0, 0, 0, 0, "WEBPVP8X", 10, 0, 0, 0, 0x10, 0, 0, 0, 0xAF, 0x04, 0x00, 0x75, 0x02, 0x00);
        byte[] movingWebP = Bytes("RIFF", 0, 0, 0, 0, "WEBPVP8X", 10, 0, 0, 0, 0x12, 0, 0, 0, 0xAF, 0x04, 0x00, 0x75, 0x02, 0x00);

        string Read(byte[] bytes) => ImageHeaderReader.Read(new MemoryStream(bytes)) is { } h ? $"{h.Format} {h.Width}x{h.Height}{(h.Animated ? " moving" : string.Empty)}" : "none";

        Assert.Multiple(() =>
        {
            Assert.That(Read(still), Is.EqualTo("PNG 1200x630"));
            Assert.That(Read(Moving(still)), Is.EqualTo("PNG 1200x630 moving"));
            Assert.That(Read(CheckSites.Png(1200, 630)), Is.EqualTo("PNG 1200x630"), "no chunk after the header");
            Assert.That(Read(Moving(still)[..45]), Is.EqualTo("PNG 1200x630 moving"), "cut short after acTL");
            Assert.That(Read(stillWebP), Is.EqualTo("WebP 1200x630"), "an alpha flag only");
            Assert.That(Read(movingWebP), Is.EqualTo("WebP 1200x630 moving"));
        });
    }

    /// <summary><paramref name="png"/> as an animated PNG of one frame: an <c>acTL</c> chunk after its header.</summary>
    internal static byte[] Moving(byte[] png)
    {
        byte[] data = [.. "acTL"u8, 0, 0, 0, 1, 0, 0, 0, 0];
        var crc = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(crc, System.IO.Hashing.Crc32.HashToUInt32(data));
        return [.. png[..33], 0, 0, 0, 8, .. data, .. crc, .. png[33..]];
    }

    /// <summary>
    /// A JPEG whose APP1 segment is Exif followed by any bytes, as a damaged or hostile file may
    /// have: the header is read without an exception, and the size is the frame's, swapped only for
    /// an orientation that turns the image a quarter.
    /// </summary>
    [Test]
    public void AnyExifSegmentIsReadWithoutFailing()
    {
        var order = Gen.Int[0, 2].Select(i => new[] { "II"u8.ToArray(), "MM"u8.ToArray(), "XX"u8.ToArray() }[i]);

        // Half the time a little-endian directory whose one entry is the orientation, of any type
        // and value, cut short anywhere: the paths that read a value as well as those that give up.
        var directory = Gen.Select(Gen.Byte[0, 4], Gen.Byte[0, 10], Gen.Int[0, 20]).Select((type, value, cut) =>
            new byte[] { 42, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, type, 0, 1, 0, 0, 0, value, 0, 0, 0 }[..cut]);
        var rest = Gen.Frequency((1, Gen.Byte.Array[0, 200]), (1, directory));
        Gen.Select(order, rest).Sample((byteOrder, rest) =>
        {
            byte[] exif = [.. "Exif\0\0"u8, .. byteOrder, .. rest];
            var jpeg = Jpeg();
            byte[] app1 = [0xFF, 0xE1, (byte)((exif.Length + 2) >> 8), (byte)(exif.Length + 2), .. exif];
            using var stream = new MemoryStream([.. jpeg[..2], .. app1, .. jpeg[2..]]);

            var header = ImageHeaderReader.Read(stream);

            var quarter = Exif.Orientation(exif) is { } orientation && Exif.IsQuarterTurn(orientation);
            Assert.That(header is null ? "none" : $"{header.Width}x{header.Height}", Is.EqualTo(quarter ? "630x1200" : "1200x630"));
        });
    }

    /// <summary>SOI, a JFIF APP0 segment, a DQT segment, then a baseline frame header of 1200x630.</summary>
    private static byte[] Jpeg() => Bytes(
        0xFF, 0xD8,
        0xFF, 0xE0, 0x00, 0x10, "JFIF", 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
        0xFF, 0xDB, 0x00, 0x04, 0x00, 0x00,
        0xFF, 0xC0, 0x00, 0x11, 0x08, 0x02, 0x76, 0x04, 0xB0, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01,
        0xFF, 0xD9);

    /// <summary>Bytes from numbers and ASCII strings.</summary>
    private static byte[] Bytes(params object[] parts) =>
        [.. parts.SelectMany(p => p is string s ? s.Select(c => (byte)c) : [Convert.ToByte(p, System.Globalization.CultureInfo.InvariantCulture)])];
}
