namespace Recap.Themes.Views;

/// <summary>A conference as templates see it.</summary>
public sealed class ConferenceView
{
    private readonly Lazy<(HtmlString Intro, HtmlString Closing)> _body;

    internal ConferenceView(Func<(HtmlString Intro, HtmlString Closing)> render) => _body = new(render);

    public required string Name { get; init; }

    public required string Url { get; init; }

    public string? Series { get; init; }

    /// <summary>"2018", "1–2 June 2018"; empty when undated.</summary>
    public required string Dates { get; init; }

    /// <summary>ISO start date at its own precision, for <c>&lt;time datetime&gt;</c>.</summary>
    public string? StartIso { get; init; }

    public int? Year { get; init; }

    public string? Location { get; init; }

    public string? Venue { get; init; }

    public string? Website { get; init; }

    /// <summary>The conference's <c>programme.ics</c>, when its talks have times.</summary>
    public string? ProgrammeUrl { get; init; }

    public string? Summary { get; init; }

    public string? CoverUrl { get; init; }

    /// <summary>The cover with its size, srcset and alt text, for an <c>img</c>.</summary>
    public ImageView? Cover { get; init; }

    /// <summary>Only built with <c>--drafts</c>.</summary>
    public bool IsDraft { get; init; }

    /// <summary>Only built with <c>--future</c>: dated after the day of the build.</summary>
    public bool IsFuture { get; init; }

    public IReadOnlyDictionary<string, object?> Extra { get; init; } = new Dictionary<string, object?>();

    /// <summary>
    /// The sections of the recap prose before the talks, when it has enough of them or asks for
    /// them (<c>toc:</c>); else empty, as is <see cref="ClosingToc"/>.
    /// </summary>
    public IReadOnlyList<TocEntryView> Toc { get; init; } = [];

    /// <summary>The sections of the prose after the talks, when the recap has a table of contents.</summary>
    public IReadOnlyList<TocEntryView> ClosingToc { get; init; } = [];

    /// <summary>The recap prose before the talks.</summary>
    public HtmlString Intro => _body.Value.Intro;

    /// <summary>The prose after the <c>&lt;!-- talks --&gt;</c> line.</summary>
    public HtmlString Closing => _body.Value.Closing;

    /// <summary>Talks in programme order.</summary>
    public IReadOnlyList<TalkView> Talks { get; internal set; } = [];

    /// <summary>
    /// Talks grouped by format (keynotes, talks, lightning talks, ...), each in programme order and keeping
    /// its programme number. The default theme lists <see cref="Talks"/> instead; custom themes may group.
    /// </summary>
    public IReadOnlyList<TalkGroupView> Groups { get; internal set; } = [];

    public IReadOnlyList<TopicView> Topics { get; internal set; } = [];

    /// <summary>
    /// The tracks of its talks, each once, in the order of the first talk of each; empty when no
    /// talk has one. The default theme names a talk's track on its programme card when there are two or more.
    /// </summary>
    public IReadOnlyList<string> Tracks { get; internal set; } = [];

    public int TalkCount => Talks.Count;

    public int SpeakerCount { get; internal set; }

    /// <summary>Talks the author has written up (the others are empty, or still as an import wrote them); cancelled talks are not counted.</summary>
    public int WrittenUpCount { get; internal set; }

    /// <summary>"3 of 42 talks written up" with <c>options: { progress: true }</c> in site.yml; null without.</summary>
    public HtmlString? Progress { get; internal set; }
}
