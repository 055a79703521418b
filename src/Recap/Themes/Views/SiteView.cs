namespace Recap.Themes.Views;

/// <summary><c>site</c> in every template.</summary>
public sealed class SiteView
{
    public required string Title { get; init; }

    public string? Description { get; init; }

    public string? Author { get; init; }

    public required string Language { get; init; }

    /// <summary><c>rtl</c> for a language written right to left (<c>ar</c>, <c>he</c>, <c>fa</c>, <c>ur</c>), else <c>ltr</c>.</summary>
    public required string Direction { get; init; }

    /// <summary>The path every URL starts with: <c>/</c> or <c>/recaps/</c>.</summary>
    public required string BasePath { get; init; }

    public required string HomeUrl { get; init; }

    public required string ConferencesUrl { get; init; }

    public required string SpeakersUrl { get; init; }

    public required string TopicsUrl { get; init; }

    /// <summary>The search page; null when the site has none (<c>options.search: false</c>).</summary>
    public string? SearchUrl { get; init; }

    /// <summary>The site's icons (<c>favicon.png</c>, <c>favicon.svg</c>), its own from <c>static/</c> or the theme's.</summary>
    public IReadOnlyList<IconView> Icons { get; init; } = [];

    /// <summary>Pages with <c>menu: true</c>, by weight then title.</summary>
    public required IReadOnlyList<LinkView> Menu { get; init; }

    /// <summary>The site's handle on X (<c>@name</c>), from <c>social.twitter</c>, for <c>twitter:site</c>.</summary>
    public string? Twitter { get; init; }

    /// <summary>The site's own accounts from <c>social:</c>.</summary>
    public required IReadOnlyList<LinkView> Social { get; init; }

    public required int ConferenceCount { get; init; }

    public required int TalkCount { get; init; }

    public required int SpeakerCount { get; init; }

    public required int TopicCount { get; init; }
}
