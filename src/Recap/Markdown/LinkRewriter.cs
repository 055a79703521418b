using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Recap.Content;
using Recap.Model;

namespace Recap.Markdown;

/// <summary>
/// Puts the URLs the model resolved (<see cref="LinkResolver"/>) into a body's links, on the
/// syntax tree before rendering.
/// </summary>
internal sealed class LinkRewriter(SiteModel model)
{
    /// <summary>Where a link keeps the URL its author wrote, so that rewriting the same document again (a rebuild) starts from it.</summary>
    private static readonly object AuthorUrl = new();

    /// <returns>The document's body, its links rewritten.</returns>
    public MarkdownDocument Rewrite<T>(SourceDocument<T> source)
        where T : BoundRecord
    {
        var rewrites = model.Links.GetValueOrDefault(source.Path)?.Rewrites;
        foreach (var link in source.Body.Descendants<LinkInline>())
        {
            if ((link.GetData(AuthorUrl) as string ?? link.Url) is not { Length: > 0 } url)
            {
                continue;
            }

            link.SetData(AuthorUrl, url);
            link.Url = rewrites?.GetValueOrDefault(url) ?? url;
        }

        return source.Body;
    }
}
