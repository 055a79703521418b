namespace Recap.Cards;

/// <summary>
/// What a social card (the <c>og:image</c> of a page) shows: the site, the conference, the title,
/// the people, and a badge for the talk's format or the page's kind.
/// </summary>
public sealed record SocialCard
{
    /// <summary>The site's title, drawn small in a corner.</summary>
    public required string SiteName { get; init; }

    /// <summary>A line above the title, in the accent colour: the conference of a talk.</summary>
    public string? Kicker { get; init; }

    /// <summary>Drawn large and bold, wrapped to at most three lines.</summary>
    public required string Title { get; init; }

    /// <summary>One line each, below the title, like "Jane Doe · Acme".</summary>
    public IReadOnlyList<string> People { get; init; } = [];

    /// <summary>A short word in a pill: "Keynote", "Lightning talk", "Conference", "Speaker".</summary>
    public string? Badge { get; init; }

    public CardColors Colors { get; init; } = CardColors.Default;
}
