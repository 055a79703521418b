using System.Buffers.Binary;

namespace Recap.Images;

/// <summary>
/// Reads the pixel size of a PNG, JPEG, GIF, WebP or AVIF image from its header, without decoding
/// it, and an SVG's from its root element (<see cref="SvgSize"/>): a preview image only has to have
/// the right shape, and an image sized in its page takes its space before it loads. The size is
/// the one the image is shown at: a JPEG whose Exif orientation turns it a quarter (as phones save
/// photos taken upright) has its width and height swapped, since browsers turn it before drawing it.
/// </summary>
internal static class ImageHeaderReader
{
    private static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <returns>The format and size, or null when the file is none of the six formats, is cut short, or is an SVG without a fixed size.</returns>
    /// <param name="stream">A seekable stream at the start of the file.</param>
    public static ImageHeader? Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Span<byte> head = stackalloc byte[30];
        var length = ReadUpTo(stream, head);
        head = head[..length];

        if (head.Length >= 24 && head[..8].SequenceEqual(PngSignature) && head[12..16].SequenceEqual("IHDR"u8))
        {
            return Header("PNG", BinaryPrimitives.ReadInt32BigEndian(head[16..]), BinaryPrimitives.ReadInt32BigEndian(head[20..])) is { } png
                ? png with { Animated = IsAnimatedPng(stream) }
                : null;
        }

        if (head.Length >= 10 && (head[..6].SequenceEqual("GIF87a"u8) || head[..6].SequenceEqual("GIF89a"u8)))
        {
            return Header("GIF", BinaryPrimitives.ReadUInt16LittleEndian(head[6..]), BinaryPrimitives.ReadUInt16LittleEndian(head[8..]));
        }

        if (head.Length >= 30 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return WebP(head[12..16], head[20..]);
        }

        if (head.Length >= 2 && head[0] == 0xFF && head[1] == 0xD8)
        {
            stream.Position = 2;
            return Jpeg(stream);
        }

        if (head.Length >= 16 && head[4..8].SequenceEqual("ftyp"u8))
        {
            return Avif(stream, BinaryPrimitives.ReadUInt32BigEndian(head));
        }

