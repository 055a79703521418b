using System.Text;
using Scriban.Runtime;

namespace Recap.Rendering;

/// <summary>
/// Where a page's templates write (the base layout, and the kind layout whose output is its
/// <c>content</c>): their text is encoded to UTF-8 as it is written, into
/// a buffer kept for the next page, so a page is never held as one more string and then copied
/// into bytes (at 10,000 talks those strings were a quarter of all a build allocated). One
/// encoder for the whole page, so a character written in two halves is still encoded whole.
/// </summary>
internal sealed class Utf8Output : IScriptOutput
{
    private readonly Encoder _encoder = Encoding.UTF8.GetEncoder(); // an encoder writes no byte order mark
    private byte[] _buffer = new byte[64 * 1024];
    private int _length;

    /// <summary>The page's bytes, once <see cref="Finish"/> has flushed the encoder.</summary>
    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    /// <inheritdoc cref="Written"/>
    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, _length);

    public void Write(string text, int offset, int count)
    {
        Encode(text.AsSpan(offset, count), flush: false);
    }

    /// <summary>Writes markup already encoded (a body, the page's content), after what the encoder still holds.</summary>
    public void WriteUtf8(ReadOnlySpan<byte> bytes)
    {
        Encode([], flush: true);
        if (_buffer.Length - _length < bytes.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + bytes.Length));
        }

        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    public void Finish() => Encode([], flush: true);

    public void Clear()
    {
        _length = 0;
        _encoder.Reset();
    }

    /// <summary>
    /// Empty: Scriban's <c>Template.Render</c> returns what its output's <c>ToString</c> gives,
    /// and the page is read from <see cref="Written"/> instead.
    /// </summary>
    public override string ToString() => string.Empty;

    private void Encode(ReadOnlySpan<char> chars, bool flush)
    {
        // A pending high surrogate from the last write can add one character's bytes.
        var most = Encoding.UTF8.GetMaxByteCount(chars.Length + 1);
        if (_buffer.Length - _length < most)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + most));
        }

        _length += _encoder.GetBytes(chars, _buffer.AsSpan(_length), flush);
    }
}
