using Recap.Themes;

namespace Recap.Model;

/// <summary>
/// An icon every page links to (<c>&lt;link rel="icon"&gt;</c>): <c>favicon.svg</c> or
/// <c>favicon.png</c> at the site root, from the site's <c>static/</c> or else the theme's.
/// </summary>
/// <param name="Sizes">For <c>sizes</c>, when known: the theme's PNG is 32 pixels square.</param>
public sealed record SiteIcon(string SitePath, string Type, string? Sizes)
{
    private const string Svg = "favicon.svg";
    private const string Png = "favicon.png";
    private const string Ico = "favicon.ico";

    /// <summary>Whether a file at <paramref name="sitePath"/> is one of the icons: a site with one of its own does not take the theme's.</summary>
    public static bool IsIcon(string sitePath) => sitePath is Svg or Png or Ico;

    /// <summary>
    /// The PNG, then the SVG, which browsers that draw SVG icons prefer; <c>favicon.ico</c> only
    /// when it is the site's only icon (otherwise it is there for what asks for <c>/favicon.ico</c>
    /// without reading a page, as feed readers do).
    /// </summary>
    internal static IReadOnlyList<SiteIcon> Of(IReadOnlyList<CopiedFile> files, IReadOnlyList<ThemeAsset> themeFiles)
    {
        var paths = files.Select(f => f.SitePath).Concat(themeFiles.Select(a => a.SitePath)).Where(IsIcon).ToHashSet(StringComparer.Ordinal);
        var fromTheme = themeFiles.Any(a => a.SitePath == Png);
        var icons = new List<SiteIcon>();
        if (paths.Contains(Png))
        {
            icons.Add(new SiteIcon(Png, "image/png", fromTheme ? "32x32" : null));
        }

        if (paths.Contains(Svg))
        {
            icons.Add(new SiteIcon(Svg, "image/svg+xml", null));
        }

        if (icons.Count == 0 && paths.Contains(Ico))
        {
            icons.Add(new SiteIcon(Ico, "image/x-icon", null));
        }

        return icons;
    }
}
