using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Recap.Markdown.RawHtml;

/// <summary>A raw HTML block, left out.</summary>
internal sealed class OmittedHtmlBlockRenderer : HtmlObjectRenderer<HtmlBlock>
{
    protected override void Write(HtmlRenderer renderer, HtmlBlock obj) => renderer.WriteLine(OmitRawHtmlExtension.Placeholder);
}
