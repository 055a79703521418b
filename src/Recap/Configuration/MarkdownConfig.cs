using Recap.Content;

namespace Recap.Configuration;

/// <summary>The <c>markdown:</c> mapping of site.yml: how bodies are rendered.</summary>
public sealed class MarkdownConfig : BoundRecord
{
    /// <summary>
    /// Raw HTML in Markdown is rendered as written (true, as Jekyll and Eleventy do), or left out
    /// with a <c>&lt;!-- raw HTML omitted --&gt;</c> comment in its place (false, as Hugo does).
    /// </summary>
    public bool UnsafeHtml { get; init; } = true;
}
