namespace Recap.Model;

/// <summary>
/// The links of one document, resolved: the URL each author link becomes, and the content files
/// (pages and copied files) it points to, which its page depends on.
/// </summary>
internal sealed record DocumentLinks(IReadOnlyDictionary<string, string> Rewrites, IReadOnlyList<string> Targets)
{
    public static DocumentLinks None { get; } = new(new Dictionary<string, string>(), []);
}
