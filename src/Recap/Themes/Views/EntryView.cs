namespace Recap.Themes.Views;

/// <summary>A plain page (About) as templates see it: <c>entry</c>.</summary>
public sealed class EntryView
{
    private readonly Lazy<HtmlString> _content;

    internal EntryView(Func<HtmlString> render) => _content = new(render);

    public required string Title { get; init; }

    public required string Url { get; init; }

    public string? Summary { get; init; }

    public bool IsDraft { get; init; }

    public IReadOnlyDictionary<string, object?> Extra { get; init; } = new Dictionary<string, object?>();

    public HtmlString Content => _content.Value;

    /// <summary>The page's sections, when it has enough of them or asks for them (<c>toc:</c>); else empty.</summary>
    public IReadOnlyList<TocEntryView> Toc { get; init; } = [];
}
