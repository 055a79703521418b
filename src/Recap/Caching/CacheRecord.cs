using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using System.Text.Unicode;

namespace Recap.Caching;

/// <summary>
/// Writes a cache file as numbers, flags and strings one after another, strings as their UTF-8
/// length and bytes, read back by <see cref="CacheRecordReader"/> in one pass over the file's bytes.
/// (<see cref="BinaryReader.ReadString"/> decodes long strings in small chunks through a builder:
/// reading 10,000 compiled bodies with it took a second.)
/// </summary>
internal sealed class CacheRecordWriter(Stream stream)
{
    private readonly byte[] _number = new byte[4];

    public void Write(int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(_number, value);
        stream.Write(_number);
    }

    public void Write(bool value) => stream.WriteByte(value ? (byte)1 : (byte)0);

    /// <summary>Writes text already in UTF-8, as <see cref="Write(string)"/> writes a string.</summary>
    public void WriteUtf8(ReadOnlySpan<byte> value)
    {
        Write(value.Length);
        stream.Write(value);
    }

    /// <summary>Writes a string through a pooled buffer: a compiled body's HTML is kilobytes, and a first build writes thousands.</summary>
    public void Write(string value)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(value.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(value, buffer);
            Write(length);
            stream.Write(buffer, 0, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}

/// <summary>Reads what a <see cref="CacheRecordWriter"/> wrote; throws <see cref="InvalidDataException"/> on a record cut short or damaged.</summary>
internal sealed class CacheRecordReader(ReadOnlyMemory<byte> bytes)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private int _position;

    public bool AtEnd => _position == bytes.Length;

    /// <summary>How many of the record's bytes have been read.</summary>
    public int Position => _position;

    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    /// <summary>A count of items to read, each at least a byte: never more than the bytes left.</summary>
    public int ReadCount() =>
        ReadInt32() is var count && count >= 0 && count <= bytes.Length - _position ? count : throw new InvalidDataException("The cache file holds an impossible count.");

    public bool ReadBoolean() => Take(1)[0] switch
    {
        0 => false,
        1 => true,
        _ => throw new InvalidDataException("The cache file holds a flag that is neither 0 nor 1."),
    };

    public string ReadString()
    {
        var length = ReadCount();
        try
        {
            return StrictUtf8.GetString(Take(length));
        }
        catch (DecoderFallbackException e)
        {
            throw new InvalidDataException("The cache file holds text that is not UTF-8.", e);
        }
    }

    /// <summary>
    /// A string <see cref="CacheRecordWriter.Write(string)"/> wrote, as its UTF-8 bytes in the
    /// record, not copied: valid while the record's memory is.
    /// </summary>
    public ReadOnlyMemory<byte> ReadUtf8()
    {
        var length = ReadCount();
        var text = TakeMemory(length);
        return Utf8.IsValid(text.Span) ? text : throw new InvalidDataException("The cache file holds text that is not UTF-8.");
    }

    private ReadOnlySpan<byte> Take(int count) => TakeMemory(count).Span;

    private ReadOnlyMemory<byte> TakeMemory(int count)
    {
        if (count > bytes.Length - _position)
        {
            throw new InvalidDataException("The cache file is cut short.");
        }

        var memory = bytes.Slice(_position, count);
        _position += count;
        return memory;
    }
}
