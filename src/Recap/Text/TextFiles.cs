using System.Buffers;

namespace Recap.Text;

/// <summary>
/// Reads source files without ever blocking: a file whose size is zero is not opened, since a
/// named pipe or a device in a site's folders reports zero and would wait forever for a writer.
/// </summary>
internal static class TextFiles
{
    public static string ReadAllText(string path) => IsEmpty(path) ? string.Empty : File.ReadAllText(path);

    public static Stream OpenRead(string path) => IsEmpty(path) ? new MemoryStream([], writable: false) : File.OpenRead(path);

    /// <summary>
    /// What <paramref name="read"/> makes of the whole file at <paramref name="path"/>, read into a
    /// pooled buffer that is used again once it returns: for the thousands of files a build reads
    /// whole and keeps only what it makes of them. Opened to share with writers, which spares the
    /// lock <see cref="File.ReadAllBytes"/> takes on every file. Check <see cref="IsEmpty"/> first.
    /// </summary>
    public static T ReadPooled<T>(string path, Func<ArraySegment<byte>, T> read)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var length = RandomAccess.GetLength(handle);
        if (length > Array.MaxLength)
        {
            throw new IOException("the file is larger than 2 GB");
        }

        var buffer = ArrayPool<byte>.Shared.Rent((int)length);
        try
        {
            var filled = 0;
            while (filled < length && RandomAccess.Read(handle, buffer.AsSpan(filled, (int)length - filled), filled) is var count and > 0)
            {
                filled += count;
            }

            return read(new ArraySegment<byte>(buffer, 0, filled));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>True for an empty file, and for a named pipe, socket or device, which report no size.</summary>
    public static bool IsEmpty(string path) => new FileInfo(path) is { Exists: true, Length: 0 };
}
