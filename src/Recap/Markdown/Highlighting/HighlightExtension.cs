using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Recap.Markdown.Highlighting;

/// <summary>
/// Highlights fenced code whose info string names a language Recap has a grammar for
/// (<see cref="CodeLanguage"/>), as the body is rendered: pages carry coloured spans and a label,
/// and no script. Other code blocks render as Markdig renders them.
/// </summary>
/// <param name="cache">Where highlighted blocks are kept between builds; none to highlight every block.</param>
internal sealed class HighlightExtension(CodeCache? cache) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && html.ObjectRenderers.Find<CodeBlockRenderer>() is { } plain)
        {
            html.ObjectRenderers.Replace<CodeBlockRenderer>(new HighlightedCodeBlockRenderer(plain, cache));
        }
    }
}
