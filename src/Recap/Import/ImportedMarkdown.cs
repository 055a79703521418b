using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Recap.Markdown;

namespace Recap.Import;

/// <summary>
/// Markdown or plain text from an export, kept as written except what could run script or
/// break a build: a link or image to anything but an absolute http, https or mailto URL
/// becomes its text, and a <c>&lt;</c> that a browser could read as the start of a tag is
/// written <c>&amp;lt;</c>.
/// </summary>
internal static partial class ImportedMarkdown
{
    /// <summary>The pipeline pages are rendered with, so links are found where Recap will find them.</summary>
    public static readonly MarkdownPipeline Pipeline = MarkdownPipelineFactory.Create(unsafeHtml: true);

    /// <returns>
    /// The made-safe Markdown; null when <paramref name="text"/> holds raw HTML, which is then
    /// read as HTML, all of it (its Markdown syntax becomes text, but nothing escapes the sanitiser).
    /// </returns>
    public static string? TryNeutralize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var current = text;

        // A removed link delimiter could make new syntax of its neighbours ("[<b](x)>"), so the
        // result is read again until nothing changes. What is returned is exactly what was read:
        // trimming after reading could make an indented code block of HTML into a paragraph of HTML.
        for (var pass = 0; pass < 4; pass++)
        {
            current = MarkdownLines.CollapseBlankLines(current).Trim();
            var document = Markdig.Markdown.Parse(current, Pipeline);
            if (document.Descendants<HtmlBlock>().Any() || document.Descendants<HtmlInline>().Any())
            {
                return null;
            }

            var edits = Edits(document, current);
            if (edits.Count == 0)
            {
                return current;
            }

            current = Apply(current, edits);
        }

        return null;
    }

    /// <summary>
    /// Whether Markdown written by <see cref="HtmlMarkdownConverter"/> is read by Recap as it was
    /// meant: every link and image to an absolute http, https or mailto URL, and raw HTML only
    /// the tags it keeps, without attributes, and tables.
    /// </summary>
    public static bool IsSafe(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        return document.Descendants<LinkInline>().All(link => ImportedHtml.IsAbsoluteSafeUrl(link.Url, isLink: !link.IsImage))
            && document.Descendants<AutolinkInline>().All(autolink => autolink.IsEmail || ImportedHtml.IsAbsoluteSafeUrl(autolink.Url, isLink: true))
            && document.Descendants<LinkReferenceDefinition>().All(definition => ImportedHtml.IsAbsoluteSafeUrl(definition.Url, isLink: true))
            && document.Descendants<HtmlInline>().All(html => KeptTag().Match(html.Tag) is { Success: true } tag && (ImportedHtml.KeptInline.Contains(tag.Groups[1].Value) || tag.Groups[1].Value == "code"))
            && document.Descendants<HtmlBlock>().All(html => html.Lines.ToString().StartsWith("<table>", StringComparison.Ordinal));
    }

    private static List<Edit> Edits(MarkdownDocument document, string source)
    {
        var edits = new List<Edit>();
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case LinkReferenceDefinition definition when !ImportedHtml.IsAbsoluteSafeUrl(definition.Url, isLink: true):
                    edits.Add(new Edit(definition.Span.Start, definition.Span.End + 1, string.Empty));
                    break;
                case AutolinkInline { IsEmail: false } autolink when !ImportedHtml.IsAbsoluteSafeUrl(autolink.Url, isLink: true):
                    edits.Add(new Edit(autolink.Span.Start, autolink.Span.End + 1, MarkdownEscaper.EscapeInline(autolink.Url)));
                    break;
                case LinkInline link when !ImportedHtml.IsAbsoluteSafeUrl(link.Url, isLink: !link.IsImage):
                    if (link.IsAutoLink || link.FirstChild is null || link.LastChild is null)
                    {
                        var text = link.IsAutoLink ? MarkdownEscaper.EscapeInline(source[link.Span.Start..(link.Span.End + 1)]) : string.Empty;
                        edits.Add(new Edit(link.Span.Start, link.Span.End + 1, text));
                    }
                    else
                    {
                        // The label stays, as text: only "[" (or "![") and "](url)" go.
                        edits.Add(new Edit(link.Span.Start, link.FirstChild.Span.Start, string.Empty));
                        edits.Add(new Edit(link.LastChild.Span.End + 1, link.Span.End + 1, string.Empty));
                    }

                    break;
                case LiteralInline literal:
                    for (var i = literal.Span.Start; i <= literal.Span.End && i + 1 < source.Length; i++)
                    {
                        if (source[i] == '<' && (char.IsAsciiLetter(source[i + 1]) || source[i + 1] is '/' or '!' or '?'))
                        {
                            var escaped = i > literal.Span.Start && source[i - 1] == '\\';
                            edits.Add(new Edit(escaped ? i - 1 : i, i + 1, "&lt;"));
                        }
                    }

                    break;
            }
        }

        return edits;
    }

    /// <summary>Applies <paramref name="edits"/>, leaving out any that falls inside one already applied (the text of an autolink that is replaced whole).</summary>
    private static string Apply(string source, List<Edit> edits)
    {
        var result = new StringBuilder(source.Length);
        var at = 0;
        foreach (var edit in edits.OrderBy(e => e.Start).ThenByDescending(e => e.End))
        {
            if (edit.Start < at || edit.Start > edit.End || edit.End > source.Length)
            {
                continue;
            }

            result.Append(source, at, edit.Start - at).Append(edit.Text);
            at = edit.End;
        }

        return result.Append(source, at, source.Length - at).ToString();
    }

    [GeneratedRegex("^</?([a-z]+)>$")]
    private static partial Regex KeptTag();

    /// <summary>Replaces the characters from <paramref name="Start"/> up to (not including) <paramref name="End"/>.</summary>
    private readonly record struct Edit(int Start, int End, string Text);
}
