using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Recap.Diagnostics;
using Recap.Text;

namespace Recap.Content;

/// <summary>A link or image an author wrote in a Markdown body, as written, and where.</summary>
internal sealed record ContentLink(string Url, SourceLocation Location, bool IsImage)
{
    /// <summary>The links and images of a parsed body as written, where in the body they are, unchecked.</summary>
    public static IReadOnlyList<WrittenLink> Gather(MarkdownDocument body)
    {
        var links = new List<WrittenLink>();
        foreach (var inline in body.Descendants<Inline>())
        {
            var (url, isImage) = inline switch
            {
                LinkInline link => (link.Url, link.IsImage),
                AutolinkInline { IsEmail: false } autolink => (autolink.Url, false),
                _ => (null, false),
            };
            if (url is not null)
            {
                var hasAlt = inline is not LinkInline { IsImage: true } image || !string.IsNullOrWhiteSpace(AltOf(image));
                links.Add(new WrittenLink(url, inline.Line, inline.Column + 1, isImage, hasAlt));
            }
        }

        return links;
    }

    /// <summary>
    /// The links of a body whose first line is line <paramref name="bodyLine"/> of the file: an
    /// unsafe one is reported and left out, an image without alt text is reported and kept.
    /// </summary>
    public static IReadOnlyList<ContentLink> Check(IReadOnlyList<WrittenLink> written, string path, int bodyLine, DiagnosticBag diagnostics)
    {
        var links = new List<ContentLink>(written.Count);
        foreach (var (url, line, column, isImage, hasAlt) in written)
        {
            var location = new SourceLocation(path, bodyLine + line, column);
            var use = isImage ? UrlUse.InlineImage : UrlUse.Link;
            if (SafeUrl.Refusal(isImage ? "image" : "link", url, use) is { } refusal)
            {
                diagnostics.Error(DiagnosticCodes.UnsafeUrl, location, refusal);
                continue;
            }

            if (!hasAlt)
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

/// <summary>A link or image of a Markdown body as written: its line (from 0, in the body) and column (from 1), and whether an image has alt text.</summary>
internal sealed record WrittenLink(string Url, int Line, int Column, bool IsImage, bool HasAlt);
