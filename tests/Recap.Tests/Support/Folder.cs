namespace Recap.Tests.Support;

/// <summary>Files of a folder as the tests name them: relative, with '/', sorted.</summary>
internal static class Folder
{
    public static IReadOnlyList<string> Files(string folder) =>
        Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)]
            : [];
}
