namespace Recap.Text;

/// <summary>
/// Reads source files without ever blocking: a file whose size is zero is not opened, since a
/// named pipe or a device in a site's folders reports zero and would wait forever for a writer.
/// </summary>
internal static class TextFiles
{
    public static string ReadAllText(string path) => IsEmpty(path) ? string.Empty : File.ReadAllText(path);

    public static Stream OpenRead(string path) => IsEmpty(path) ? new MemoryStream([], writable: false) : File.OpenRead(path);

    /// <summary>True for an empty file, and for a named pipe, socket or device, which report no size.</summary>
    public static bool IsEmpty(string path) => new FileInfo(path) is { Exists: true, Length: 0 };
}
