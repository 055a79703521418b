using System.Buffers;
using System.Text;

namespace Recap.Text;

/// <summary>
/// Finds where text stops being UTF-8. A decoder only says that it is not; an author needs the
/// line to fix, usually one character typed in an editor that saved Latin-1 or Windows-1252.
/// </summary>
internal static class Utf8Check
{
    /// <returns>The first byte that is not part of a UTF-8 sequence, or null when every byte is.</returns>
    /// <remarks>Lines end at LF, or at CR in a file with no LF at all, as <c>ContentLoader</c> reads old Mac files.</remarks>
    public static InvalidUtf8? FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        var carriageReturnEndsLines = !bytes.Contains((byte)'\n');
        var line = 1;
        var column = 1;
        var position = 0;
        while (position < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[position..], out var rune, out var consumed) != OperationStatus.Done)
            {
                return new InvalidUtf8(line, column, bytes[position]);
            }

            if (rune.Value == '\n' || (carriageReturnEndsLines && rune.Value == '\r'))
            {
                line++;
                column = 1;
            }
            else
            {
                column += rune.Utf16SequenceLength;
            }

            position += consumed;
        }

        return null;
    }
}
