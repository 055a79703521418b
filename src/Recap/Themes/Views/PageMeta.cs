namespace Recap.Themes.Views;

/// <summary>
/// <c>page</c> in every template: what the base layout needs to know about the page it wraps,
/// including its link preview (Open Graph, Twitter card) and structured data.
/// </summary>
public sealed record PageMeta
{
    /// <summary>home, conferences, conference, talk, speakers, speaker, topics, topic, page or 404.</summary>
    public required string Kind { get; init; }

    /// <summary>The page's own title (the heading); empty on the home page.</summary>
    public required string Title { get; init; }

    /// <summary>The document title, for <c>&lt;title&gt;</c>: "Talk · Site".</summary>
    public required string DocumentTitle { get; init; }

    /// <summary>The title a link preview shows: the page's title, or the site's on the home page.</summary>
    public required string PreviewTitle { get; init; }

    /// <summary>From <c>summary</c> or the first paragraph, cut at a word near 160 characters.</summary>
    public string? Description { get; init; }

    public required string Url { get; init; }

    /// <summary>
    /// Absolute URL when <c>base_url</c> is set, root-relative otherwise; null on the 404 page,
    /// which is served at every missing address and so is the canonical page of none.
    /// </summary>
    public string? CanonicalUrl { get; init; }

    /// <summary>Which part of the site the page belongs to, for marking the current menu entry.</summary>
    public required string Section { get; init; }

    public bool IsDraft { get; init; }

    /// <summary>The date that puts a talk or conference in the future (ISO, at its own precision: 2999, 2999-01-01), shown because of <c>--future</c>; null otherwise.</summary>
    public string? FutureDate { get; init; }

    /// <summary>Only built with <c>--future</c>.</summary>
    public bool IsFuture => FutureDate is not null;

    /// <summary>For <c>&lt;meta name="robots" content="noindex"&gt;</c>: the 404 page, and drafts and future pages, which are not published.</summary>
    public bool NoIndex => IsNotFound || IsDraft || IsFuture;

    /// <summary>The page served for addresses the site does not have.</summary>
    internal bool IsNotFound { get; init; }

    /// <summary><c>og:type</c>: article for talks and recaps, profile for speakers, website otherwise.</summary>
    public string OgType { get; init; } = "website";

    /// <summary>The preview image: the page's own <c>image:</c>, else its drawn social card.</summary>
    public PreviewImageView? Image { get; init; }

    /// <summary><c>article:published_time</c>: the talk's or conference's date.</summary>
    public string? PublishedTime { get; init; }

    /// <summary><c>article:tag</c>: the topics.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary><c>twitter:creator</c>: the first speaker's handle on X, as <c>@name</c>.</summary>
    public string? TwitterCreator { get; init; }

    /// <summary>Atom feeds for <c>link rel="alternate"</c>: the page's own first, then the site's.</summary>
    public IReadOnlyList<LinkView> Feeds { get; init; } = [];

    /// <summary>A <c>script type="application/ld+json"</c> element, or empty.</summary>
    public HtmlString StructuredData { get; init; } = HtmlString.Empty;

    /// <summary>Where the page is written; not for templates, which use <see cref="Url"/>.</summary>
    internal string SitePath { get; init; } = string.Empty;
}

/// <summary>A link preview image: absolute URL, size in pixels when known, and its text alternative.</summary>
public sealed record PreviewImageView(string Url, int? Width, int? Height, string Alt);
