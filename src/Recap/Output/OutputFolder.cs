namespace Recap.Output;

/// <summary>
/// Whether a build may replace a folder. A build swaps a whole new folder in place of the output,
/// so it only ever replaces a folder that a build wrote (it holds <see cref="MarkerFile"/>) or one
/// that is empty or absent: <c>--output ~/Documents</c> is refused, not deleted.
/// </summary>
internal static class OutputFolder
{
    /// <summary>The file every build writes into its output folder to say the folder is Recap's to replace.</summary>
    public const string MarkerFile = ".recap-site";

    /// <summary>What the marker file says to someone who finds it.</summary>
    internal const string MarkerText = "This folder is written by `recap build`, which replaces all of it on every build.\n";

    /// <returns>Null when a build may write <paramref name="path"/>, else why not, for the user.</returns>
    public static string? Refusal(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (File.Exists(path))
        {
            return $"output '{path}' is a file, not a folder; choose a folder with --output";
        }

        if (!Directory.Exists(path) || File.Exists(Path.Combine(path, MarkerFile)) || !Directory.EnumerateFileSystemEntries(path).Any())
        {
            return null;
        }

        return $"output folder '{path}' is not empty and was not written by recap (it has no {MarkerFile} file); "
            + "a build replaces the whole folder, so recap will not use it: pass an empty or new folder with --output, "
            + "or delete this one yourself if nothing in it is needed";
    }
}
