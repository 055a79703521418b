using Markdig;
using Recap.Markdown.Highlighting;
using Recap.Text;

namespace Recap.Markdown;

/// <summary>
/// What site.yml and the theme decide about how a body compiles: raw HTML kept or dropped, the
/// language's direction, the ids the theme's templates write (which headings leave to them), and
/// whether headings link to themselves. The pipeline and the caches' key are both made from it,
/// so a setting that changes the HTML cannot be left out of the key: bodies compiled under another
/// key are compiled again.
/// </summary>
internal sealed record BodyCompilation(bool UnsafeHtml, WritingDirection Direction, IReadOnlySet<string> ThemeIds, bool HeadingLinks)
{
    /// <summary>The key the body and document caches keep with what they compiled.</summary>
    public string Key =>
        $"{(UnsafeHtml ? "unsafe html" : "no raw html")}, {Direction.Name}, theme ids {string.Join(' ', ThemeIds.Order(StringComparer.Ordinal))}{(HeadingLinks ? ", heading links" : string.Empty)}";

    /// <param name="code">Where highlighted code is kept between builds.</param>
    public MarkdownPipeline Pipeline(CodeCache code) => MarkdownPipelineFactory.Create(UnsafeHtml, code, Direction, ThemeIds, HeadingLinks);
}
