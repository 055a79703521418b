using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace Recap.Markdown;

/// <summary>The only place the Markdig pipeline is built: CommonMark plus the extensions recaps use.</summary>
internal static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create() => new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseFootnotes()
        .UseTaskLists()
        .UseAutoIdentifiers(AutoIdentifierOptions.AllowOnlyAscii)
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseFigures()
        .Build();
}
