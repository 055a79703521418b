using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Recap.Markdown.HeadingIds;

/// <summary>
/// Makes the text of each heading a link to the heading itself
/// (<c>&lt;h2 id="setup"&gt;&lt;a class="heading-link" href="#setup"&gt;Setup&lt;/a&gt;&lt;/h2&gt;</c>), as MDN's
/// headings and Zola's <c>insert_anchor_links = "heading"</c> do, so a reader can copy the address of
/// a section to share it. The heading keeps its text and its name for a screen reader; nothing is
/// added beside it. A heading with no text, or one holding a link, a footnote or raw HTML, is left
/// as it is: a link may not hold another, nor be empty.
/// </summary>
internal sealed class HeadingLinkExtension : IMarkdownExtension
{
    /// <summary>The class of the link, which the theme's stylesheet styles as the heading it is.</summary>
    public const string Class = "heading-link";

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        pipeline.DocumentProcessed -= Link;
        pipeline.DocumentProcessed += Link;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void Link(MarkdownDocument document)
    {
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            if (heading.Inline is { FirstChild: not null } inline
                && heading.GetAttributes().Id is { } id
                && HeadingIdExtension.TextOf(heading) is not null
                && inline.FindDescendants<Inline>().All(CanBeInLink))
            {
                var link = new LinkInline("#" + id, string.Empty) { Span = inline.Span };
                link.GetAttributes().AddClass(Class);
                while (inline.FirstChild is { } child)
                {
                    child.Remove();
                    link.AppendChild(child);
                }

                inline.AppendChild(link);
            }
        }
    }

    /// <summary>Whether <paramref name="inline"/> may be inside a link: text, emphasis, code and images may; links, footnotes and raw HTML may not.</summary>
    private static bool CanBeInLink(Inline inline) => inline switch
    {
        LinkInline link => link.IsImage,
        FootnoteLink or AutolinkInline or HtmlInline => false,
        _ => true,
    };
}
