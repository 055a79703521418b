using Markdig;

namespace Recap.Markdown;

/// <summary>The only place the Markdig pipeline is built: CommonMark plus the extensions recaps use.</summary>
internal static class MarkdownPipelineFactory
{
    /// <param name="unsafeHtml">Whether raw HTML is rendered as written (<c>markdown.unsafe_html</c>).</param>
    public static MarkdownPipeline Create(bool unsafeHtml)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseFootnotes()
            .UseTaskLists()
            .UseHeadingIds()
            .UseAutoLinks()
            .UseEmphasisExtras()
            .UseFigures()
            .UseHighlighting();
        if (!unsafeHtml)
        {
            builder.OmitRawHtml();
        }

        return builder.UseParseTime().Build();
    }
}
