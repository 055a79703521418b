using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Recap.Markdown.RawHtml;

namespace Recap.Markdown;

/// <summary>The only place the Markdig pipeline is built: CommonMark plus the extensions recaps use.</summary>
internal static class MarkdownPipelineFactory
{
    /// <param name="unsafeHtml">Whether raw HTML is rendered as written (<c>markdown.unsafe_html</c>).</param>
    public static MarkdownPipeline Create(bool unsafeHtml = true)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseFootnotes()
            .UseTaskLists()
            .UseAutoIdentifiers(AutoIdentifierOptions.AllowOnlyAscii)
            .UseAutoLinks()
            .UseEmphasisExtras()
            .UseFigures();
        if (!unsafeHtml)
        {
            builder.Extensions.AddIfNotAlready<OmitRawHtmlExtension>();
        }

        return builder.Build();
    }
}
