using System.Text;
using Scriban.Runtime;

namespace Recap.Rendering;

/// <summary>
/// Where a page's kind layout writes: a builder kept for the next page, whose text becomes the base
/// layout's <c>content</c> without being made into a string (<see cref="Themes.HtmlString"/>).
/// </summary>
internal sealed class TextOutput : IScriptOutput
{
    public StringBuilder Builder { get; } = new(16 * 1024);

    public void Write(string text, int offset, int count) => Builder.Append(text, offset, count);

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Empty: Scriban's <c>Template.Render</c> returns what its output's <c>ToString</c> gives, and
    /// the text is read from <see cref="Builder"/> instead.
    /// </summary>
    public override string ToString() => string.Empty;
}
