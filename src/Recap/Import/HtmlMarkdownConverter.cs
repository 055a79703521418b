using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp;
using AngleSharp.Dom;
using Ganss.Xss;

namespace Recap.Import;

/// <summary>
/// HTML cleaned by <see cref="ImportedHtml"/>, written as Markdown where Markdown says the same:
/// paragraphs, line breaks, emphasis, links, images, lists, code, headings, quotes. A table, and
/// the few inline elements Markdown has no syntax for, stay as (clean) HTML.
/// </summary>
internal static partial class HtmlMarkdownConverter
{
    /// <summary>Stands for a <c>&lt;br&gt;</c> while a paragraph is written; control characters are taken out of the text first.</summary>
    private const char HardBreak = '\u0001';

    private enum BlockKind
    {
        Paragraph,

        /// <summary>A list that may follow a paragraph line directly (bullets, or numbers from 1).</summary>
        InterruptingList,
        Other,
    }

    /// <returns>The Markdown of the children of <paramref name="root"/>; empty when they say nothing.</returns>
    public static string Convert(IElement root)
    {
        ArgumentNullException.ThrowIfNull(root);
        return Join(Blocks(root.ChildNodes), tight: false);
    }

    /// <param name="tight">Whether the blocks are a list item's, where a nested list sits right under the item's first line.</param>
    private static string Join(List<Block> blocks, bool tight)
    {
        var result = new StringBuilder();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (i > 0)
            {
                result.Append(tight && blocks[i].Kind == BlockKind.InterruptingList && blocks[i - 1].Kind == BlockKind.Paragraph ? "\n" : "\n\n");
            }

            result.Append(blocks[i].Text);
        }

