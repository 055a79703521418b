namespace Recap.Output;

/// <summary>
/// Writes a file whole or not at all: into a hidden temporary file beside it, then moved over it.
/// Anything reading the file meanwhile (a server, another build sharing a cache) sees the old file
/// or the new one, never half of one, and a write that fails leaves no temporary behind.
/// </summary>
internal static class AtomicFile
{
    /// <param name="target">The file to write or replace; its folder must exist.</param>
    /// <param name="write">Fills the temporary file it is given.</param>
    public static void Write(string target, Action<string> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.recap-{Guid.NewGuid():N}");
        try
        {
            write(temporary);
            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
