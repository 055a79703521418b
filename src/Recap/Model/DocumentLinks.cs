namespace Recap.Model;

/// <summary>
/// The links of one document, resolved: the URL each author link becomes, and the content files
/// (pages and copied files) it points to, which its page depends on. <see cref="Images"/> holds,
/// for each image of the site the body shows, the attributes its <c>img</c> gains (size, srcset).
/// </summary>
internal sealed record DocumentLinks(IReadOnlyDictionary<string, string> Rewrites, IReadOnlyList<string> Targets)
{
    public static DocumentLinks None { get; } = new(new Dictionary<string, string>(), []);

    /// <summary>Attributes to add to an image's <c>img</c>, HTML-escaped, by the URL its author wrote.</summary>
    public IReadOnlyDictionary<string, string> Images { get; init; } = new Dictionary<string, string>();
}
