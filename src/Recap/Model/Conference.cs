using Recap.Content;

namespace Recap.Model;

/// <summary>A conference and its recap, with its talks in programme order.</summary>
public sealed class Conference
{
    internal Conference(SourceDocument<ConferenceFrontMatter> source) => Source = source;

    /// <summary>The folder name under <c>content/conferences/</c>.</summary>
    public required string Folder { get; init; }

    public string SourcePath => Source.Path;

    public string Name => Source.FrontMatter.Name;

    public ConferenceFrontMatter FrontMatter => Source.FrontMatter;

    public required string Slug { get; init; }

    public required string SitePath { get; init; }

    public string? Summary { get; internal set; }

    public string? CoverUrl { get; internal set; }

    /// <summary>The preview image the recap sets for itself, from <c>image:</c>.</summary>
    public ImageFile? Image { get; internal set; }

    public bool IsDraft => FrontMatter.Draft;

    public IReadOnlyList<Talk> Talks { get; internal set; } = [];

    public IReadOnlyList<Topic> Topics { get; internal set; } = [];

    internal SourceDocument<ConferenceFrontMatter> Source { get; }
}
