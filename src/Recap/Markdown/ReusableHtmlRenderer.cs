using System.Text;
using Markdig.Renderers;

namespace Recap.Markdown;

/// <summary>
/// An HTML renderer over a string that can be emptied and used again: making a renderer sets up
/// some twenty object renderers, and a build renders tens of thousands of bodies and headings.
/// Markdig keeps its own renderers the same way for <c>Markdown.ToHtml</c>.
/// </summary>
internal sealed class ReusableHtmlRenderer() : HtmlRenderer(new StringWriter())
{
    /// <summary>Empties the output and forgets the state of the last rendering, its object renderers' too (<see cref="IRenderingState"/>).</summary>
    public new void Reset()
    {
        base.Reset();
        foreach (var renderer in ObjectRenderers)
        {
            (renderer as IRenderingState)?.Reset();
        }
    }

    /// <summary>What was rendered since the last <see cref="Reset"/>.</summary>
    public StringBuilder Output => ((StringWriter)Writer).GetStringBuilder();
}
