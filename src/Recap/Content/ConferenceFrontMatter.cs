using Recap.Diagnostics;
using Recap.Text;

namespace Recap.Content;

/// <summary>Front matter of <c>conferences/&lt;conference&gt;/index.md</c>.</summary>
[NotAKey("talks", "each talk is a Markdown file in the talks/ folder beside this one; recap new talk CONFERENCE TITLE adds one")]
[NotAKey("speakers", "a conference's speakers are those its talks name")]
public sealed class ConferenceFrontMatter : BoundRecord
{
    [OtherNames("title")]
    [RequiredKey]
    public string Name { get; init; } = string.Empty;

    public string? Series { get; init; }

    [OtherNames("date", "start_date", "begin")]
    public PartialDate? Start { get; init; }

    [OtherNames("end_date")]
    public PartialDate? End { get; init; }

    [OtherNames("city")]
    public string? Location { get; init; }

    public string? Venue { get; init; }

    /// <summary>The conference's IANA time zone (<c>Europe/Berlin</c>): talk times are wall-clock times there.</summary>
    public string? TimeZone { get; init; }

    [OtherNames("url", "homepage")]
    public SafeUrl? Website { get; init; }

    [OtherNames("description")]
    public string? Summary { get; init; }

    [ImageUrl]
    public SafeUrl? Cover { get; init; }

    /// <summary>What <c>cover:</c> shows, for readers who cannot see it; <c>""</c> when it is only decoration.</summary>
    [OtherNames("alt", "image_alt")]
    public string? CoverAlt { get; init; }

    [OtherNames("tags", "categories")]
    public IReadOnlyList<Located<string>> Topics { get; init; } = [];

    /// <summary>The link preview image, instead of the drawn social card.</summary>
    [ImageUrl]
    public SafeUrl? Image { get; init; }

    public string? Slug { get; init; }

    /// <summary>Old URLs of the page (<c>/old-title/</c>), each written as a page that sends readers on to it.</summary>
    [OtherNames("aliases", "redirects")]
    public IReadOnlyList<Located<string>> RedirectFrom { get; init; } = [];

    /// <summary>A table of contents of the body's sections: true shows it, false never; left out, a body with <c>options.toc_sections</c> sections or more has one.</summary>
    [OtherNames("table_of_contents", "showtoc", "show_toc")]
    public bool? Toc { get; init; }

    public bool Draft { get; init; }

    /// <summary>Written by <c>recap import</c>.</summary>
    public ImportRecord? Import { get; init; }

    /// <summary>
    /// An end before the start would be shown as "21–19 May 2025". Partial dates are compared by
    /// the days they may mean: <c>end: 2025-05</c> fits <c>start: 2025-05-21</c>.
    /// </summary>
    internal override void CheckValues(DiagnosticBag diagnostics, BindingCodes codes)
    {
        if (Start is { } start && End is { } end && end.Latest < start.Earliest)
        {
            diagnostics.Error(codes.InvalidValue, LocationOf("end"), $"'end' ({end}) is before 'start' ({start})");
        }

        if (TimeZone is { } zone && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
        {
            diagnostics.Error(codes.InvalidValue, LocationOf("time_zone"), $"unknown time zone '{zone}' (write an IANA name like Europe/Berlin)");
        }
    }
}
