namespace Recap.Themes;

/// <summary>
/// A file of the theme's <c>assets/</c> folder, copied to the same path in the site
/// (<c>assets/style.css</c>), or of its <c>static/</c> folder, copied to the site root
/// (<c>static/favicon.svg</c> to <c>favicon.svg</c>) unless the site's own <c>static/</c> has it.
/// </summary>
internal sealed record ThemeAsset(string Path, ThemeSource Source)
{
    public const string StaticFolder = "static";

    /// <summary>From the theme's <c>static/</c>: the site's own files replace it.</summary>
    public bool IsStatic => Path.StartsWith(StaticFolder + "/", StringComparison.Ordinal);

    /// <summary>Where it is copied in the site.</summary>
    public string SitePath => IsStatic ? Path[(StaticFolder.Length + 1)..] : Path;
}
