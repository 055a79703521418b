namespace Recap.Themes.Views;

/// <summary>A talk as templates see it.</summary>
public sealed class TalkView
{
    // Rendered on each use, not kept: a talk's write-up is shown on its own page, and recap serve
    // keeps the views between rebuilds, where ten thousand kept write-ups would hold some 100 MB.
    // So is its table of contents.
    private Func<HtmlString> _render;
    private Func<IReadOnlyList<TocEntryView>> _toc;

    internal TalkView(Func<HtmlString> render, Func<IReadOnlyList<TocEntryView>> toc) => (_render, _toc) = (render, toc);

    public string Title { get; internal set; } = string.Empty;

    public required string Url { get; init; }

    /// <summary>Position in the programme, from 1.</summary>
    public required int Number { get; init; }

    /// <summary>keynote, talk, lightning, workshop or panel.</summary>
    public required string Format { get; init; }

    /// <summary>"Keynote", "Talk", "Lightning talk", ...</summary>
    public required string FormatLabel { get; init; }

    public string? Date { get; init; }

    public string? DateIso { get; init; }

    /// <summary>For <c>&lt;time datetime&gt;</c>: the date, with the time when both the day and the time are known.</summary>
    public string? DateTimeIso { get; init; }

    public string? Time { get; init; }

    public string? Track { get; internal set; }

    public string? Subtitle { get; internal set; }

    /// <summary>Length in minutes.</summary>
    public int? Duration { get; internal set; }

    public string? Room { get; internal set; }

    /// <summary>The language it was given in, as written: a code (<c>ja</c>) or a name.</summary>
    public string? Language { get; internal set; }

    /// <summary>The language's name in the site's language ("Japanese", or "日本語" on a Japanese site); as written when it is no code this machine knows.</summary>
    public string? LanguageName { get; internal set; }

    /// <summary>More links of the talk; a link without a URL is a reference shown as text.</summary>
    public IReadOnlyList<TalkLinkView> Links { get; internal set; } = [];

    /// <summary>The talk did not take place as programmed.</summary>
    public bool IsCancelled { get; internal set; }

    /// <summary>The summary for lists, trimmed near 240 characters.</summary>
    public string? Summary { get; internal set; }

    /// <summary><c>summary:</c> in full (an imported talk's abstract), shown on the talk's page; null when the summary is the first paragraph of the notes.</summary>
    public string? Abstract { get; internal set; }

    public string? Slides { get; internal set; }

    /// <summary>Where the slides are, when their address tells: "Speaker Deck", "SlideShare", "Google Slides", "PDF".</summary>
    public string? SlidesHost { get; internal set; }

    public string? Video { get; internal set; }

    /// <summary>Where the recording is, when its address tells: "YouTube", "Vimeo", a PeerTube instance's host.</summary>
    public string? VideoHost { get; internal set; }

    /// <summary>The recording as the page plays it; null without one, or with <c>video_embeds: false</c>.</summary>
    public RecordingView? Recording { get; internal set; }

    public string? ImageUrl { get; init; }

    /// <summary>The talk's image with its size, srcset and alt text (<c>alt:</c>), for an <c>img</c>.</summary>
    public ImageView? Image { get; init; }

    public int ReadingMinutes { get; internal set; }

    /// <summary>Only built with <c>--drafts</c>.</summary>
    public bool IsDraft { get; init; }

    /// <summary>Only built with <c>--future</c>: dated after the day of the build.</summary>
    public bool IsFuture { get; init; }

    public IReadOnlyDictionary<string, object?> Extra { get; internal set; } = new Dictionary<string, object?>();

    /// <summary>The write-up.</summary>
    public HtmlString Content => _render();

    /// <summary>The sections of the write-up, when it has enough of them or asks for them (<c>toc:</c>); else empty.</summary>
    public IReadOnlyList<TocEntryView> Toc => _toc();

    /// <summary>Renders the write-up with <paramref name="render"/>, and lists its sections with <paramref name="toc"/>, from now on: its file's body changed.</summary>
    internal void Rewrite(Func<HtmlString> render, Func<IReadOnlyList<TocEntryView>> toc) => (_render, _toc) = (render, toc);

    public ConferenceView Conference { get; internal set; } = null!;

    public IReadOnlyList<SpeakerView> Speakers { get; internal set; } = [];

    public IReadOnlyList<TopicView> Topics { get; internal set; } = [];

    public TalkView? Previous { get; internal set; }

    public TalkView? Next { get; internal set; }

    /// <summary>
    /// Up to four talks that share its speakers or topics: those sharing more speakers first, then
    /// more topics, then the newest (<see cref="Model.RelatedTalks"/>).
    /// </summary>
    public IReadOnlyList<TalkView> Related { get; internal set; } = [];

    /// <summary>How many other talks its speakers gave, which their pages list.</summary>
    public int RelatedCount { get; internal set; }
}
