using System.Reflection;
using System.Text;

namespace Recap.Scaffolding;

/// <summary>
/// The files of a new site (<c>recap new site</c>): a <c>site.yml</c>, one example conference with
/// one talk, a README for the author, a <c>.gitignore</c> and the GitHub Pages workflow. The
/// templates are compiled in from <c>Scaffolding/Templates/</c>, with <c>gitignore</c> named without
/// its dot so that it does not apply to Recap's own repository.
/// </summary>
internal static class SiteScaffold
{
    private const string Prefix = "scaffold/";

    /// <summary>Every file of a new site, by path relative to the site root ('/'-separated), sorted.</summary>
    public static IReadOnlyList<(string Path, string Text)> Files(string toolVersion)
    {
        var assembly = typeof(SiteScaffold).Assembly;
        var files = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => (Path: SitePath(n[Prefix.Length..]), Text: Read(assembly, n)))
            .Append((PagesWorkflow.Path, PagesWorkflow.ForSite(toolVersion)));
        return [.. files.OrderBy(f => f.Path, StringComparer.Ordinal)];
    }

    /// <summary>Writes the files under <paramref name="root"/>, creating it if needed.</summary>
    /// <returns>The paths written, relative to <paramref name="root"/>.</returns>
    public static IReadOnlyList<string> Write(string root, string toolVersion)
    {
        ArgumentNullException.ThrowIfNull(root);
        var written = new List<string>();
        foreach (var (path, text) in Files(toolVersion))
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text, new UTF8Encoding(false));
            written.Add(path);
        }

        return written;
    }

    private static string SitePath(string resourcePath)
    {
        var path = resourcePath.Replace('\\', '/');
        return path == "gitignore" ? ".gitignore" : path;
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
