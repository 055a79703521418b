using Recap.Content;

namespace Recap.Model;

/// <summary>A subject talks are about: from a topic file, or only named by talks.</summary>
public sealed class Topic : INamedPage
{
    internal Topic(SourceDocument<TopicFrontMatter>? source) => Source = source;

    public string Name { get; internal set; } = string.Empty;

    public string Slug { get; internal set; } = string.Empty;

    public string SitePath { get; internal set; } = string.Empty;

    /// <summary>The file that defines it, or the first talk that names it.</summary>
    public required Diagnostics.SourceLocation DefinedAt { get; init; }

    public string? SourcePath => Source?.Path;

    public string? Description => Source?.FrontMatter.Description;

    /// <summary>Every talk, newest first.</summary>
    public IReadOnlyList<Talk> Talks { get; internal set; } = [];

    /// <summary>Conferences that list the topic in their own front matter.</summary>
    public IReadOnlyList<Conference> Conferences { get; internal set; } = [];

    internal SourceDocument<TopicFrontMatter>? Source { get; }

    string INamedPage.Slug { get => Slug; set => Slug = value; }

    string INamedPage.SitePath { get => SitePath; set => SitePath = value; }

    Diagnostics.SourceLocation? INamedPage.SlugLocation => Source?.FrontMatter.WrittenLocationOf("slug");
}
