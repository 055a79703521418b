namespace Recap.Themes.Views;

/// <summary>
/// A section in a page's table of contents (<c>talk.toc</c>, <c>conference.toc</c>,
/// <c>entry.toc</c>): its heading's id and text, and the sections one level under it.
/// </summary>
public sealed class TocEntryView
{
    /// <summary>The heading's id, for <c>href="#..."</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The heading's text without its markup.</summary>
    public required string Text { get; init; }

    public IReadOnlyList<TocEntryView> Children { get; init; } = [];
}
