using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Recap.Markdown.Highlighting;

/// <summary>
/// Writes a fenced code block in a known language as a labelled, highlighted <c>pre</c>:
/// <code>
/// &lt;div class="code-block"&gt;&lt;span class="code-lang"&gt;C#&lt;/span&gt;&lt;pre&gt;&lt;code class="language-csharp"&gt;&lt;span class="hl-keyword"&gt;var&lt;/span&gt; x ...&lt;/code&gt;&lt;/pre&gt;&lt;/div&gt;
/// </code>
/// and leaves any other code block to Markdig's renderer. One instance renders one body.
/// </summary>
internal sealed class HighlightedCodeBlockRenderer : HtmlObjectRenderer<CodeBlock>, IRenderingState
{
    /// <summary>
    /// How long highlighting one body may take in all, loading grammars aside; a long write-up
    /// with code in every section takes tens of milliseconds. Code after that is written plain,
    /// so a grammar that is slow on some input cannot hold a build up; the limit is far above
    /// what real code needs, so that a busy machine does not change what a page shows.
    /// </summary>
    public static readonly TimeSpan TimePerBody = TimeSpan.FromSeconds(5);

    private readonly CodeBlockRenderer _plain;
    private readonly CodeCache? _cache;
    private TimeSpan _time = TimePerBody;

    /// <param name="cache">Where highlighted blocks are kept between builds; none to highlight every block.</param>
    public HighlightedCodeBlockRenderer(CodeBlockRenderer plain, CodeCache? cache)
    {
        _plain = plain;
        _cache = cache;
    }

    protected override void Write(HtmlRenderer renderer, CodeBlock obj)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        if (obj is not FencedCodeBlock fenced || CodeLanguage.Find(fenced.Info) is not { } language || !renderer.EnableHtmlForBlock)
        {
            ((IMarkdownObjectRenderer)_plain).Write(renderer, obj);
            return;
        }

        var lines = new string[fenced.Lines.Count];
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = fenced.Lines.Lines[i].Slice.ToString();
        }

        string code;
        try
        {
            code = _cache is null ? Highlight(language, lines) : _cache.GetOrHighlight(language, lines, () => (Highlight(language, lines), _time > TimeSpan.Zero));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A grammar that fails on some code costs that block its colours, not the build.
            ((IMarkdownObjectRenderer)_plain).Write(renderer, obj);
            return;
        }

        renderer.EnsureLine();
        renderer.Write("<div class=\"code-block\"><span class=\"code-lang\">").WriteEscape(language.Name).Write("</span>");
        renderer.Write("<pre tabindex=\"0\"><code").WriteAttributes(obj).Write('>');
        renderer.Write(code);
        renderer.WriteLine("</code></pre></div>");
    }

    /// <summary>How much of <see cref="TimePerBody"/> the body being rendered has left.</summary>
    internal TimeSpan TimeLeft => _time;

    /// <summary>A new body gets the whole time: a renderer is used again for every body its thread renders.</summary>
    public void Reset() => _time = TimePerBody;

    private string Highlight(CodeLanguage language, string[] lines) => CodeHighlighter.Highlight(language, lines, ref _time);
}
