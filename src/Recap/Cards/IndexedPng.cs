using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using SkiaSharp;

namespace Recap.Cards;

/// <summary>
/// Writes a card as a PNG of 16 colours, or 256 at most (colour type 3, a palette). A card is flat
/// colours and text anti-aliased over them, so every pixel lies on a ramp from a background to an
/// ink: the palette is a few steps of each ramp, and each pixel is written as the nearest step. Half
/// a byte a pixel instead of four, in long runs of the same byte, deflates many times faster and
/// smaller than the RGB image, and 6 shades of each edge read the same as 256.
/// </summary>
internal static class IndexedPng
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>What a chunk adds to its data: its length, type and CRC.</summary>
    private const int ChunkFrame = 12;

    /// <summary>The deflated rows of this thread's last card: the buffer is kept from card to card.</summary>
    [ThreadStatic]
    private static MemoryStream? t_deflated;

    /// <summary>
    /// Shades of each ramp: at a card's text sizes 6 read as 256 do (6, 8 and 12 cannot be told
    /// apart at four times the size), and deflate 4% smaller than 8 and 11% smaller than 12.
    /// </summary>
    private const int Shades = 6;

    /// <summary>
    /// The fewest shades a ramp after the first is given to keep the palette within
    /// <see cref="SmallPalette"/> colours: its two ends and the colour halfway.
    /// </summary>
    private const int FewestShades = 3;

    /// <summary>
    /// Colours a palette of 4 bits an index holds: half the bytes of 8 to deflate, which is most of
    /// what writing a card costs, and a fifth smaller once deflated.
    /// </summary>
    private const int SmallPalette = 16;

    /// <summary>
    /// How far (per channel) a pixel may be from its ramp, beyond half a step, and still be on it:
    /// Skia's blending rounds. A pixel further than that is not on a ramp: a colour emoji, say.
    /// </summary>
    private const int Slack = 6;

    /// <summary>Pixels of one colour compared one by one before a run is taken as long and left to vector compares.</summary>
    private const int ShortRun = 16;

    /// <summary>
    /// The PNG of <paramref name="bitmap"/> with a palette of the steps of <paramref name="ramps"/>, or null
    /// when a pixel is far from every step, so that the caller can write every colour as it is.
    /// </summary>
    /// <param name="bitmap">An opaque bitmap, RGBA or BGRA.</param>
    /// <param name="ramps">The colour pairs the image blends between: background and ink, the first background first.</param>
    /// <param name="options">How hard zlib works.</param>
    public static byte[]? Encode(SKBitmap bitmap, IReadOnlyList<(SKColor From, SKColor To)> ramps, ZLibCompressionOptions options)
    {
        // A card's scanlines are up to 750 KB: a pooled buffer spares the large object heap a collection per card.
        var length = (bitmap.Width + 1) * bitmap.Height;
        var rows = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var written = Scanlines(bitmap, ramps, rows.AsSpan(0, length), out var palette, out var depth);
            return written < 0 ? null : Write(bitmap.Width, bitmap.Height, depth, palette, rows.AsSpan(0, written), options);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rows);
        }
    }

    /// <summary>
    /// Writes the image's rows as PNG scanlines of palette indices into <paramref name="scanlines"/>, 4 bits
    /// an index when the palette has 16 colours at most, else 8; returns their length, or -1 when a pixel is on no ramp.
    /// </summary>
    /// <param name="scanlines">Room for the scanlines at 8 bits: a byte a pixel and one a row.</param>
    internal static int Scanlines(SKBitmap bitmap, IReadOnlyList<(SKColor From, SKColor To)> ramps, Span<byte> scanlines, out byte[] plte, out int depth)
    {
        ArgumentNullException.ThrowIfNull(bitmap);
        ArgumentNullException.ThrowIfNull(ramps);
        if (bitmap.ColorType is not (SKColorType.Rgba8888 or SKColorType.Bgra8888) || ramps.Count == 0)
        {
            throw new ArgumentException("An RGBA or BGRA bitmap and at least one ramp are needed.");
        }

        var palette = Palette.For(ramps, bitmap.ColorType == SKColorType.Bgra8888);
        plte = palette.Rgb;
        depth = palette.BitsPerIndex;
        var (width, height) = (bitmap.Width, bitmap.Height);
        var stride = (depth == 4 ? (width + 1) / 2 : width) + 1;
        var pixels = MemoryMarshal.Cast<byte, uint>(bitmap.GetPixelSpan());

        // The indices of this row and of the row above: a row is looked up where it differs from the row above.
        var buffer = ArrayPool<byte>.Shared.Rent(2 * width);
        try
        {
            var indices = buffer.AsSpan(0, width);
            var aboveIndices = buffer.AsSpan(width, width);
            for (var y = 0; y < height; y++)
            {
                var row = pixels.Slice(y * width, width);
                var scanline = scanlines.Slice(y * stride, stride);
                if (y == 0)
                {
                    if (!FirstRow(palette, row, indices))
                    {
                        return -1;
                    }
                }
                else
                {
                    var above = pixels.Slice((y - 1) * width, width);
                    var same = row.CommonPrefixLength(above);
                    if (same == width)
                    {
                        // Most of a card's rows are the row above again: the background between lines of text.
                        scanlines.Slice((y - 1) * stride, stride).CopyTo(scanline);
                        continue;
                    }

                    var swap = aboveIndices;
                    aboveIndices = indices;
                    indices = swap;
                    if (!BelowRow(palette, row, above, same, aboveIndices, indices))
                    {
                        return -1;
                    }
                }

                // Each scanline starts with its filter type, None (0): indices of a ramp are not numbers to predict.
                scanline[0] = 0;
                if (depth == 4)
                {
                    PackNibbles(indices, scanline[1..]);
                }
                else
                {
                    indices.CopyTo(scanline[1..]);
                }
            }

            return stride * height;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The indices of the top row, run by run: the edges of letters are short, found one by one; long runs with vector compares.</summary>
    private static bool FirstRow(Palette palette, ReadOnlySpan<uint> row, Span<byte> indices)
    {
        var x = 0;
        while (x < row.Length)
        {
            var pixel = row[x];
            var index = palette.IndexOf(pixel & 0xFFFFFF);
            if (index < 0)
            {
                return false;
            }

            var end = x + 1;
            while (end < row.Length && end - x < ShortRun && row[end] == pixel)
            {
                end++;
            }

            if (end - x == ShortRun)
            {
                var run = row[end..].IndexOfAnyExcept(pixel);
                end = run < 0 ? row.Length : end + run;
            }

            indices[x..end].Fill((byte)index);
            x = end;
        }

        return true;
    }

    /// <summary>
    /// The indices of a row below another, from its first pixel unlike the one above, <paramref name="x"/>:
    /// the row starts as the indices above, and only the pixels that differ from the pixel above,
    /// found with vector compares, are looked up (the stems of letters run down many rows).
    /// </summary>
    private static bool BelowRow(Palette palette, ReadOnlySpan<uint> row, ReadOnlySpan<uint> above, int x, ReadOnlySpan<byte> aboveIndices, Span<byte> indices)
    {
        aboveIndices.CopyTo(indices);
        while (true)
        {
            // A run of pixels unlike those above: an edge of a letter, or a colour run the row above lacks.
            do
            {
                var pixel = row[x];
                var index = x > 0 && pixel == row[x - 1] ? indices[x - 1] : palette.IndexOf(pixel & 0xFFFFFF);
                if (index < 0)
                {
                    return false;
                }

                indices[x] = (byte)index;
                x++;
            }
            while (x < row.Length && row[x] != above[x]);

            x += row[x..].CommonPrefixLength(above[x..]);
            if (x == row.Length)
            {
                return true;
            }
        }
    }

    /// <summary>Packs indices below 16 two a byte, high nibble first.</summary>
    private static void PackNibbles(ReadOnlySpan<byte> indices, Span<byte> packed)
    {
        var x = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            // 32 indices to 16 bytes at a time: each pair, read as a little-endian ushort, is (second << 8) | first.
            var pairs = MemoryMarshal.Cast<byte, ushort>(indices);
            for (; x + 32 <= indices.Length; x += 32)
            {
                var low = Vector128.Create(pairs.Slice(x / 2, 8));
                var high = Vector128.Create(pairs.Slice((x / 2) + 8, 8));
                Vector128.Narrow(Nibbles(low), Nibbles(high)).CopyTo(packed[(x / 2)..]);
            }
        }

        for (; x < indices.Length; x += 2)
        {
            packed[x / 2] = (byte)((indices[x] << 4) | (x + 1 < indices.Length ? indices[x + 1] : 0));
        }

        static Vector128<ushort> Nibbles(Vector128<ushort> pair) => ((pair << 4) & Vector128.Create((ushort)0xF0)) | (pair >> 8);
    }

    private static byte[] Write(int width, int height, int depth, byte[] palette, ReadOnlySpan<byte> rows, ZLibCompressionOptions options)
    {
        // The deflated rows go to a buffer this thread keeps, and the PNG is put together in one array
        // of its size: two 32 KB streams a card were a third of what painting a card allocated.
        var data = t_deflated ??= new MemoryStream(64 * 1024);
        data.SetLength(0);
        using (var zlib = new ZLibStream(data, options, leaveOpen: true))
        {
            zlib.Write(rows);
        }

        var idat = data.GetBuffer().AsSpan(0, (int)data.Length);
        var png = new byte[Signature.Length + (4 * ChunkFrame) + 13 + palette.Length + idat.Length];
        Signature.CopyTo(png, 0);
        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], height);
        header[8] = (byte)depth; // bits per index
        header[9] = 3; // colour type: palette
        header[10] = header[11] = header[12] = 0; // deflate, adaptive filtering, not interlaced
        var at = Chunk(png, Signature.Length, "IHDR"u8, header);
        at = Chunk(png, at, "PLTE"u8, palette);
        at = Chunk(png, at, "IDAT"u8, idat);
        Chunk(png, at, "IEND"u8, []);
        return png;
    }

    /// <summary>Writes a chunk into <paramref name="png"/> at <paramref name="at"/>; returns where the next one starts.</summary>
    private static int Chunk(byte[] png, int at, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        var chunk = png.AsSpan(at, ChunkFrame + data.Length);
        BinaryPrimitives.WriteInt32BigEndian(chunk, data.Length);
        type.CopyTo(chunk[4..]);
        data.CopyTo(chunk[8..]);
        BinaryPrimitives.WriteUInt32BigEndian(chunk[(8 + data.Length)..], Crc32.HashToUInt32(chunk[4..(8 + data.Length)]));
        return at + chunk.Length;
    }

    /// <summary>
    /// The steps of each ramp, and the nearest step of a colour, remembered for the colours seen.
    /// Colours are kept as the bitmap holds them, three bytes in its order, alpha dropped.
    /// </summary>
    private sealed class Palette
    {
        private const int CacheSize = 4096;

        /// <summary>Palettes this thread made lately, most recent last: a site's cards share a few sets of ramps.</summary>
        private const int Kept = 8;

        [ThreadStatic]
        private static List<Palette>? t_recent;

        private readonly (SKColor From, SKColor To)[] _given;
        private readonly bool _bgra;
        private readonly (uint From, uint To)[] _ramps;
        private readonly int[] _steps;
        private readonly int[] _maxError;
        private readonly byte[][] _indices;
        private readonly List<uint> _colors;
        private readonly uint[] _cachedColor = new uint[CacheSize];
        private readonly short[] _cachedIndex = new short[CacheSize];

        private Palette(IReadOnlyList<(SKColor From, SKColor To)> ramps, bool bgra)
        {
            (_given, _bgra) = ([.. ramps], bgra);
            uint Pack(SKColor c) => bgra ? c.Blue | ((uint)c.Green << 8) | ((uint)c.Red << 16) : c.Red | ((uint)c.Green << 8) | ((uint)c.Blue << 16);
            _ramps = [.. ramps.Select(r => (Pack(r.From), Pack(r.To)))];

            _steps = Steps(_ramps);
            _indices = new byte[_ramps.Length][];
            _maxError = new int[_ramps.Length];
            _colors = Colors(_ramps, _steps);

            for (var r = 0; r < _ramps.Length; r++)
            {
                // A pixel between two steps is up to half a step from both.
                for (var shift = 0; shift < 24; shift += 8)
                {
                    var halfStep = Math.Abs(Channel(_ramps[r].To, shift) - Channel(_ramps[r].From, shift)) / (2 * _steps[r]);
                    _maxError[r] += (halfStep + Slack) * (halfStep + Slack);
                }

                _indices[r] = new byte[_steps[r] + 1];
                for (var k = 0; k <= _steps[r]; k++)
                {
                    _indices[r][k] = (byte)_colors.IndexOf(Step(_ramps[r].From, _ramps[r].To, k, _steps[r]));
                }
            }

            var (red, blue) = bgra ? (16, 0) : (0, 16);
            Rgb = new byte[_colors.Count * 3];
            for (var i = 0; i < _colors.Count; i++)
            {
                Rgb[(3 * i) + 0] = (byte)(_colors[i] >> red);
                Rgb[(3 * i) + 1] = (byte)(_colors[i] >> 8);
                Rgb[(3 * i) + 2] = (byte)(_colors[i] >> blue);
            }

            Array.Fill(_cachedColor, uint.MaxValue);
        }

        /// <summary>
        /// The steps of each ramp (shades less one). Every ramp has <see cref="Shades"/> when the
        /// palette still fits in 4 bits an index, or cannot be made to; otherwise the ramps after the
        /// first, the title's, give up shades, the one with most first and the last of equals first
        /// (the badge's before the other inks), down to <see cref="FewestShades"/>, until it fits.
        /// </summary>
        private static int[] Steps((uint From, uint To)[] ramps)
        {
            var full = Enumerable.Repeat(Math.Min(Shades, 256 / ramps.Length) - 1, ramps.Length).ToArray();
            var steps = full.ToArray();
            while (Colors(ramps, steps).Count > SmallPalette)
            {
                var fewer = -1;
                for (var r = ramps.Length - 1; r >= 1; r--)
                {
                    if (steps[r] > FewestShades - 1 && (fewer < 0 || steps[r] > steps[fewer]))
                    {
                        fewer = r;
                    }
                }

                if (fewer < 0)
                {
                    return full;
                }

                steps[fewer]--;
            }

            return steps;
        }

        /// <summary>The colours of the ramps' steps, each once, in the order the ramps first reach them.</summary>
        private static List<uint> Colors((uint From, uint To)[] ramps, int[] steps)
        {
            var colors = new List<uint>();
            for (var r = 0; r < ramps.Length; r++)
            {
                for (var k = 0; k <= steps[r]; k++)
                {
                    var color = Step(ramps[r].From, ramps[r].To, k, steps[r]);
                    if (!colors.Contains(color))
                    {
                        colors.Add(color);
                    }
                }
            }

            return colors;
        }

        /// <summary>
        /// The palette of <paramref name="ramps"/>, one this thread made for an earlier card when there
        /// is one: the steps of each colour it has met are remembered, and a card meets thousands.
        /// </summary>
        public static Palette For(IReadOnlyList<(SKColor From, SKColor To)> ramps, bool bgra)
        {
            var recent = t_recent ??= new List<Palette>(Kept);
            (SKColor From, SKColor To)[] wanted = [.. ramps];
            var found = recent.FindIndex(p => p._bgra == bgra && p._given.AsSpan().SequenceEqual(wanted));
            if (found >= 0)
            {
                return recent[found];
            }

            if (recent.Count == Kept)
            {
                recent.RemoveAt(0);
            }

            var made = new Palette(wanted, bgra);
            recent.Add(made);
            return made;
        }

        /// <summary>The PLTE chunk's data: red, green, blue of each entry.</summary>
        public byte[] Rgb { get; }

        /// <summary>4 when the palette fits in <see cref="SmallPalette"/> colours, else 8.</summary>
        public int BitsPerIndex => _colors.Count <= SmallPalette ? 4 : 8;

        /// <summary>
        /// The index of the step nearest to <paramref name="pixel"/> (three bytes) among the ramps it
        /// is near, or -1 when it is near none. A ramp with a close step may still be too far: two
        /// close colours make a ramp whose steps are near each other, so it allows little error.
        /// </summary>
        public int IndexOf(uint pixel)
        {
            var slot = (int)((pixel * 2654435761u) >> 20);
            if (_cachedColor[slot] == pixel)
            {
                return _cachedIndex[slot];
            }

            var (best, bestError) = (-1, int.MaxValue);
            for (var r = 0; r < _ramps.Length; r++)
            {
                // The step nearest to the pixel's projection on the ramp.
                var (from, to) = _ramps[r];
                var (along, length) = (0, 0);
                for (var shift = 0; shift < 24; shift += 8)
                {
                    var d = Channel(to, shift) - Channel(from, shift);
                    along += (Channel(pixel, shift) - Channel(from, shift)) * d;
                    length += d * d;
                }

                var k = length == 0 ? 0 : (int)Math.Clamp(Math.Round((double)along * _steps[r] / length), 0, _steps[r]);
                var index = _indices[r][k];
                var error = Distance(_colors[index], pixel);
                if (error < bestError && error <= _maxError[r])
                {
                    (best, bestError) = (index, error);
                }
            }

            _cachedColor[slot] = pixel;
            _cachedIndex[slot] = (short)best;
            return best;
        }

        private static int Channel(uint color, int shift) => (int)((color >> shift) & 0xFF);

        private static int Distance(uint a, uint b)
        {
            var sum = 0;
            for (var shift = 0; shift < 24; shift += 8)
            {
                var d = Channel(a, shift) - Channel(b, shift);
                sum += d * d;
            }

            return sum;
        }

        /// <summary>Step <paramref name="k"/> of <paramref name="steps"/> from one colour to another.</summary>
        private static uint Step(uint from, uint to, int k, int steps)
        {
            var color = 0u;
            for (var shift = 0; shift < 24; shift += 8)
            {
                var (a, b) = (Channel(from, shift), Channel(to, shift));
                color |= (uint)Math.Round(a + ((b - a) * (double)k / steps)) << shift;
            }

            return color;
        }
    }
}