        return SvgSize.LooksLikeXml(head) ? SvgSize.Read(stream) : null;
    }

    /// <summary>
    /// An AVIF image is an ISO BMFF file whose <c>ftyp</c> names the <c>avif</c> brand (<c>avis</c>
    /// for one that moves). Its size is an <c>ispe</c> property in <c>meta</c>/<c>iprp</c>/<c>ipco</c>;
    /// the tiles of a grid and an alpha plane have one too, and the whole image is the largest. An
    /// <c>irot</c> of a quarter or three quarters turns it, as browsers do.
    /// </summary>
    private static ImageHeader? Avif(Stream stream, uint ftypSize)
    {
        const int MaxMeta = 1 << 20;
        if (ftypSize is < 16 or > 1024)
        {
            return null;
        }

        var ftyp = new byte[ftypSize];
        stream.Position = 0;
        if (ReadUpTo(stream, ftyp) != ftyp.Length)
        {
            return null;
        }

        // The major brand, then the compatible ones after the minor version.
        var brands = Enumerable.Range(0, (ftyp.Length - 8) / 4).Where(i => i != 1).Select(i => ftyp.AsSpan(8 + (i * 4), 4).ToArray()).ToList();
        var moving = brands.Any(b => b.AsSpan().SequenceEqual("avis"u8));
        if (!moving && !brands.Any(b => b.AsSpan().SequenceEqual("avif"u8)))
        {
            return null;
        }

        Span<byte> box = stackalloc byte[8];
        var position = (long)ftypSize;
        for (var boxes = 0; boxes < 16; boxes++)
        {
            stream.Position = position;
            if (ReadUpTo(stream, box) != box.Length)
            {
                return null;
            }

            var size = BinaryPrimitives.ReadUInt32BigEndian(box);
            if (box[4..].SequenceEqual("meta"u8))
            {
                if (size is < 12 or > MaxMeta)
                {
                    return null;
                }

                var meta = new byte[size - 8];
                if (ReadUpTo(stream, meta) != meta.Length || AvifSize(meta.AsSpan(4)) is not { } shown)
                {
                    return null;
                }

                return Header("AVIF", shown.Width, shown.Height) is { } avif ? avif with { Animated = moving } : null;
            }

            if (size < 8)
            {
                return null; // 0 runs to the end of the file, 1 has a 64-bit size: media data, after which no meta comes
            }

            position += size;
        }

        return null;
    }

    /// <summary>The size an AVIF's <c>meta</c> box (after its version and flags) gives its image, turned by its <c>irot</c>.</summary>
    private static (int Width, int Height)? AvifSize(ReadOnlySpan<byte> meta)
    {
        var properties = Child(Child(meta, "iprp"u8), "ipco"u8);
        var (width, height, turned) = (0L, 0L, false);
        while (properties.Length >= 8 && BinaryPrimitives.ReadUInt32BigEndian(properties) is var size && size >= 8 && size <= properties.Length)
        {
            var type = properties[4..8];
            var data = properties[8..(int)size];
            if (type.SequenceEqual("ispe"u8) && data.Length >= 12
                && BinaryPrimitives.ReadUInt32BigEndian(data[4..]) is var w && BinaryPrimitives.ReadUInt32BigEndian(data[8..]) is var h
                && (long)w * h > width * height)
            {
                (width, height) = (w, h);
            }
            else if (type.SequenceEqual("irot"u8) && data.Length >= 1)
            {
                turned = (data[0] & 1) == 1;
            }

            properties = properties[(int)size..];
        }

        return width is > 0 and <= int.MaxValue && height is > 0 and <= int.MaxValue
            ? turned ? ((int)height, (int)width) : ((int)width, (int)height)
            : null;
    }

    /// <summary>The data of the first box of <paramref name="type"/> among <paramref name="boxes"/>; empty when there is none.</summary>
    private static ReadOnlySpan<byte> Child(ReadOnlySpan<byte> boxes, ReadOnlySpan<byte> type)
    {
        while (boxes.Length >= 8 && BinaryPrimitives.ReadUInt32BigEndian(boxes) is var size && size >= 8 && size <= boxes.Length)
        {
            if (boxes[4..8].SequenceEqual(type))
            {
                return boxes[8..(int)size];
            }

            boxes = boxes[(int)size..];
        }

        return default;
    }

    /// <summary>The three WebP encodings keep the size in different places (RFC 9649).</summary>
    private static ImageHeader? WebP(ReadOnlySpan<byte> chunk, ReadOnlySpan<byte> data)
    {
        if (chunk.SequenceEqual("VP8 "u8) && data[3] == 0x9D && data[4] == 0x01 && data[5] == 0x2A)
        {
            return Header("WebP", BinaryPrimitives.ReadUInt16LittleEndian(data[6..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(data[8..]) & 0x3FFF);
        }

        if (chunk.SequenceEqual("VP8L"u8) && data[0] == 0x2F)
        {
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(data[1..]);
            return Header("WebP", (int)(bits & 0x3FFF) + 1, (int)((bits >> 14) & 0x3FFF) + 1);
        }

        if (chunk.SequenceEqual("VP8X"u8))
        {
            const byte animationFlag = 0x02;
            return Header("WebP", (data[4] | (data[5] << 8) | (data[6] << 16)) + 1, (data[7] | (data[8] << 8) | (data[9] << 16)) + 1) is { } webP
                ? webP with { Animated = (data[0] & animationFlag) != 0 }
                : null;
        }

        return null;
    }

    /// <summary>
    /// Whether a PNG is an animated one (APNG): its <c>acTL</c> chunk comes before the first
    /// <c>IDAT</c>. Walks the chunks after the header, which is 33 bytes long.
    /// </summary>
    private static bool IsAnimatedPng(Stream stream)
    {
        Span<byte> chunk = stackalloc byte[8];
        stream.Position = 33;
        for (var chunks = 0; chunks < 64 && ReadUpTo(stream, chunk) == chunk.Length; chunks++)
        {
            if (chunk[4..].SequenceEqual("acTL"u8))
            {
                return true;
            }

            if (chunk[4..].SequenceEqual("IDAT"u8) || chunk[4..].SequenceEqual("IEND"u8))
            {
                return false;
            }

            stream.Seek(BinaryPrimitives.ReadUInt32BigEndian(chunk) + 4L, SeekOrigin.Current); // its data and CRC
        }

        return false;
    }

    /// <summary>
    /// Walks the JPEG segments up to the first start-of-frame, which holds the size, reading the
    /// Exif orientation on the way (it comes before the frame, in APP1).
    /// </summary>
    private static ImageHeader? Jpeg(Stream stream)
    {
        Span<byte> segment = stackalloc byte[7];
        var turned = false;
        while (true)
        {
            int marker;
            do
            {
                marker = stream.ReadByte();
            }
            while (marker == 0xFF);

            if (marker < 0)
            {
                return null;
            }

            // Markers without a length: RST0-7, TEM. SOS starts the image data, EOI ends the file.
            if (marker is (>= 0xD0 and <= 0xD7) or 0x01)
            {
                continue;
            }

            if (marker is 0xDA or 0xD9 || ReadUpTo(stream, segment[..2]) < 2)
            {
                return null;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(segment);
            if (marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC))
            {
                if (ReadUpTo(stream, segment[2..]) < 5)
                {
                    return null;
                }

                var (width, height) = (BinaryPrimitives.ReadUInt16BigEndian(segment[5..]), BinaryPrimitives.ReadUInt16BigEndian(segment[3..]));
                return turned ? Header("JPEG", height, width) : Header("JPEG", width, height);
            }

            if (length < 2)
            {
                return null;
            }

            if (marker == 0xE1)
            {
                var exif = new byte[length - 2];
                if (ReadUpTo(stream, exif) < exif.Length)
                {
                    return null;
                }

                turned |= Exif.Orientation(exif) is { } orientation && Exif.IsQuarterTurn(orientation);
            }
            else
            {
                stream.Seek(length - 2, SeekOrigin.Current);
            }

            if (stream.ReadByte() is not 0xFF)
            {
                return null;
            }
        }
    }

    private static ImageHeader? Header(string format, int width, int height) =>
        width > 0 && height > 0 ? new ImageHeader(format, width, height) : null;

    private static int ReadUpTo(Stream stream, Span<byte> buffer)
    {
        var total = 0;
        while (total < buffer.Length && stream.Read(buffer[total..]) is var read and > 0)
        {
            total += read;
        }

        return total;
    }
}
