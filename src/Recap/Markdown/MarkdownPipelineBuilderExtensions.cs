using Markdig;
using Recap.Markdown.Direction;
using Recap.Markdown.HeadingIds;
using Recap.Markdown.Highlighting;
using Recap.Markdown.RawHtml;
using Recap.Markdown.WorkLimit;
using Recap.Text;

namespace Recap.Markdown;

/// <summary>Registers Recap's Markdig extensions, as Markdig registers its own (<c>UseFigures()</c>).</summary>
internal static class MarkdownPipelineBuilderExtensions
{
    /// <summary>ASCII ids for headings, none of them one of <paramref name="reserved"/>: <see cref="HeadingIdExtension"/>.</summary>
    public static MarkdownPipelineBuilder UseHeadingIds(this MarkdownPipelineBuilder pipeline, IReadOnlySet<string>? reserved = null)
    {
        pipeline.Extensions.AddIfNotAlready(new HeadingIdExtension(reserved ?? new HashSet<string>()));
        return pipeline;
    }

    /// <summary>Each heading's text a link to the heading: <see cref="HeadingLinkExtension"/>.</summary>
    public static MarkdownPipelineBuilder UseHeadingLinks(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<HeadingLinkExtension>();
        return pipeline;
    }

    /// <summary>Fenced code in a known language highlighted and labelled: <see cref="HighlightExtension"/>.</summary>
    /// <param name="cache">Where highlighted blocks are kept between builds; none to highlight every block.</param>
    public static MarkdownPipelineBuilder UseHighlighting(this MarkdownPipelineBuilder pipeline, CodeCache? cache = null)
    {
        pipeline.Extensions.AddIfNotAlready(new HighlightExtension(cache));
        return pipeline;
    }

    /// <summary>Blocks whose letters run against the site's language get <c>dir="auto"</c>: <see cref="TextDirectionExtension"/>.</summary>
    public static MarkdownPipelineBuilder UseTextDirection(this MarkdownPipelineBuilder pipeline, WritingDirection direction)
    {
        pipeline.Extensions.AddIfNotAlready(new TextDirectionExtension(direction));
        return pipeline;
    }

    /// <summary>Raw HTML left out: <see cref="OmitRawHtmlExtension"/>.</summary>
    public static MarkdownPipelineBuilder OmitRawHtml(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<OmitRawHtmlExtension>();
        return pipeline;
    }

    /// <summary>Parsing gives up after the time <see cref="ParseTimeExtension.Parse"/> is given; register it last.</summary>
    public static MarkdownPipelineBuilder UseParseTime(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<ParseTimeExtension>();
        return pipeline;
    }
}
