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
/// full stop at its end, and an English one in a Hebrew recap left to right. A list or quote whose
/// paragraphs all start against the site gets that direction too, so that its bullets and rule move
/// to its side. Blocks in the site's own direction, and code, are left as they are.
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
        HashSet<LeafBlock>? against = null;
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block is (ParagraphBlock or HeadingBlock) && block.Inline is { } inline && IsCrossed(inline))
            {
                HolderOf(block).GetAttributes().AddPropertyIfNotExist("dir", Auto);
                if (StartsAgainst(inline))
                {
                    (against ??= []).Add(block);
                }
            }
        }

        if (against is null)
        {
            return;
        }

        // dir="auto" on the list or quote would look past its items, which have a dir of their own,
        // and find no letter: it is given the direction all of them start in.
        var other = direction.IsRightToLeft ? "ltr" : "rtl";
        foreach (var container in document.Descendants<ContainerBlock>())
        {
            if (container is ListBlock or QuoteBlock && Text(container).ToList() is { Count: > 0 } text && text.TrueForAll(against.Contains))
            {
                container.GetAttributes().AddPropertyIfNotExist("dir", other);
            }
        }
    }

    /// <summary>Whether the block's first letter, past any markup, runs against the site.</summary>
    private bool StartsAgainst(ContainerInline inline)
    {
        foreach (var literal in inline.FindDescendants<LiteralInline>())
        {
            if (direction.StartsAgainst(literal.Content.AsSpan()) is { } against)
            {
                return against;
            }
        }

        return false;
    }

    /// <summary>The paragraphs and headings of a container: the blocks that hold its text.</summary>
    private static IEnumerable<LeafBlock> Text(ContainerBlock container) =>
        container.Descendants<LeafBlock>().Where(b => b is ParagraphBlock or HeadingBlock && b.Inline is not null);

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
