namespace Recap.Themes.Views;

/// <summary>
/// <c>pager</c> on a conference's, speaker's or topic's page: the talks this page lists, and the way to the other
/// pages when <c>options.talks_per_page</c> splits them (<see cref="Count"/> above 1); on the
/// conferences and speakers indexes, the conferences or speakers this page lists
/// (<c>options.conferences_per_page</c>, <c>options.speakers_per_page</c>).
/// </summary>
public sealed record PagerView
{
    /// <summary>The talks of this page, in programme order on a conference's, else newest first: all of them when the list is not split.</summary>
    public IReadOnlyList<TalkView> Talks { get; init; } = [];

    /// <summary>On the conferences index, the conferences of this page, newest first: all of them when the index is not split.</summary>
    public IReadOnlyList<ConferenceView> Conferences { get; init; } = [];

    /// <summary>On the speakers index, the speakers of this page by the letter they sort by: all of them when the index is not split.</summary>
    public IReadOnlyList<LetterGroupView> Letters { get; init; } = [];

    /// <summary>This page's number, from 1.</summary>
    public required int Number { get; init; }

    /// <summary>How many pages the talks take.</summary>
    public required int Count { get; init; }

    /// <summary>The page before (newer talks, or earlier in a programme); null on the first.</summary>
    public string? PreviousUrl { get; init; }

    /// <summary>The page after (older talks, or later in a programme); null on the last.</summary>
    public string? NextUrl { get; init; }

    /// <summary>
    /// <see cref="Talks"/> by day, for a conference whose programme spans days: each run of talks
    /// given on one day, with that day's <see cref="PagerDayView.Date"/>; else one group of them
    /// all, without a date.
    /// </summary>
    public IReadOnlyList<PagerDayView> Days { get; init; } = [];

    /// <summary>The pages to link by number: the first, the last, and the one either side of this one, with gaps between: at most seven, which fit a phone's width.</summary>
    public IReadOnlyList<PagerLinkView> Links { get; init; } = [];
}

/// <summary>Talks of a page given on one day: <see cref="Date"/> as the site writes dates ("3 February 2024") and <see cref="DateIso"/>; both null when the list is not by day.</summary>
public sealed record PagerDayView(string? Date, string? DateIso, IReadOnlyList<TalkView> Talks);

/// <summary>A page of a split list, linked by its number; <see cref="IsGap"/> stands for the pages left out between two.</summary>
public sealed record PagerLinkView(int Number, string Url, bool IsCurrent, bool IsGap);
