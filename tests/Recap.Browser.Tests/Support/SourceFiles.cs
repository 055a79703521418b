namespace Recap.Browser.Tests.Support;

/// <summary>The files of a site a test makes for itself.</summary>
internal static class SourceFiles
{
    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/> under <paramref name="root"/>, making its folders.</summary>
    public static void Write(string root, string path, string text)
    {
        var file = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
    }
}
