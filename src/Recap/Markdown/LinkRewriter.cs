using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Recap.Content;
using Recap.Diagnostics;
using Recap.Model;

namespace Recap.Markdown;

/// <summary>
/// Rewrites the links authors write, on the syntax tree before rendering: a link to another
/// Markdown file or to a copied file becomes that page's or file's URL, and a root-relative link
/// (<c>/about/</c>) gains the base path, so content works under a GitHub Pages project path.
/// </summary>
internal sealed class LinkRewriter(SiteModel model, DiagnosticBag diagnostics)
{
    /// <summary>Where a link keeps the URL its author wrote, so that rewriting the same document again (a rebuild) starts from it.</summary>
    private static readonly object AuthorUrl = new();

    /// <returns>The document's body, its links rewritten.</returns>
    public MarkdownDocument Rewrite<T>(SourceDocument<T> source)
        where T : BoundRecord
    {
        foreach (var link in source.Body.Descendants<LinkInline>())
        {
            var location = new SourceLocation(source.Path, source.BodyLine + link.Line, link.Column + 1);
            if ((link.GetData(AuthorUrl) as string ?? link.Url) is not { Length: > 0 } url)
            {
                continue;
            }

            link.SetData(AuthorUrl, url);
            link.Url = Rewrite(url, source.Folder, location) ?? url;
        }

        return source.Body;
    }

    /// <returns>The new URL, or null to leave the link as written.</returns>
    private string? Rewrite(string url, string folder, SourceLocation location)
    {
        if (url.StartsWith('#') || ContentPaths.IsExternal(url))
        {
            return null;
        }

        var suffixStart = url.IndexOfAny(['?', '#']);
        var path = suffixStart < 0 ? url : url[..suffixStart];
        var suffix = suffixStart < 0 ? string.Empty : url[suffixStart..];
        var isMarkdown = ContentPaths.IsMarkdown(path);
        if (path.StartsWith('/') && !isMarkdown)
        {
            var sitePath = path.TrimStart('/');
            if (!IsOutputFile(Uri.UnescapeDataString(sitePath)))
            {
                diagnostics.Warning(DiagnosticCodes.UnknownSiteLink, location, $"link '{url}' does not match any page or file of the site");
            }

            return model.Urls.Url(sitePath) + suffix;
        }

        // A Markdown path is relative to the file, or to content/ when it starts with '/'.
        var contentPath = path.StartsWith('/') ? ContentPaths.Resolve("content", path) : ContentPaths.Resolve(folder, path);
        if (contentPath is not null && model.SitePathsBySource.TryGetValue(contentPath, out var target))
        {
            return model.Urls.Url(target) + suffix;
        }

        if (isMarkdown)
        {
            diagnostics.Error(DiagnosticCodes.BrokenContentLink, location, $"link '{url}' points to {contentPath ?? path}, which is not a page of the site");
        }

        return null;
    }

    private bool IsOutputFile(string sitePath) =>
        model.OutputFiles.Contains(UrlBuilder.OutputFile(sitePath))
        || (!sitePath.EndsWith('/') && model.OutputFiles.Contains(sitePath + "/index.html"));
}
