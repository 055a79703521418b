namespace Recap.Themes.Views;

/// <summary><c>page</c> in every template: what the base layout needs to know about the page it wraps.</summary>
public sealed class PageMeta
{
    /// <summary>home, conferences, conference, talk, speakers, speaker, topics, topic, page or 404.</summary>
    public required string Kind { get; init; }

    /// <summary>The page's own title (the heading); empty on the home page.</summary>
    public required string Title { get; init; }

    /// <summary>The document title, for <c>&lt;title&gt;</c>: "Talk · Site".</summary>
    public required string DocumentTitle { get; init; }

    public string? Description { get; init; }

    public required string Url { get; init; }

    /// <summary>Absolute URL when <c>base_url</c> is set, root-relative otherwise.</summary>
    public required string CanonicalUrl { get; init; }

    /// <summary>Which part of the site the page belongs to, for marking the current menu entry.</summary>
    public required string Section { get; init; }

    public bool IsDraft { get; init; }

    /// <summary>Where the page is written; not for templates, which use <see cref="Url"/>.</summary>
    internal string SitePath { get; init; } = string.Empty;
}
