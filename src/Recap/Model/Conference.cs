using Recap.Content;
using Recap.Text;

namespace Recap.Model;

/// <summary>A conference and its recap, with its talks in programme order.</summary>
public sealed class Conference
{
    internal Conference(SourceDocument<ConferenceFrontMatter> source) => Source = source;

    /// <summary>The folder name under <c>content/conferences/</c>.</summary>
    public required string Folder { get; init; }

    public string SourcePath => Source.Path;

    public string Name => Source.FrontMatter.Name;

    /// <summary>The series the edition belongs to, from <c>series:</c>.</summary>
    public string? Series => Source.FrontMatter.Series;

    /// <summary>The first day, from <c>start:</c>; may be only a year or a month.</summary>
    public PartialDate? Start => Source.FrontMatter.Start;

    /// <summary>The last day, from <c>end:</c>; null for a one-day conference or when not given.</summary>
    public PartialDate? End => Source.FrontMatter.End;

    /// <summary>Its first and last days, when it has a start.</summary>
    public (PartialDate Start, PartialDate? End)? Days => Start is { } start ? (start, End) : null;

    /// <summary>The city or place, from <c>location:</c>.</summary>
    public string? Location => Source.FrontMatter.Location;

    /// <summary>The building, from <c>venue:</c>.</summary>
    public string? Venue => Source.FrontMatter.Venue;

    /// <summary>The conference's own website, from <c>website:</c>: a path resolved to its page's or file's URL.</summary>
    public SafeUrl? Website => NamedLinks[Source.FrontMatter.Website];

    /// <summary>The path <c>website:</c> may be, resolved (<see cref="LinkResolver.ResolveNamed"/>).</summary>
    internal NamedLinks NamedLinks { get; set; } = NamedLinks.None;

    /// <summary>The IANA zone talk times are in, when the conference names one.</summary>
    public string? TimeZone => Source.FrontMatter.TimeZone;

    /// <summary>Some talk has a day and a time: the conference gets a <c>programme.ics</c>.</summary>
    public bool HasProgramme => Talks.Any(t => t.Time is not null && t.Date is { Day: not null });

    /// <summary>Whether its talks were given on more than one day, so its programme is shown by day.</summary>
    public bool IsOverDays => Talks.Select(t => t.Date).Where(d => d is { Day: not null }).Distinct().Skip(1).Any();

    public required string Slug { get; init; }

    public required string SitePath { get; init; }

    public string? Summary { get; internal set; }

    /// <summary>The image shown at the top of the recap and on its card, from <c>cover:</c>, sized, with <c>cover_alt:</c>.</summary>
    public ImageFile? Cover { get; internal set; }

    public string? CoverUrl => Cover?.Url;

    /// <summary>The preview image the recap sets for itself, from <c>image:</c>.</summary>
    public ImageFile? Image { get; internal set; }

    public bool IsDraft => Source.FrontMatter.Draft;

    public IReadOnlyList<Talk> Talks { get; internal set; } = [];

    public IReadOnlyList<Topic> Topics { get; internal set; } = [];

    /// <summary>Values of the extra keys the theme declared in its theme.yml.</summary>
    public IReadOnlyDictionary<string, object?> Extra => Source.FrontMatter.Extra;

    internal SourceDocument<ConferenceFrontMatter> Source { get; }
}
