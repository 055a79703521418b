using Recap.Markdown;

namespace Recap.Content;

/// <summary>A Markdown content file after reading: typed front matter and the body, rendered (see <see cref="CompiledBody"/>).</summary>
internal sealed class SourceDocument<T>
    where T : BoundRecord
{
    /// <summary>Path relative to the site root, with '/': <c>content/conferences/dotscale-2018/talks/kafka.md</c>.</summary>
    public required string Path { get; init; }

    /// <summary>File name without extension: <c>kafka</c>.</summary>
    public required string Stem { get; init; }

    public required T FrontMatter { get; init; }

    public required CompiledBody Body { get; init; }

    /// <summary>A conference's body after its <c>&lt;!-- talks --&gt;</c> line; empty for other documents and without the line.</summary>
    public CompiledBody AfterTalks { get; init; } = CompiledBody.Empty;

    /// <summary>The text of the body's first paragraph, for summaries; null when it has none.</summary>
    public string? FirstParagraph { get; init; }

    /// <summary>The one-based file line where the body starts, to turn Markdig's body lines into file lines.</summary>
    public required int BodyLine { get; init; }

    public required int WordCount { get; init; }

    /// <summary>
    /// Whether the body holds the author's own words: not empty, and not still the text
    /// <c>recap import</c> wrote (its checksum in <c>import.fields.body</c>). Worked out at load,
    /// where the body's text is at hand, so that nothing keeps the text for it.
    /// </summary>
    public required bool HasNotes { get; init; }

    /// <summary>The links and images of the body, as written; only safe ones (unsafe ones are reported).</summary>
    public required IReadOnlyList<ContentLink> Links { get; init; }

    /// <summary>A hash of the front matter as written: any change to it changes this. Empty outside rebuilds.</summary>
    public required string FrontMatterHash { get; init; }

    /// <summary>A hash of the Markdown body as written. Empty outside rebuilds.</summary>
    public required string BodyHash { get; init; }

    /// <summary>Folder of the file relative to the site root, for resolving relative links and images.</summary>
    public string Folder => System.IO.Path.GetDirectoryName(Path)!.Replace('\\', '/');
}
