namespace Recap.Browser.Tests.Accessibility;

/// <summary>One page of the sample site, named by its kind: <c>talk</c> at <c>/dotscale-2018/istio/</c>.</summary>
/// <param name="Kind">The name the test cases carry.</param>
/// <param name="Path">The path under the site's root, without the leading slash.</param>
/// <param name="Status">The HTTP status the server answers with.</param>
/// <param name="Title">How the page's title starts, where the path alone does not say which page it is.</param>
public sealed record SamplePage(string Kind, string Path, int Status = 200, string? Title = null)
{
    /// <summary>One page of every kind the default theme renders, and the page of a miss.</summary>
    public static IReadOnlyList<SamplePage> EveryKind { get; } =
    [
        new("home", ""),
        new("conferences", "conferences/"),
        new("conference", "dotscale-2018/"),
        new("talk", "dotscale-2018/istio/"),
        new("speakers", "speakers/"),
        new("speaker", "speakers/dan/"),
        new("topics", "topics/"),
        new("topic", "topics/kubernetes/"),
        new("page", "about/"),
        new("404", "does-not-exist/", 404, "Page not found"),
    ];

    /// <inheritdoc/>
    public override string ToString() => Kind;
}