        return result.ToString();
    }

    private static List<Block> Blocks(IEnumerable<INode> nodes)
    {
        var blocks = new List<Block>();
        var paragraph = new StringBuilder();
        var breaks = 0;
        foreach (var node in nodes)
        {
            switch (node)
            {
                case IText text:
                    // A blank line in the text of an HTML abstract is a new paragraph: the tools that
                    // export them (frab, pretalx) render abstracts as Markdown with HTML in it.
                    var parts = BlankLine().Split(text.Data);
                    for (var i = 0; i < parts.Length; i++)
                    {
                        if (i > 0)
                        {
                            Flush(paragraph, blocks);
                        }

                        AppendText(paragraph, parts[i]);
                    }

                    if (!string.IsNullOrWhiteSpace(text.Data))
                    {
                        breaks = 0;
                    }

                    break;

                // Two line breaks in a row are how HTML editors end a paragraph.
                case IElement { LocalName: "br" }:
                    if (++breaks >= 2)
                    {
                        Flush(paragraph, blocks);
                    }
                    else
                    {
                        paragraph.Append(HardBreak);
                    }

                    break;
                case IElement element when IsBlock(element):
                    breaks = 0;
                    Flush(paragraph, blocks);
                    blocks.AddRange(BlocksOf(element));
                    break;
                case IElement element:
                    breaks = 0;
                    Inline(element, paragraph);
                    break;
            }
        }

        Flush(paragraph, blocks);
        return blocks;
    }

    private static bool IsBlock(IElement element) => element.LocalName is "p" or "div" or "ul" or "ol" or "li" or "pre" or "blockquote" or "hr" or "table"
        or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "caption" or "thead" or "tbody" or "tfoot" or "tr" or "th" or "td";

    private static IEnumerable<Block> BlocksOf(IElement element)
    {
        switch (element.LocalName)
        {
            case "ul" or "ol":
                return List(element);
            case "pre":
                return Preformatted(element);
            case "blockquote":
                var quoted = Join(Blocks(element.ChildNodes), tight: false);
                return quoted.Length == 0 ? [] : [new Block(string.Join('\n', quoted.Split('\n').Select(line => line.Length == 0 ? ">" : "> " + line)), BlockKind.Other)];
            case "hr":
                return [new Block("---", BlockKind.Other)];
            case "table":
                return string.IsNullOrWhiteSpace(element.TextContent) && element.QuerySelector("img") is null ? [] : [new Block(KeptHtml(element), BlockKind.Other)];
            case ['h', >= '1' and <= '6']:
                return Heading(element);
            default:
                return Blocks(element.ChildNodes);
        }
    }

    /// <summary>
    /// Headings one level down, so none competes with the talk's title, the page's only
    /// <c>h1</c>: an abstract's <c>h1</c> becomes <c>##</c>.
    /// </summary>
    private static IEnumerable<Block> Heading(IElement element)
    {
        var content = new StringBuilder();
        InlineChildren(element, content);
        var text = CollapseSpaces(content.ToString().Replace(HardBreak, ' ')).Trim(' ');
        if (text.Length == 0)
        {
            return [];
        }

        // A run of # at the end, after a space, would close the heading instead of being text.
        var run = text.Length - text.AsSpan().TrimEnd('#').Length;
        if (run > 0 && (run == text.Length || text[^(run + 1)] == ' '))
        {
            text = text[..^run] + "\\" + text[^run..];
        }

        var level = Math.Min(6, element.LocalName[1] - '0' + 1);
        return [new Block(new string('#', level) + " " + text, BlockKind.Other)];
    }

    private static IEnumerable<Block> List(IElement list)
    {
        var ordered = list.LocalName == "ol";
        var number = ordered && int.TryParse(list.GetAttribute("start"), NumberStyles.None, CultureInfo.InvariantCulture, out var start) && start <= 999_999_999 ? start : 1;
        var firstNumber = number;
        var items = new List<string>();
        foreach (var child in list.ChildNodes)
        {
            // Text or elements outside any <li> (broken HTML) are an item of their own.
            var content = Join(child is IElement { LocalName: "li" } item ? Blocks(item.ChildNodes) : Blocks([child]), tight: true);
            if (content.Length == 0)
            {
                continue;
            }

            var marker = ordered ? number.ToString(CultureInfo.InvariantCulture) + ". " : "- ";
            var indent = new string(' ', marker.Length);
            items.Add(marker + string.Join('\n', content.Split('\n').Select((line, i) => i == 0 || line.Length == 0 ? line : indent + line)));
            number++;
        }

        return items.Count == 0 ? [] : [new Block(string.Join('\n', items), !ordered || firstNumber == 1 ? BlockKind.InterruptingList : BlockKind.Other)];
    }

    private static IEnumerable<Block> Preformatted(IElement pre)
    {
        var text = WithoutControls(pre.TextContent).TrimEnd();
        while (text.StartsWith('\n'))
        {
            text = text[1..];
        }

        if (text.Length == 0)
        {
            return [];
        }

        var fence = new string('`', Math.Max(3, LongestRun(text, '`') + 1));
        return [new Block(fence + "\n" + text + "\n" + fence, BlockKind.Other)];
    }

    /// <summary>
    /// The element's clean HTML on one line: CommonMark ends an HTML block at a blank line, and
    /// what came after it would be read as Markdown.
    /// </summary>
    private static string KeptHtml(IElement element)
    {
        foreach (var node in element.Descendants())
        {
            if (node is IText text)
            {
                text.Data = CollapseWhitespace(WithoutControls(text.Data));
            }
            else if (node is IElement descendant)
            {
                foreach (var attribute in descendant.Attributes.ToList())
                {
                    descendant.SetAttribute(attribute.Name, CollapseWhitespace(WithoutControls(attribute.Value)));
                }
            }
        }

        return element.ToHtml(HtmlFormatter.Instance);
    }

    private static void Flush(StringBuilder paragraph, List<Block> blocks)
    {
        var lines = paragraph.ToString().Split(HardBreak)
            .Select(line => CollapseSpaces(line).Trim(' '))
            .Where(line => line.Length > 0)
            .Select(MarkdownEscaper.EscapeLineStart)
            .ToList();
        paragraph.Clear();
        if (lines.Count > 0)
        {
            blocks.Add(new Block(string.Join("\\\n", lines), BlockKind.Paragraph));
        }
    }

    private static void InlineChildren(IElement element, StringBuilder result)
    {
        foreach (var child in element.ChildNodes)
        {
            if (child is IText text)
            {
                AppendText(result, text.Data);
            }
            else if (child is IElement nested)
            {
                Inline(nested, result);
            }
        }
    }

    private static void Inline(IElement element, StringBuilder result)
    {
        switch (element.LocalName)
        {
            case "br":
                result.Append(HardBreak);
                break;
            case "strong" or "b":
                Emphasis(element, result, "**", "strong", "b");
                break;
            case "em" or "i":
                Emphasis(element, result, "*", "em", "i");
                break;
            case "code":
                Code(element, result);
                break;
            case "a":
                Link(element, result);
                break;
            case "img":
                Image(element, result);
                break;
            case var name when ImportedHtml.KeptInline.Contains(name):
                Wrap(element, result, "<" + name + ">", "</" + name + ">");
                break;

            // A block inside a link or emphasis (<a><p>..</p></a>) is written as its text.
            default:
                result.Append(' ');
                InlineChildren(element, result);
                result.Append(' ');
                break;
        }
    }

    private static void Emphasis(IElement element, StringBuilder result, string marker, params string[] sameKind)
    {
        if (element.Ancestors<IElement>().Any(a => sameKind.Contains(a.LocalName)))
        {
            InlineChildren(element, result);
        }
        else
        {
            Wrap(element, result, marker, marker);
        }
    }

    /// <summary>Writes the content between <paramref name="open"/> and <paramref name="close"/>, with spaces at its ends outside them (<c>** x**</c> is not bold).</summary>
    private static void Wrap(IElement element, StringBuilder result, string open, string close)
    {
        var content = new StringBuilder();
        InlineChildren(element, content);
        var (before, core, after) = SplitEdges(content.ToString());
        result.Append(before);
        if (core.Length > 0)
        {
            result.Append(open).Append(core).Append(close);
        }

        result.Append(after);
    }

    /// <summary>
    /// A code span, whose text is the one text not escaped. Backticks after a backtick would make
    /// one longer run, and after a word they could be taken into an autolinked URL, leaving the
    /// text to be read as Markdown; there the span is written <c>&lt;code&gt;</c> with escaped text.
    /// </summary>
    private static void Code(IElement element, StringBuilder result)
    {
        var (before, core, after) = SplitEdges(CollapseWhitespace(WithoutControls(element.TextContent)));
        result.Append(before);
        if (core.Length > 0)
        {
            if (result.Length == 0 || result[^1] is ' ' or HardBreak)
            {
                var fence = new string('`', LongestRun(core, '`') + 1);
                var pad = core.StartsWith('`') || core.EndsWith('`') ? " " : string.Empty;
                result.Append(fence).Append(pad).Append(core).Append(pad).Append(fence);
            }
            else
            {
                result.Append("<code>").Append(MarkdownEscaper.EscapeInline(core)).Append("</code>");
            }
        }

        result.Append(after);
    }

    private static void Link(IElement link, StringBuilder result)
    {
        var href = link.GetAttribute("href")!;
        var content = new StringBuilder();
        InlineChildren(link, content);
        var (before, label, after) = SplitEdges(content.ToString());
        result.Append(before);
        if (label.Length > 0)
        {
            var title = link.GetAttribute("title");
            if (string.IsNullOrWhiteSpace(title) && label == MarkdownEscaper.EscapeInline(href) && SafeForAutolink(href))
            {
                result.Append('<').Append(href).Append('>');
            }
            else
            {
                result.Append('[').Append(label).Append("](").Append(Destination(href)).Append(Title(title)).Append(')');
            }
        }

        result.Append(after);
    }

    private static void Image(IElement image, StringBuilder result)
    {
        var alt = MarkdownEscaper.EscapeInline(CollapseWhitespace(WithoutControls(image.GetAttribute("alt") ?? string.Empty)).Trim(' '));
        result.Append("![").Append(alt).Append("](").Append(Destination(image.GetAttribute("src")!)).Append(Title(image.GetAttribute("title"))).Append(')');
    }

    private static bool SafeForAutolink(string url) =>
        (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        && !url.Any(c => c is ' ' or '<' or '>' or '`' || char.IsControl(c));

    /// <summary>A link destination: spaces, angle brackets and backticks percent-encoded, parentheses and backslashes escaped.</summary>
    private static string Destination(string url)
    {
        var result = new StringBuilder(url.Length);
        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            _ = c switch
            {
                ' ' => result.Append("%20"),
                '<' => result.Append("%3C"),

                // A backtick could open a code span that ends after the link and takes it apart.
                '`' => result.Append("%60"),
                '>' => result.Append("%3E"),
                '(' or ')' or '\\' => result.Append('\\').Append(c),
                '&' when MarkdownEscaper.StartsEntity(url.AsSpan(i)) => result.Append("\\&"),
                _ when char.IsControl(c) => result,
                _ => result.Append(c),
            };
        }

        return result.ToString();
    }

    private static string Title(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return string.Empty;
        }

        var text = CollapseWhitespace(WithoutControls(title)).Trim(' ');
        return " \"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("&", "\\&", StringComparison.Ordinal) + "\"";
    }

    private static void AppendText(StringBuilder result, string text) =>
        result.Append(MarkdownEscaper.EscapeInline(CollapseWhitespace(WithoutControls(text))));

    /// <summary>The spaces and line breaks at the start and end of <paramref name="text"/>, and what is between them.</summary>
    private static (string Before, string Core, string After) SplitEdges(string text)
    {
        var start = 0;
        while (start < text.Length && text[start] is ' ' or HardBreak)
        {
            start++;
        }

        var end = text.Length;
        while (end > start && text[end - 1] is ' ' or HardBreak)
        {
            end--;
        }

        return (text[..start], text[start..end], text[end..]);
    }

    private static int LongestRun(string text, char c)
    {
        int longest = 0, run = 0;
        foreach (var ch in text)
        {
            run = ch == c ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

    /// <summary>As HTML shows text: each run of ASCII whitespace is one space. A no-break space is not whitespace here.</summary>
    private static string CollapseWhitespace(string text) => AsciiWhitespace().Replace(text, " ");

    private static string CollapseSpaces(string text) => Spaces().Replace(text, " ");

    private static string WithoutControls(string text) => Controls().Replace(text, string.Empty);

    [GeneratedRegex(@"\n[ \t\f\r]*\n")]
    private static partial Regex BlankLine();

    [GeneratedRegex(@"[ \t\n\r\f]+")]
    private static partial Regex AsciiWhitespace();

    [GeneratedRegex(" {2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[\x00-\x08\x0B\x0E-\x1F\x7F]")]
    private static partial Regex Controls();

    private readonly record struct Block(string Text, BlockKind Kind);
}
