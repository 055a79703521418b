using Recap.Content;
using Recap.Text;

namespace Recap.Model;

/// <summary>One talk of a conference.</summary>
public sealed class Talk
{
    internal Talk(SourceDocument<TalkFrontMatter> source) => Source = source;

    public required Conference Conference { get; init; }

    public string SourcePath => Source.Path;

    public string Title => Source.FrontMatter.Title;

    public required string Slug { get; init; }

    public required string SitePath { get; init; }

    public TalkFormat Format => Source.FrontMatter.Format ?? TalkFormat.Talk;

    /// <summary>The talk's own date, or the conference's start.</summary>
    public PartialDate? Date => OwnDate ?? Conference.Start;

    /// <summary>The date the talk gives itself, from <c>date:</c>.</summary>
    public PartialDate? OwnDate => Source.FrontMatter.Date;

    /// <summary>When the talk was: its own day, or else its conference's days.</summary>
    public (PartialDate Start, PartialDate? End)? Days => OwnDate is { } day ? (day, null) : Conference.Days;

    /// <summary>The time of day the talk starts, from <c>time:</c>.</summary>
    public TimeOnly? Time => Source.FrontMatter.Time;

    /// <summary>When the recap was last revised, from <c>updated:</c>; null when not given.</summary>
    public PartialDate? Updated => Source.FrontMatter.Updated;

    /// <summary>Its place in the programme the author chose, from <c>order:</c>.</summary>
    public int? Order => Source.FrontMatter.Order;

    /// <summary>The track of the programme, from <c>track:</c>.</summary>
    public string? Track => Source.FrontMatter.Track;

    public string? Subtitle => Source.FrontMatter.Subtitle;

    /// <summary>Length in minutes.</summary>
    public int? Duration => Source.FrontMatter.Duration;

    public string? Room => Source.FrontMatter.Room;

    public string? Language => Source.FrontMatter.Language;

    public IReadOnlyList<TalkLink> Links => Source.FrontMatter.Links;

    public bool IsCancelled => Source.FrontMatter.Status == TalkStatus.Cancelled;

    /// <summary>The slides, from <c>slides:</c>: a path resolved to its file's URL.</summary>
    public SafeUrl? Slides => NamedLinks[Source.FrontMatter.Slides];

    /// <summary>The recording, from <c>video:</c>: a path resolved to its file's URL.</summary>
    public SafeUrl? Video => NamedLinks[Source.FrontMatter.Video];

    /// <summary>The URL a page shows for a link of <see cref="Links"/>.</summary>
    public string? UrlOf(TalkLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return NamedLinks[link.Url]?.Value;
    }

    /// <summary>The paths among the links its front matter names, resolved (<see cref="LinkResolver.ResolveNamed"/>).</summary>
    internal NamedLinks NamedLinks { get; set; } = NamedLinks.None;

    /// <summary>What plays the recording, told from <c>video:</c>; null without one.</summary>
    public Recording? Recording => Video is { } video ? Recording.Of(video.Value) : null;

    /// <summary>A still of the recording: <c>video_thumbnail:</c>, else the one the video's address gives (YouTube).</summary>
    public string? VideoThumbnailUrl => VideoThumbnail?.Url ?? Recording?.ThumbnailUrl;

    /// <summary>The still named by <c>video_thumbnail:</c>.</summary>
    public ImageFile? VideoThumbnail { get; internal set; }

    /// <summary>When the recording was published, from <c>video_date:</c>.</summary>
    public PartialDate? VideoDate => Source.FrontMatter.VideoDate;

    /// <summary>Only built with <c>--drafts</c>: marked <c>draft: true</c>, or a talk of a draft conference.</summary>
    public bool IsDraft => Source.FrontMatter.Draft || Conference.IsDraft;

    /// <summary>Whether the author has written it up: its body is not empty, nor still the text an import wrote.</summary>
    public bool HasNotes => Source.HasNotes;

    /// <summary>Position in the programme, from 1.</summary>
    public int Number { get; internal set; }

    /// <summary>The summary for lists: <c>summary:</c>, else the first paragraph, trimmed (an imported abstract can run to paragraphs).</summary>
    public string? Summary { get; internal set; }

    /// <summary>The summary in full: <c>summary:</c>, else the whole first paragraph.</summary>
    public string? FullSummary => Source.FrontMatter.Summary ?? Source.FirstParagraph;

    /// <summary>What <c>summary:</c> says (an import writes the abstract there), which the talk's page shows above the notes; null without one.</summary>
    public string? Abstract => Source.FrontMatter.Summary;

    /// <summary>What describes the talk to search and structured data: <see cref="Abstract"/> in full, else the list summary.</summary>
    public string? Description => Abstract ?? Summary;

    /// <summary>The talk's own image, from <c>image:</c>.</summary>
    public ImageFile? Image { get; internal set; }

    public int ReadingMinutes { get; internal set; }

    public IReadOnlyList<Speaker> Speakers { get; internal set; } = [];

    public IReadOnlyList<Topic> Topics { get; internal set; } = [];

    public Talk? Previous { get; internal set; }

    public Talk? Next { get; internal set; }

    /// <summary>Talks that share speakers or topics with this one, the closest first (<see cref="RelatedTalks"/>).</summary>
    public IReadOnlyList<Talk> Related { get; internal set; } = [];

    /// <summary>Values of the extra keys the theme declared in its theme.yml.</summary>
    public IReadOnlyDictionary<string, object?> Extra => Source.FrontMatter.Extra;

    /// <summary>The file as last read: <c>recap serve</c> swaps in a new one when only its body changed.</summary>
    internal SourceDocument<TalkFrontMatter> Source { get; set; }
}
