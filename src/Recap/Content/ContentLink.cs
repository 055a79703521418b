using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Recap.Diagnostics;
using Recap.Text;

namespace Recap.Content;

/// <summary>A link or image an author wrote in a Markdown body, as written, and where.</summary>
internal sealed record ContentLink(string Url, SourceLocation Location, bool IsImage)
{
    /// <summary>
    /// The links and images of a parsed body, each checked to be a <see cref="SafeUrl"/>: one that
    /// is not (<c>javascript:</c>, <c>data:text/html</c>, ...) is reported at its line and left out.
    /// </summary>
    public static IReadOnlyList<ContentLink> Collect(MarkdownDocument body, string path, int bodyLine, DiagnosticBag diagnostics)
    {
        var links = new List<ContentLink>();
        foreach (var inline in body.Descendants<Inline>())
        {
            var (url, isImage) = inline switch
            {
                LinkInline link => (link.Url, link.IsImage),
                AutolinkInline { IsEmail: false } autolink => (autolink.Url, false),
                _ => (null, false),
            };
            if (url is null)
            {
                continue;
            }

            var location = new SourceLocation(path, bodyLine + inline.Line, inline.Column + 1);
            var use = isImage ? UrlUse.InlineImage : UrlUse.Link;
            if (SafeUrl.Refusal(isImage ? "image" : "link", url, use) is { } refusal)
            {
                diagnostics.Error(DiagnosticCodes.UnsafeUrl, location, refusal);
                continue;
            }

            if (inline is LinkInline { IsImage: true } image && string.IsNullOrWhiteSpace(AltOf(image)))
            {
                diagnostics.Warning(DiagnosticCodes.MissingAltText, location, "image has no alt text: say what it shows between its brackets, as in ![what it shows](...)");
            }

            links.Add(new ContentLink(url, location, isImage));
        }

        return links;
    }

    /// <summary>The text of an image's brackets, as Markdig writes it into <c>alt</c>.</summary>
    private static string AltOf(LinkInline image) =>
        string.Concat(image.Descendants<LiteralInline>().Select(l => l.Content.ToString())) + string.Concat(image.Descendants<CodeInline>().Select(c => c.Content));
}
