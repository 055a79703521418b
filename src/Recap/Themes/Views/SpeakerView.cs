namespace Recap.Themes.Views;

/// <summary>A speaker as templates see it.</summary>
public sealed class SpeakerView
{
    private readonly Lazy<HtmlString> _bio;

    internal SpeakerView(Func<HtmlString> render) => _bio = new(render);

    public required string Name { get; init; }

    /// <summary>What the speakers index sorts by: <c>sort_name:</c>, else the family name first where one can be told ("Lovelace, Ada").</summary>
    public string SortName { get; init; } = string.Empty;

    public required string Url { get; init; }

    public string? Company { get; init; }

    public string? Role { get; init; }

    /// <summary>Role and company in one phrase: "co-founder and CTO, InfluxData".</summary>
    public string? Affiliation { get; init; }

    public string? AvatarUrl { get; init; }

    /// <summary>The avatar with its size and srcset, for an <c>img</c>.</summary>
    public ImageView? Avatar { get; init; }

    public required IReadOnlyList<LinkView> Links { get; init; }

    public IReadOnlyDictionary<string, object?> Extra { get; init; } = new Dictionary<string, object?>();

    public HtmlString Bio => _bio.Value;

    /// <summary>Every talk, newest first.</summary>
    public IReadOnlyList<TalkView> Talks { get; internal set; } = [];

    public int TalkCount => Talks.Count;
}
