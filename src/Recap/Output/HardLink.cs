using System.Runtime.InteropServices;

namespace Recap.Output;

/// <summary>
/// A second name for an existing file, where the file system allows it: a build puts thousands
/// of cached social cards into a new output folder, and a link costs one system call where a copy
/// reads and writes every byte. Callers copy when this returns false (another file system, a file
/// system without links, too many links to one file).
/// </summary>
internal static partial class HardLink
{
    /// <returns>True when <paramref name="link"/> now names the same file as <paramref name="existing"/>.</returns>
    public static bool TryCreate(string existing, string link)
    {
        try
        {
            return OperatingSystem.IsWindows() ? CreateHardLinkW(link, existing, IntPtr.Zero) : Link(existing, link) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string existing, string link);

    [LibraryImport("kernel32", EntryPoint = "CreateHardLinkW", StringMarshalling = StringMarshalling.Utf16, SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool CreateHardLinkW(string link, string existing, IntPtr securityAttributes);
}
