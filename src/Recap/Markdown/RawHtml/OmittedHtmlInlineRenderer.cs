using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace Recap.Markdown.RawHtml;

/// <summary>A raw HTML tag in a paragraph, left out.</summary>
internal sealed class OmittedHtmlInlineRenderer : HtmlObjectRenderer<HtmlInline>
{
    protected override void Write(HtmlRenderer renderer, HtmlInline obj) => renderer.Write(OmitRawHtmlExtension.Placeholder);
}
