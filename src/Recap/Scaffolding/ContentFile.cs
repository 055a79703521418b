namespace Recap.Scaffolding;

/// <summary>A file <c>recap new</c> writes: its path from the site root ('/'-separated) and its text.</summary>
internal sealed record ContentFile(string Path, string Text)
{
    /// <summary>Writes the file under <paramref name="root"/>, creating its folder.</summary>
    /// <returns>False, writing nothing, when the file already exists.</returns>
    public bool TryCreate(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var full = System.IO.Path.Combine(root, Path);
        if (File.Exists(full))
        {
            return false;
        }

        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        FileStream stream;
        try
        {
            // CreateNew: a file that appeared since the check is still never overwritten.
            stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write);
        }
        catch (IOException) when (File.Exists(full))
        {
            return false;
        }

        using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
        writer.Write(Text);
        return true;
    }
}
