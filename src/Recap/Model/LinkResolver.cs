using Recap.Content;
using Recap.Diagnostics;
using Recap.Images;
using Recap.Text;

namespace Recap.Model;

/// <summary>
/// Resolves the links authors write in Markdown, for every published document in every build: a
/// link to another Markdown file or to a copied file becomes that page's or file's URL, and a
/// root-relative link (<c>/about/</c>) gains the base path, so content works under a GitHub Pages
/// project path. Resolving them all here, not while rendering, makes a link's problems and the
/// pages that depend on its target the same whichever pages a rebuild renders.
/// </summary>
internal sealed class LinkResolver(UrlBuilder urls, IReadOnlyDictionary<string, string> sitePathsBySource, SameButCase sameButCase, IReadOnlySet<string> outputFiles, DiagnosticBag diagnostics, IReadOnlyDictionary<string, ImageFile> images)
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

        var target = Locate(url, folder);
        var path = PathOf(url);
        if (target.IsSitePath && !target.Found)
        {
            diagnostics.Warning(DiagnosticCodes.UnknownSiteLink, link.Location, $"link '{url}' does not match any page or file of the site");
        }
        else if (target.Found && !target.IsSitePath)
        {
            targets.Add(target.ContentPath!);
        }
        else if (!target.Found && ContentPaths.IsMarkdown(path))
        {
            diagnostics.Error(DiagnosticCodes.BrokenContentLink, link.Location, $"link '{url}' points to {target.ContentPath ?? path}, which is not a page of the site{sameButCase.Hint(target.ContentPath)}");
        }
        else if (!target.Found && target.ContentPath is { } missing && !path.EndsWith('/') && path.Length > 0)
        {
            // Left as written, it would be read from the page's URL, not the Markdown file's folder: a broken link either way.
            diagnostics.Warning(DiagnosticCodes.UnknownSiteLink, link.Location, $"{(link.IsImage ? "image" : "link")} '{url}' names no file of the site (looked for {missing}){Hint(missing, url)}");
        }

        return target.Url;
    }

    /// <summary>
    /// A link named in front matter (<c>slides</c>, <c>video</c>, <c>website</c>, a talk's
    /// <c>links</c>), resolved as a link in the Markdown of the same file is: a web address or an
    /// anchor as written, a site path with the base path, a path to a content file as that file's
    /// or page's URL. A path that names nothing would be a broken link on the page, most often a
    /// web address written without its <c>https://</c>: an error at the key.
    /// </summary>
    /// <returns>The URL the page shows, or null when the path names nothing (reported).</returns>
    public string? ResolveNamed(string url, string folder, string key, SourceLocation? at)
    {
        if (url.StartsWith('#') || ContentPaths.IsExternal(url))
        {
            return url;
        }

        var target = Locate(url, folder);
        if (target.Found)
        {
            return target.Url;
        }

        var looked = target.IsSitePath ? "no page or file of the site has that path" : $"looked for {target.ContentPath ?? PathOf(url)}";
        diagnostics.Error(DiagnosticCodes.MissingFile, at, $"{key} '{url}' not found ({looked}){Hint(target.ContentPath, url)}");
        return null;
    }

    /// <summary>What to add to the message about a link to nothing: the file it differs from only in case, or the scheme a web address lacks.</summary>
    private string Hint(string? contentPath, string url) =>
        sameButCase.Hint(contentPath) is { Length: > 0 } sameCase ? sameCase
        : SafeUrl.SchemeHint(url, PathOf(url)) is { } scheme ? "; " + scheme
        : string.Empty;

    /// <summary>
    /// Where a link that is neither a web address nor an anchor goes: a site path (root-relative,
    /// not Markdown) to itself under the base path, whether or not the site has it; a path of a
    /// content file to that file's or page's URL, or nowhere.
    /// </summary>
    private Located Locate(string url, string folder)
    {
        var path = PathOf(url);
        var suffix = url[path.Length..];
        if (path.StartsWith('/') && !ContentPaths.IsMarkdown(path))
        {
            var sitePath = path.TrimStart('/');
            return new Located(urls.Url(sitePath) + suffix, null, IsSitePath: true, IsOutputFile(Uri.UnescapeDataString(sitePath)));
        }

        // A file name written escaped, as a URL holds it: C%23%20notes.pdf for "C# notes.pdf".
        var contentPath = ResolveContentPath(Uri.UnescapeDataString(path), folder);
        return contentPath is not null && sitePathsBySource.TryGetValue(contentPath, out var target)
            ? new Located(urls.Url(target) + suffix, contentPath, IsSitePath: false, Found: true)
            : new Located(null, contentPath, IsSitePath: false, Found: false);
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

    /// <summary>Where a link goes (<see cref="Locate"/>): its URL, the content file it names, whether it is a site path, and whether the site has what it names.</summary>
    private readonly record struct Located(string? Url, string? ContentPath, bool IsSitePath, bool Found);
}
