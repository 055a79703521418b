namespace Recap.Content;

/// <summary>
/// Lists the files under a folder, in ordinal order. Symbolic links behave as what they point to
/// when that lies inside the folder being listed (its <em>boundary</em>); a link that points
/// outside it, to nothing, or to a folder that holds the link (which would repeat forever) is
/// skipped and reported, so a link to <c>/etc/passwd</c> is never published. Editor, backup and
/// system files (<see cref="IsLeftover"/>) are never listed.
/// </summary>
internal static class FileTree
{
    private const int MaxLinksInAPath = 40; // as the kernel's ELOOP

    private static readonly EnumerationOptions Entries = new() { IgnoreInaccessible = true, AttributesToSkip = 0, RecurseSubdirectories = false };

    private static readonly HashSet<string> LeftoverNames = new(StringComparer.OrdinalIgnoreCase) { ".DS_Store", "Thumbs.db", "ehthumbs.db", "desktop.ini", ".git", ".svn", ".hg" };
    private static readonly HashSet<string> LeftoverExtensions = new(StringComparer.OrdinalIgnoreCase) { ".bak", ".swp", ".swo", ".swx" };

    /// <param name="directory">The folder to list.</param>
    /// <param name="boundary">Links must resolve inside this folder (by default <paramref name="directory"/> itself).</param>
    /// <param name="excluded">Folders never listed even when a link points into them (the output folder).</param>
    /// <param name="skipped">Receives each link not followed: its full path and why.</param>
    public static IReadOnlyList<string> Files(string directory, string? boundary = null, IReadOnlyList<string>? excluded = null, Action<string, string>? skipped = null)
    {
        var files = new List<string>();
        if (!Directory.Exists(directory) || RealPath(directory) is not { } realDirectory)
        {
            return files;
        }

        var realBoundary = boundary is null ? realDirectory : RealPath(boundary) ?? Path.GetFullPath(boundary);
        var realExcluded = (excluded ?? []).Select(e => RealPath(e) ?? Path.GetFullPath(e)).ToList();
        // The real folders from the top down to the one being listed: a link to any of them loops.
        var chain = new List<string> { realDirectory };
        Walk(directory, realDirectory);
        files.Sort(StringComparer.Ordinal);
        return files;

        void Walk(string folder, string realFolder)
        {
            foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos("*", Entries))
            {
                if (IsLeftover(entry.Name))
                {
                    continue;
                }

                var isLink = (entry.Attributes & FileAttributes.ReparsePoint) != 0;
                if (!isLink)
                {
                    if (entry is DirectoryInfo)
                    {
                        WalkInto(entry.FullName, Path.Combine(realFolder, entry.Name));
                    }
                    else
                    {
                        files.Add(entry.FullName);
                    }

                    continue;
                }

                var target = RealPath(entry.FullName);
                if (target is null)
                {
                    skipped?.Invoke(entry.FullName, $"link points to nothing ('{entry.LinkTarget}' does not exist), so it is ignored");
                }
                else if (!IsSameOrInside(target, realBoundary))
                {
                    skipped?.Invoke(entry.FullName, $"link points outside the site (to '{target}'), so it is not published");
                }
                else if (realExcluded.Any(e => IsSameOrInside(target, e)))
                {
                    skipped?.Invoke(entry.FullName, "link points into the output folder, so it is not followed");
                }
                else if (realExcluded.Any(e => IsSameOrInside(e, target)))
                {
                    skipped?.Invoke(entry.FullName, "link points to a folder that holds the output folder, so it is not followed");
                }
                else if (Directory.Exists(target))
                {
                    if (chain.Any(c => IsSameOrInside(c, target)))
                    {
                        skipped?.Invoke(entry.FullName, "link to a folder that holds it is not followed (it would repeat forever)");
                    }
                    else
                    {
                        WalkInto(entry.FullName, target);
                    }
                }
                else
                {
                    files.Add(entry.FullName);
                }
            }
        }

        void WalkInto(string folder, string realFolder)
        {
            chain.Add(realFolder);
            Walk(folder, realFolder);
            chain.RemoveAt(chain.Count - 1);
        }
    }

    /// <summary>
    /// Editor, backup and system files: never content, never published, wherever they are.
    /// Version-control folders are among them, so <c>static/.git</c> is never copied.
    /// </summary>
    public static bool IsLeftover(string name) =>
        name.EndsWith('~')
        || name.StartsWith(".#", StringComparison.Ordinal)
        || (name.Length > 1 && name.StartsWith('#') && name.EndsWith('#'))
        || name.StartsWith("._", StringComparison.Ordinal)
        || name.StartsWith(".~lock.", StringComparison.Ordinal)
        || LeftoverExtensions.Contains(Path.GetExtension(name))
        || LeftoverNames.Contains(name);

    /// <summary>
    /// The path with every symbolic link on it resolved, or null when it, or a link on the way,
    /// names nothing. Written out rather than taken from the system so it works the same everywhere.
    /// </summary>
    public static string? RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var pending = new Stack<string>(Parts(full[root.Length..]).Reverse());
        var resolved = root;
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part == "..")
            {
                resolved = Path.GetDirectoryName(resolved) ?? resolved;
                continue;
            }

            var next = Path.Combine(resolved, part);
            var info = new FileInfo(next);
            if (info.LinkTarget is { } target)
            {
                if (++links > MaxLinksInAPath)
                {
                    return null;
                }

                // The target's parts are resolved in turn: from the root when it is absolute, else from the link's folder.
                if (Path.IsPathRooted(target))
                {
                    resolved = Path.GetPathRoot(target)!;
                    target = target[resolved.Length..];
                }

                foreach (var targetPart in Parts(target).Reverse())
                {
                    pending.Push(targetPart);
                }

                continue;
            }

            if (!info.Exists && !Directory.Exists(next))
            {
                return null;
            }

            resolved = next;
        }

        return Path.TrimEndingDirectorySeparator(resolved);
    }

    /// <summary>A path relative to <paramref name="root"/>, with '/' on every system, as messages and URLs use.</summary>
    public static string RelativePath(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    public static bool IsSameOrInside(string path, string folder)
    {
        folder = Path.TrimEndingDirectorySeparator(folder);
        return path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Parts(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries).Where(p => p != ".");
}
