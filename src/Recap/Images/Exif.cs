using System.Buffers.Binary;

namespace Recap.Images;

/// <summary>The one Exif field Recap reads: how a JPEG's pixels are turned or mirrored for display.</summary>
internal static class Exif
{
    private const ushort OrientationTag = 0x0112;

    /// <summary>
    /// Whether <paramref name="orientation"/> (a TIFF number, as <c>SKEncodedOrigin</c> also numbers
    /// them) turns the image a quarter, so that it is shown with width and height swapped: 5 to 8.
    /// </summary>
    public static bool IsQuarterTurn(int orientation) => orientation is >= 5 and <= 8;

    /// <summary>
    /// The orientation (1 to 8, as TIFF numbers them: 1 upright, 6 turned a quarter clockwise, ...)
    /// in an APP1 segment's data, or null when the segment is not Exif or has no orientation.
    /// </summary>
    public static int? Orientation(ReadOnlySpan<byte> app1)
    {
        // "Exif\0\0", then a TIFF header: byte order, 42, and where the first directory starts.
        if (app1.Length < 14 || !app1[..6].SequenceEqual("Exif\0\0"u8))
        {
            return null;
        }

        var tiff = app1[6..];
        var little = tiff[..2].SequenceEqual("II"u8);
        if (!little && !tiff[..2].SequenceEqual("MM"u8))
        {
            return null;
        }

        ushort U16(ReadOnlySpan<byte> at) => little ? BinaryPrimitives.ReadUInt16LittleEndian(at) : BinaryPrimitives.ReadUInt16BigEndian(at);
        var directory = little ? BinaryPrimitives.ReadUInt32LittleEndian(tiff[4..]) : BinaryPrimitives.ReadUInt32BigEndian(tiff[4..]);
        if (directory > (uint)tiff.Length - 2)
        {
            return null;
        }

        var entries = U16(tiff[(int)directory..]);
        for (var i = 0; i < entries; i++)
        {
            var entry = (int)directory + 2 + (12 * i);
            if (entry + 12 > tiff.Length)
            {
                return null;
            }

            // Tag, type (3: SHORT), count, then the value itself, a SHORT at the start of four bytes.
            if (U16(tiff[entry..]) == OrientationTag && U16(tiff[(entry + 2)..]) == 3)
            {
                return U16(tiff[(entry + 8)..]) is var value and >= 1 and <= 8 ? value : null;
            }
        }

        return null;
    }
}
