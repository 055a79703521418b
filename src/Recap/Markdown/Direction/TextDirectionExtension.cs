using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Recap.Text;

namespace Recap.Markdown.Direction;

/// <summary>
/// Gives <c>dir="auto"</c> to each paragraph, heading, list item and table cell whose text holds
/// letters that run against the site's language (<see cref="WritingDirection"/>), as GitHub does
/// for Markdown: a paragraph in Arabic in an English recap is then laid out right to left, with its
/// full stop at its end, and an English one in a Hebrew recap left to right. Blocks in the site's
/// own direction, and code, are left as they are.
/// </summary>
internal sealed class TextDirectionExtension(WritingDirection direction) : IMarkdownExtension
{
    private const string Auto = "auto";

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        pipeline.DocumentProcessed -= Mark;
        pipeline.DocumentProcessed += Mark;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private void Mark(MarkdownDocument document)
    {
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block is (ParagraphBlock or HeadingBlock) && block.Inline is { } inline && IsCrossed(inline))
            {
                HolderOf(block).GetAttributes().AddPropertyIfNotExist("dir", Auto);
            }
        }
    }

    private bool IsCrossed(ContainerInline inline)
    {
        foreach (var literal in inline.FindDescendants<LiteralInline>())
        {
            if (direction.IsCrossedBy(literal.Content.AsSpan()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The element that holds the paragraph's text on the page: the list item of a tight list and
    /// the table cell, which Markdig writes without a <c>&lt;p&gt;</c>, else the paragraph itself.
    /// </summary>
    private static Block HolderOf(LeafBlock block) => block.Parent switch
    {
        ListItemBlock { Parent: ListBlock { IsLoose: false } } item => item,
        TableCell cell => cell,
        _ => block,
    };
}
