using Recap.Content;

namespace Recap.Model;

/// <summary>A plain page such as About.</summary>
public sealed class Page
{
    internal Page(SourceDocument<PageFrontMatter> source) => Source = source;

    public string SourcePath => Source.Path;

    public string Title => Source.FrontMatter.Title;

    public required string Slug { get; init; }

    public required string SitePath { get; init; }

    public string? Summary { get; internal set; }

    public bool IsDraft => Source.FrontMatter.Draft;

    /// <summary>Shows the page in the site's navigation, from <c>menu:</c>.</summary>
    public bool Menu => Source.FrontMatter.Menu;

    /// <summary>Position in the navigation, from <c>weight:</c>: lower first, then by title.</summary>
    public int? Weight => Source.FrontMatter.Weight;

    /// <summary>Values of the extra keys the theme declared in its theme.yml.</summary>
    public IReadOnlyDictionary<string, object?> Extra => Source.FrontMatter.Extra;

    /// <summary>The preview image the page sets for itself, from <c>image:</c>.</summary>
    public ImageFile? Image { get; internal set; }

    internal SourceDocument<PageFrontMatter> Source { get; }
}
