namespace Recap.Cards;

/// <summary>
/// What a social card (the <c>og:image</c> of a page) shows: the site, the title, the people, a
/// line along the bottom (where and when, or how many), and a badge for the talk's format or the page's kind.
/// </summary>
public sealed record SocialCard
{
    /// <summary>The site's title, drawn small in a corner; not drawn when it is the card's title too.</summary>
    public required string SiteName { get; init; }

    /// <summary>A line above the title, in the accent colour: the series of a conference, the role of a speaker.</summary>
    public string? Kicker { get; init; }

    /// <summary>Drawn large and bold, wrapped to at most three lines.</summary>
    public required string Title { get; init; }

    /// <summary>One line each, below the title, like "Jane Doe · Acme".</summary>
    public IReadOnlyList<string> People { get; init; } = [];

    /// <summary>One line along the bottom, in the accent colour: "dotScale 2018 · Paris" on a talk's card, "11 talks · 9 speakers" on a conference's.</summary>
    public string? Footer { get; init; }

    /// <summary>A short word in a pill: "Keynote", "Lightning talk", "Conference", "Speaker".</summary>
    public string? Badge { get; init; }

    /// <summary>The badge's colours, those the site gives the talk's format; null for the accent's.</summary>
    public BadgeColors? BadgeColors { get; init; }

    public CardColors Colors { get; init; } = CardColors.Default;
}
