using System.Reflection;

namespace Recap.Themes;

/// <summary>
/// One layer of theme lookup: the site's own <c>layouts/</c> and <c>partials/</c>, a theme folder,
/// or the default theme embedded in the engine. Paths inside a layer use '/'.
/// </summary>
internal abstract class ThemeSource
{
    /// <summary>How a file of this layer is named in messages: <c>themes/default/layouts/talk.html</c>.</summary>
    public abstract string DisplayPath(string path);

    public abstract string? ReadText(string path);

    public abstract Stream? OpenRead(string path);

    /// <summary>True when this layer has the file.</summary>
    public abstract bool Contains(string path);

    /// <summary>Paths of the files under <paramref name="folder"/> (recursively), relative to the layer.</summary>
    public abstract IEnumerable<string> List(string folder);

    /// <summary>True when the file is on disk under the site root, so messages can be checked against it.</summary>
    public abstract bool IsOnDisk { get; }
}

/// <summary>A folder on disk: the site root (for its layouts/ and partials/) or <c>themes/&lt;name&gt;/</c>.</summary>
internal sealed class FolderThemeSource(string directory, string displayPrefix, IReadOnlySet<string>? onlyFolders = null) : ThemeSource
{
    public override bool IsOnDisk => true;

    public override string DisplayPath(string path) => displayPrefix + path;

    public override string? ReadText(string path) => Contains(path) ? Text.TextFiles.ReadAllText(Full(path)) : null;

    public override Stream? OpenRead(string path) => Contains(path) ? Text.TextFiles.OpenRead(Full(path)) : null;

    public override bool Contains(string path) => Allowed(path) && File.Exists(Full(path));

    public override IEnumerable<string> List(string folder)
    {
        var full = Full(folder);
        if (!Allowed(folder + "/") || !Directory.Exists(full))
        {
            return [];
        }

        return Content.FileTree.Files(full)
            .Select(f => Content.FileTree.RelativePath(directory, f))
            .Where(p => !Path.GetFileName(p).StartsWith('.'));
    }

    private string Full(string path) => Path.Combine(directory, path);

    private bool Allowed(string path) => onlyFolders is null || onlyFolders.Contains(path.Split('/')[0]);
}

/// <summary>The default theme, compiled into the engine as resources named <c>theme/&lt;path&gt;</c>.</summary>
internal sealed class EmbeddedThemeSource : ThemeSource
{
    private const string Prefix = "theme/";

    private static readonly Assembly Assembly = typeof(EmbeddedThemeSource).Assembly;

    // Resource names by theme path: MSBuild may name them with '\\' on Windows.
    private static readonly SortedDictionary<string, string> Resources = new(
        Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .ToDictionary(n => n[Prefix.Length..].Replace('\\', '/'), n => n),
        StringComparer.Ordinal);

    public override bool IsOnDisk => false;

    public override string DisplayPath(string path) => "themes/default/" + path;

    public override string? ReadText(string path)
    {
        using var stream = OpenRead(path);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public override Stream? OpenRead(string path) =>
        Resources.TryGetValue(path, out var name) ? Assembly.GetManifestResourceStream(name) : null;

    public override bool Contains(string path) => Resources.ContainsKey(path);

    public override IEnumerable<string> List(string folder) => Resources.Keys.Where(n => n.StartsWith(folder + "/", StringComparison.Ordinal));
}
