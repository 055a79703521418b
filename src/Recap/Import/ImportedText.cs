using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Recap.Import;

/// <summary>
/// Turns the text of an export (abstracts, descriptions, bios: HTML, Markdown, plain text, with
/// entities and CRLF) into what a content file holds. Nothing that comes out can run script in a page.
/// </summary>
/// <remarks>
/// Text in which Markdown finds raw HTML is read as HTML: cleaned by <see cref="ImportedHtml"/>
/// and written as Markdown by <see cref="HtmlMarkdownConverter"/>, its text escaped so it stays
/// text. Other text is Markdown (plain text is Markdown too) and is kept as written, but for
/// what <see cref="ImportedMarkdown"/> takes out.
/// </remarks>
internal static partial class ImportedText
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Markdown for a body, or sanitised HTML where Markdown would not say the same; null for empty text.</summary>
    public static string? ToMarkdown(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var normalized = Controls().Replace(text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'), string.Empty);
        var markdown = ImportedMarkdown.TryNeutralize(normalized) ?? FromHtml(normalized);
        var result = MarkdownLines.CollapseBlankLines(markdown).Trim();

        // Markdown can be all syntax ("*" is an empty list): what shows neither text nor image is nothing.
        var document = Markdig.Markdown.Parse(result, ImportedMarkdown.Pipeline);
        var shows = TextOf(document) is not null
            || document.Descendants<LinkInline>().Any(link => link.IsImage)
            || document.Descendants<HtmlBlock>().Any(html => html.Lines.ToString().Contains("<img", StringComparison.Ordinal));
        return shows ? result : null;
    }

    private static string FromHtml(string html)
    {
        var body = ImportedHtml.Sanitize(html);
        var markdown = HtmlMarkdownConverter.Convert(body);

        // The Markdown is read back as Recap will read it; should some neighbourhood of syntax ever
        // be read other than meant, the text alone is kept.
        return ImportedMarkdown.IsSafe(markdown) ? markdown : MarkdownEscaper.EscapeLineStart(MarkdownEscaper.EscapeInline(Whitespace().Replace(body.TextContent, " ").Trim()));
    }

    /// <summary>One paragraph of plain text, for a <c>summary</c>: tags dropped, entities decoded, whitespace collapsed; null for empty text.</summary>
    public static string? ToPlainText(string? text)
    {
        // Read from the Markdown, so what the summary says is what the body says, cleaned the same way.
        return ToMarkdown(text) is { } markdown ? PlainTextOfMarkdown(markdown) : null;
    }

    /// <summary><see cref="ToPlainText"/> of text already made Markdown by <see cref="ToMarkdown"/>.</summary>
    public static string? PlainTextOfMarkdown(string markdown) => TextOf(Markdig.Markdown.Parse(markdown, ImportedMarkdown.Pipeline));

    private static string? TextOf(MarkdownDocument document)
    {
        var plain = new StringBuilder();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            switch (block)
            {
                case HtmlBlock html:
                    AppendHtmlText(plain, Parser.ParseDocument(html.Lines.ToString()).Body);
                    break;
                case CodeBlock code:
                    plain.Append(code.Lines.ToString());
                    break;
                case { Inline: { } inline }:
                    AppendText(plain, inline);
                    break;
            }

            plain.Append(' ');
        }

        var result = Whitespace().Replace(plain.ToString(), " ").Trim();
        return result.Length == 0 ? null : result;
    }

    private static void AppendText(StringBuilder plain, ContainerInline container)
    {
        foreach (var inline in container)
        {
            _ = inline switch
            {
                LiteralInline literal => plain.Append(literal.Content.AsSpan()),
                CodeInline code => plain.Append(code.Content),
                HtmlEntityInline entity => plain.Append(entity.Transcoded.AsSpan()),
                AutolinkInline autolink => plain.Append(autolink.Url),
                DelimiterInline unmatched => plain.Append(unmatched.ToLiteral()),
                LineBreakInline => plain.Append(' '),
                _ => plain,
            };
            if (inline is ContainerInline nested)
            {
                AppendText(plain, nested);
            }
        }
    }

    private static void AppendHtmlText(StringBuilder plain, INode? node)
    {
        foreach (var child in node?.ChildNodes ?? Enumerable.Empty<INode>())
        {
            if (child is IText text)
            {
                plain.Append(text.Data);
            }
            else if (child is IElement)
            {
                // Cells and paragraphs are words apart.
                plain.Append(' ');
                AppendHtmlText(plain, child);
                plain.Append(' ');
            }
        }
    }

    [GeneratedRegex(@"[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]")]
    private static partial Regex Controls();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
