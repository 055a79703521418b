using Markdig;
using Recap.Markdown.Highlighting;
using Recap.Text;

namespace Recap.Markdown;

/// <summary>The only place the Markdig pipeline is built: CommonMark plus the extensions recaps use.</summary>
internal static class MarkdownPipelineFactory
{
    /// <param name="unsafeHtml">Whether raw HTML is rendered as written (<c>markdown.unsafe_html</c>).</param>
    /// <param name="code">Where highlighted code is kept between builds; none to highlight every block.</param>
    /// <param name="direction">The direction of the site's language (default left to right).</param>
    /// <param name="themeIds">The ids the theme's templates write, which headings leave to them.</param>
    /// <param name="headingLinks">Whether each heading links to itself (the theme's <c>heading_links</c>).</param>
    public static MarkdownPipeline Create(bool unsafeHtml, CodeCache? code = null, WritingDirection? direction = null, IReadOnlySet<string>? themeIds = null, bool headingLinks = false)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseFootnotes()
            .UseTaskLists()
            .UseHeadingIds(themeIds)
            .UseAutoLinks()
            .UseEmphasisExtras()
            .UseFigures()
            .UseHighlighting(code)
            .UseTextDirection(direction ?? WritingDirection.LeftToRight);
        if (headingLinks)
        {
            builder.UseHeadingLinks();
        }

        if (!unsafeHtml)
        {
            builder.OmitRawHtml();
        }

        return builder.UseParseTime().Build();
    }
}
