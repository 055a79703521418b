using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Recap.Markdown;

/// <summary>Plain text out of a Markdig syntax tree, for summaries and descriptions.</summary>
internal static class MarkdownText
{
    /// <summary>The text of the first paragraph, or null when the document has none.</summary>
    public static string? FirstParagraph(MarkdownDocument document)
    {
        var paragraph = document.Descendants<ParagraphBlock>().FirstOrDefault(p => p.Parent is MarkdownDocument);
        if (paragraph?.Inline is null)
        {
            return null;
        }

        var text = new StringBuilder();
        Append(text, paragraph.Inline);
        var result = Collapse(text.ToString());
        return result.Length == 0 ? null : result;
    }

    /// <summary>Cuts <paramref name="text"/> at a word boundary near <paramref name="length"/> characters, adding an ellipsis.</summary>
    public static string Trim(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', length);
        if (cut < length / 2)
        {
            // No space near the end (Chinese, Japanese, a long URL): cut between two characters as
            // a reader sees them, not inside a surrogate pair or before a combining accent.
            cut = Array.FindLast(System.Globalization.StringInfo.ParseCombiningCharacters(text), start => start <= length);
        }

        return text[..cut].TrimEnd(',', ';', ':', '.', ' ', '-', '–') + "…";
    }

    private static void Append(StringBuilder text, ContainerInline container)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case AutolinkInline autolink:
                    text.Append(autolink.Url);
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.AsSpan());
                    break;
                case ContainerInline nested:
                    Append(text, nested);
                    break;
            }
        }
    }

    private static string Collapse(string text)
    {
        var result = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = result.Length > 0;
                continue;
            }

            if (space)
            {
                result.Append(' ');
                space = false;
            }

            result.Append(c);
        }

        return result.ToString();
    }
}
