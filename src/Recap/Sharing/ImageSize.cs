using System.Buffers.Binary;

namespace Recap.Sharing;

/// <summary>The pixel size of a PNG, JPEG, GIF or WebP image, read from its header without decoding it.</summary>
public readonly record struct ImageSize(int Width, int Height)
{
    private static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Reads the size from the start of a file; null when the file is missing or not a known format.</summary>
    public static ImageSize? Read(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var header = new byte[64 * 1024];
            var length = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
            return Parse(header.AsSpan(0, length));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The size from the first bytes of an image (64 KB is enough for the JPEGs cameras write).</summary>
    public static ImageSize? Parse(ReadOnlySpan<byte> data)
    {
        if (data.Length >= 24 && data[..8].SequenceEqual(PngSignature) && data[12..16].SequenceEqual("IHDR"u8))
        {
            return new(BinaryPrimitives.ReadInt32BigEndian(data[16..]), BinaryPrimitives.ReadInt32BigEndian(data[20..]));
        }

        if (data.Length >= 10 && (data[..6].SequenceEqual("GIF87a"u8) || data[..6].SequenceEqual("GIF89a"u8)))
        {
            return new(BinaryPrimitives.ReadUInt16LittleEndian(data[6..]), BinaryPrimitives.ReadUInt16LittleEndian(data[8..]));
        }

        if (data.Length >= 30 && data[..4].SequenceEqual("RIFF"u8) && data[8..12].SequenceEqual("WEBP"u8))
        {
            return WebP(data);
        }

        return data.Length >= 4 && data[0] == 0xFF && data[1] == 0xD8 ? Jpeg(data) : null;
    }

    private static ImageSize? WebP(ReadOnlySpan<byte> data)
    {
        var chunk = data[12..16];
        if (chunk.SequenceEqual("VP8X"u8))
        {
            return new(1 + ReadUInt24(data[24..]), 1 + ReadUInt24(data[27..]));
        }

        if (chunk.SequenceEqual("VP8 "u8))
        {
            return new(BinaryPrimitives.ReadUInt16LittleEndian(data[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(data[28..]) & 0x3FFF);
        }

        if (chunk.SequenceEqual("VP8L"u8) && data.Length >= 25)
        {
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(data[21..]);
            return new((int)(bits & 0x3FFF) + 1, (int)((bits >> 14) & 0x3FFF) + 1);
        }

        return null;
    }

    /// <summary>Walks the JPEG segments to the first start-of-frame marker, which holds the size.</summary>
    private static ImageSize? Jpeg(ReadOnlySpan<byte> data)
    {
        var at = 2;
        while (at + 9 < data.Length)
        {
            if (data[at] != 0xFF)
            {
                return null;
            }

            var marker = data[at + 1];
            if (marker == 0xFF)
            {
                at++;
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(data[(at + 2)..]);
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return new(BinaryPrimitives.ReadUInt16BigEndian(data[(at + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(data[(at + 5)..]));
            }

            at += 2 + length;
        }

        return null;
    }

    private static int ReadUInt24(ReadOnlySpan<byte> data) => data[0] | (data[1] << 8) | (data[2] << 16);
}
