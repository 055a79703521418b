using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;

namespace Recap.Markdown.RawHtml;

/// <summary>
/// Renders raw HTML blocks and inline tags as <c>&lt;!-- raw HTML omitted --&gt;</c>, as Hugo
/// does by default: <c>markdown: { unsafe_html: false }</c> in site.yml.
/// </summary>
internal sealed class OmitRawHtmlExtension : IMarkdownExtension
{
    public const string Placeholder = "<!-- raw HTML omitted -->";

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.Replace<HtmlBlockRenderer>(new OmittedHtmlBlockRenderer());
            html.ObjectRenderers.Replace<HtmlInlineRenderer>(new OmittedHtmlInlineRenderer());
        }
    }
}
