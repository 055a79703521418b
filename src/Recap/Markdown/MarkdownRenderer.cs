using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Recap.Content;

namespace Recap.Markdown;

/// <summary>Renders a parsed body to HTML, after its links are rewritten.</summary>
internal sealed class MarkdownRenderer(MarkdownPipeline pipeline, LinkRewriter links)
{
    /// <summary>The line a conference author writes where the list of talks goes.</summary>
    public const string TalksMarker = "<!-- talks -->";

    public string Render<T>(SourceDocument<T> source)
        where T : BoundRecord
    {
        var document = links.Rewrite(source);
        return RenderBlocks(document, 0, document.Count);
    }

    /// <summary>The body before and after the <c>&lt;!-- talks --&gt;</c> line (all of it before, when there is none).</summary>
    public (string Before, string After) RenderAroundMarker<T>(SourceDocument<T> source)
        where T : BoundRecord
    {
        var document = links.Rewrite(source);
        var marker = document.ToList().FindIndex(IsTalksMarker);
        return marker < 0
            ? (RenderBlocks(document, 0, document.Count), string.Empty)
            : (RenderBlocks(document, 0, marker), RenderBlocks(document, marker + 1, document.Count));
    }

    private static bool IsTalksMarker(Block block) =>
        block is HtmlBlock html && string.Join(string.Empty, html.Lines.Lines.Take(html.Lines.Count).Select(l => l.Slice.ToString()))
            .Replace(" ", string.Empty, StringComparison.Ordinal)
            .Equals(TalksMarker.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);

    private string RenderBlocks(MarkdownDocument document, int from, int to)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        for (var i = from; i < to; i++)
        {
            renderer.Render(document[i]);
        }

        writer.Flush();
        return writer.ToString();
    }
}
