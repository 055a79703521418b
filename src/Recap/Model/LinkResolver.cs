using Recap.Content;
using Recap.Diagnostics;
using Recap.Images;

namespace Recap.Model;

/// <summary>
/// Resolves the links authors write in Markdown, for every published document in every build: a
/// link to another Markdown file or to a copied file becomes that page's or file's URL, and a
/// root-relative link (<c>/about/</c>) gains the base path, so content works under a GitHub Pages
/// project path. Resolving them all here, not while rendering, makes a link's problems and the
/// pages that depend on its target the same whichever pages a rebuild renders.
/// </summary>
internal sealed class LinkResolver(UrlBuilder urls, IReadOnlyDictionary<string, string> sitePathsBySource, IReadOnlySet<string> outputFiles, DiagnosticBag diagnostics, IReadOnlyDictionary<string, ImageFile> images)
{
    /// <summary>How wide an image in a body is drawn: the theme's column, 46rem at most (its page is 50rem, padding aside).</summary>
    public const string BodyImageSizes = "(min-width: 50rem) 46rem, 100vw";

    public DocumentLinks Resolve(string folder, IReadOnlyList<ContentLink> links)
    {
        if (links.Count == 0)
        {
            return DocumentLinks.None;
        }

        var rewrites = new Dictionary<string, string>(StringComparer.Ordinal);
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        var targets = new List<string>();
        foreach (var link in links)
        {
            if (Resolve(link, folder, targets) is { } url)
            {
                rewrites[link.Url] = url;
            }

            if (link.IsImage && ContentPathOf(link.Url, folder) is { } path && images.TryGetValue(path, out var image) && AttributesOf(image) is { } extra)
            {
                attributes[link.Url] = extra;
            }
        }

        return new DocumentLinks(rewrites, targets) { Images = attributes };
    }

    /// <summary>
    /// The content file a link names: a path relative to <paramref name="folder"/>, or, for a
    /// Markdown file, relative to <c>content/</c> when it starts with '/'. Null for anchors, other
    /// sites, site paths and paths that climb out of the site.
    /// </summary>
    public static string? ContentPathOf(string url, string folder)
    {
        if (url.StartsWith('#') || ContentPaths.IsExternal(url))
        {
            return null;
        }

        var path = PathOf(url);
        return !path.StartsWith('/') || ContentPaths.IsMarkdown(path) ? ResolveContentPath(path, folder) : null;
    }

    /// <returns>The new URL, or null to leave the link as written.</returns>
    private string? Resolve(ContentLink link, string folder, List<string> targets)
    {
        var url = link.Url;
        if (url.StartsWith('#') || ContentPaths.IsExternal(url))
        {
            return null;
        }

        var path = PathOf(url);
        var suffix = url[path.Length..];
        var isMarkdown = ContentPaths.IsMarkdown(path);
        if (path.StartsWith('/') && !isMarkdown)
        {
            var sitePath = path.TrimStart('/');
            if (!IsOutputFile(Uri.UnescapeDataString(sitePath)))
            {
                diagnostics.Warning(DiagnosticCodes.UnknownSiteLink, link.Location, $"link '{url}' does not match any page or file of the site");
            }

            return urls.Url(sitePath) + suffix;
        }

        var contentPath = ResolveContentPath(path, folder);
        if (contentPath is not null && sitePathsBySource.TryGetValue(contentPath, out var target))
        {
            targets.Add(contentPath);
            return urls.Url(target) + suffix;
        }

        if (isMarkdown)
        {
            diagnostics.Error(DiagnosticCodes.BrokenContentLink, link.Location, $"link '{url}' points to {contentPath ?? path}, which is not a page of the site");
        }

        return null;
    }

    /// <summary>An image's width and height, and its srcset and sizes when it has smaller copies; null when its size is not known.</summary>
    private string? AttributesOf(ImageFile image)
    {
        if (image.Width is not { } width || image.Height is not { } height)
        {
            return null;
        }

        var html = new System.Text.StringBuilder();
        html.Append(System.Globalization.CultureInfo.InvariantCulture, $" width=\"{width}\" height=\"{height}\"");
        if (ResponsiveImages.SrcsetOf(image, urls) is { } srcset)
        {
            html.Append(" srcset=\"").Append(System.Net.WebUtility.HtmlEncode(srcset)).Append("\" sizes=\"").Append(BodyImageSizes).Append('"');
        }

        return html.ToString();
    }

    /// <summary>The content file a link's path names, once site paths (root-relative, not Markdown) are set aside.</summary>
    private static string? ResolveContentPath(string path, string folder) =>
        path.StartsWith('/') ? ContentPaths.Resolve("content", path) : ContentPaths.Resolve(folder, path);

    /// <summary>The URL without its query and fragment.</summary>
    private static string PathOf(string url) => url.IndexOfAny(['?', '#']) is var end and >= 0 ? url[..end] : url;

    private bool IsOutputFile(string sitePath) =>
        outputFiles.Contains(UrlBuilder.OutputFile(sitePath))
        || (!sitePath.EndsWith('/') && outputFiles.Contains(sitePath + "/index.html"));
}
