namespace Recap.Themes.Views;

/// <summary>A topic as templates see it.</summary>
public sealed class TopicView
{
    private readonly Lazy<HtmlString> _content;

    internal TopicView(Func<HtmlString> render) => _content = new(render);

    public required string Name { get; init; }

    public required string Url { get; init; }

    public string? Description { get; init; }

    public HtmlString Content => _content.Value;

    /// <summary>Every talk, newest first.</summary>
    public IReadOnlyList<TalkView> Talks { get; internal set; } = [];

    public IReadOnlyList<ConferenceView> Conferences { get; internal set; } = [];

    public int TalkCount => Talks.Count;
}
