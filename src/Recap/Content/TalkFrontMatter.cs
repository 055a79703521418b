using Recap.Text;

namespace Recap.Content;

/// <summary>Front matter of <c>conferences/&lt;conference&gt;/talks/&lt;talk&gt;.md</c>.</summary>
public sealed class TalkFrontMatter : BoundRecord
{
    [RequiredKey]
    public string Title { get; init; } = string.Empty;

    public IReadOnlyList<Located<string>> Speakers { get; init; } = [];

    public IReadOnlyList<Located<string>> Topics { get; init; } = [];

    public TalkFormat? Format { get; init; }

    public PartialDate? Date { get; init; }

    public int? Order { get; init; }

    public TimeOnly? Time { get; init; }

    public string? Track { get; init; }

    public string? Summary { get; init; }

    public SafeUrl? Slides { get; init; }

    public SafeUrl? Video { get; init; }

    /// <summary>An image for the talk; also its link preview image, instead of the drawn social card.</summary>
    [ImageUrl]
    public SafeUrl? Image { get; init; }

    /// <summary>When the recap was last revised, for feeds and the sitemap; defaults to the talk's date.</summary>
    public PartialDate? Updated { get; init; }

    public string? Slug { get; init; }

    public bool Draft { get; init; }
}
