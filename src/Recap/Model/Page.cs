using Recap.Content;

namespace Recap.Model;

/// <summary>A plain page such as About.</summary>
public sealed class Page
{
    internal Page(SourceDocument<PageFrontMatter> source) => Source = source;

    public string SourcePath => Source.Path;

    public string Title => Source.FrontMatter.Title;

    public PageFrontMatter FrontMatter => Source.FrontMatter;

    public required string Slug { get; init; }

    public required string SitePath { get; init; }

    public string? Summary { get; internal set; }

    public bool IsDraft => FrontMatter.Draft;

    /// <summary>The preview image the page sets for itself, from <c>image:</c>.</summary>
    public ImageFile? Image { get; internal set; }

    internal SourceDocument<PageFrontMatter> Source { get; }
}
