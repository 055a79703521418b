using Recap.Text;

namespace Recap.Model;

/// <summary>
/// The links a document's front matter names (<c>slides</c>, <c>video</c>, <c>website</c>, a
/// talk's <c>links</c>) as its pages show them: paths resolved to the URLs of the files and pages
/// they name (<see cref="LinkResolver.ResolveNamed"/>), web addresses as written.
/// </summary>
internal sealed class NamedLinks(IReadOnlyDictionary<string, SafeUrl> resolved)
{
    /// <summary>A document whose front matter names only web addresses, or nothing.</summary>
    public static NamedLinks None { get; } = new(new Dictionary<string, SafeUrl>());

    /// <summary>What the page shows for <paramref name="written"/>.</summary>
    public SafeUrl? this[SafeUrl? written] => written is null ? null : resolved.GetValueOrDefault(written.Value, written);
}
