using System.IO.Enumeration;

namespace Recap.Content;

/// <summary>Lists the files under a folder, never following a link to a folder (which could loop forever).</summary>
internal static class FileTree
{
    /// <param name="skippedLinks">Receives the links to folders that were not followed.</param>
    public static IEnumerable<string> Files(string directory, ICollection<string>? skippedLinks = null)
    {
        var files = new FileSystemEnumerable<string>(
            directory,
            (ref FileSystemEntry entry) => entry.ToFullPath(),
            new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
            ShouldRecursePredicate = (ref FileSystemEntry entry) =>
            {
                if ((entry.Attributes & FileAttributes.ReparsePoint) == 0)
                {
                    return true;
                }

                skippedLinks?.Add(entry.ToFullPath());
                return false;
            },
        };
        return files.Order(StringComparer.Ordinal);
    }

    /// <summary>A path relative to <paramref name="root"/>, with '/' on every system, as messages and URLs use.</summary>
    public static string RelativePath(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
