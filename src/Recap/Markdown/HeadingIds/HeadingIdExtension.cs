using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Recap.Markdown.HeadingIds;

/// <summary>
/// Gives every heading an ASCII id made from its text (<c>## Ça marche</c> gets <c>ca-marche</c>),
/// or, for a heading with no Latin letter or digit, one in its own script, as GitHub and Hugo make
/// them (<c>## عنوان فرعي</c> gets <c>عنوان-فرعي</c>, not a <c>section</c> shared by every such heading),
/// with <c>-1</c>, <c>-2</c>, ... after repeats, as Markdig's auto-identifiers do, but remembering
/// the next number of each text: Markdig's tries every number from 1 again for each repeat, which
/// makes a body of thousands of equal headings take minutes. An id the page's theme writes itself
/// (<c>main</c>, <c>talks</c>) is taken: a heading with that text gets <c>-1</c>, as a repeat would,
/// so no page holds an id twice.
/// </summary>
/// <param name="reserved">The ids the theme's templates write, which no heading may take.</param>
internal sealed class HeadingIdExtension(IReadOnlySet<string> reserved) : IMarkdownExtension
{
    private static readonly object Ids = new();

    /// <summary>Where a heading keeps the text its id was made from (<see cref="TextOf"/>).</summary>
    private static readonly object Text = new();

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        foreach (var parser in new BlockParser?[] { pipeline.BlockParsers.Find<HeadingBlockParser>(), pipeline.BlockParsers.FindExact<ParagraphBlockParser>() })
        {
            if (parser is not null)
            {
                parser.Closed -= OnClosed;
                parser.Closed += OnClosed;
            }
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    /// <summary>A paragraph closes as a heading when it is a setext one (underlined with === or ---).</summary>
    private void OnClosed(BlockProcessor processor, Block block)
    {
        if (block is HeadingBlock heading)
        {
            heading.ProcessInlinesEnd += AssignId;
        }
    }

    private void AssignId(InlineProcessor processor, Inline? inline)
    {
        var heading = (HeadingBlock)processor.Block!;
        var attributes = heading.GetAttributes();
        if (heading.Inline is null || attributes.Id is not null)
        {
            return;
        }

        if (processor.Document.GetData(Ids) is not DocumentIds ids)
        {
            ids = new DocumentIds(reserved);
            processor.Document.SetData(Ids, ids);
        }

        var text = PlainText(heading.Inline);
        heading.SetData(Text, text);
        attributes.Id = ids.Next(
            LinkHelper.Urilize(text, allowOnlyAscii: true) is { Length: > 0 } ascii ? ascii
            : LinkHelper.Urilize(text, allowOnlyAscii: false) is { Length: > 0 } own ? own
            : "section");
    }

    /// <summary>
    /// The text without markup a heading's id was made from, trimmed: what names it in a table of
    /// contents or as a link. Null for a heading given no id here, or with no text (an image without alt).
    /// </summary>
    public static string? TextOf(HeadingBlock heading) => (heading.GetData(Text) as string)?.Trim() is { Length: > 0 } text ? text : null;

    /// <summary>
    /// The heading's text without markup, links reduced to their text, with a renderer this thread keeps.
    /// </summary>
    private static string PlainText(ContainerInline inline)
    {
        var renderer = t_plainText ??= new ReusableHtmlRenderer { EnableHtmlForInline = false, EnableHtmlEscape = false };
        renderer.Reset();
        renderer.Render(inline);
        return renderer.Output.ToString();
    }

    [ThreadStatic]
    private static ReusableHtmlRenderer? t_plainText;

    /// <summary>The ids given so far in one document (or taken by its theme), and the next number to try for each text.</summary>
    private sealed class DocumentIds(IReadOnlySet<string> reserved)
    {
        private readonly HashSet<string> _given = new(reserved, StringComparer.Ordinal);
        private readonly Dictionary<string, int> _nextNumber = new(StringComparer.Ordinal);

        public string Next(string text)
        {
            var id = text;
            var number = _nextNumber.GetValueOrDefault(text);
            while (!_given.Add(id))
            {
                number++;
                id = $"{text}-{number}";
            }

            _nextNumber[text] = number;
            return id;
        }
    }
}
