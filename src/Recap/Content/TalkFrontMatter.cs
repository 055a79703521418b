using Recap.Diagnostics;
using Recap.Text;

namespace Recap.Content;

/// <summary>Front matter of <c>conferences/&lt;conference&gt;/talks/&lt;talk&gt;.md</c>.</summary>
public sealed class TalkFrontMatter : BoundRecord
{
    [RequiredKey]
    public string Title { get; init; } = string.Empty;

    public string? Subtitle { get; init; }

    [OtherNames("authors", "author", "speaker", "presenters", "presenter")]
    public IReadOnlyList<Located<string>> Speakers { get; init; } = [];

    [OtherNames("tags", "categories", "keywords")]
    public IReadOnlyList<Located<string>> Topics { get; init; } = [];

    public TalkFormat? Format { get; init; }

    [OtherNames("publishdate", "publish_date", "pubdate")]
    public PartialDate? Date { get; init; }

    [OtherNames("weight")]
    public int? Order { get; init; }

    public TimeOnly? Time { get; init; }

    /// <summary>Length in minutes.</summary>
    public int? Duration { get; init; }

    public string? Room { get; init; }

    public string? Track { get; init; }

    /// <summary>The language the talk was given in, as a code (<c>en</c>, <c>de</c>) or a name.</summary>
    public string? Language { get; init; }

    [OtherNames("description", "abstract", "excerpt")]
    public string? Summary { get; init; }

    [OtherNames("deck")]
    public SafeUrl? Slides { get; init; }

    [OtherNames("recording", "youtube")]
    public SafeUrl? Video { get; init; }

    /// <summary>A still of the recording, shown until it is played; YouTube's is known from its address.</summary>
    [OtherNames("video_thumb", "video_image", "poster")]
    [ImageUrl]
    public SafeUrl? VideoThumbnail { get; init; }

    /// <summary>When the recording was published, for search engines; left out when not given.</summary>
    [OtherNames("upload_date", "video_published")]
    public PartialDate? VideoDate { get; init; }

    /// <summary>More links of the talk (code, website, paper); a title without a URL is shown as text.</summary>
    public IReadOnlyList<TalkLink> Links { get; init; } = [];

    public TalkStatus? Status { get; init; }

    /// <summary>An image for the talk; also its link preview image, instead of the drawn social card.</summary>
    [OtherNames("thumbnail", "featured_image")]
    [ImageUrl]
    public SafeUrl? Image { get; init; }

    /// <summary>What <c>image:</c> shows, for readers who cannot see it; <c>""</c> when it is only decoration.</summary>
    [OtherNames("cover_alt", "image_alt")]
    public string? Alt { get; init; }

    /// <summary>When the recap was last revised, for feeds and the sitemap; defaults to the talk's date.</summary>
    [OtherNames("lastmod", "last_modified", "modified")]
    public PartialDate? Updated { get; init; }

    [OtherNames("permalink")]
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

    /// <summary>A negative length is a typo, not a talk.</summary>
    internal override void CheckValues(DiagnosticBag diagnostics, BindingCodes codes)
    {
        if (Duration is <= 0)
        {
            diagnostics.Error(codes.InvalidValue, LocationOf("duration"), $"'duration' is a number of minutes above 0, not {Duration}");
        }
    }
}
