using Recap.Text;

namespace Recap.Content;

/// <summary>Accounts and a website, by handle or URL: a speaker's <c>links:</c> and the site's <c>social:</c>.</summary>
public sealed class ProfileLinks : BoundRecord
{
    public SafeUrl? Website { get; init; }

    [HandleOrUrl]
    public string? Twitter { get; init; }

    [HandleOrUrl]
    public string? Mastodon { get; init; }

    [HandleOrUrl]
    public string? Bluesky { get; init; }

    [Key("github")]
    [HandleOrUrl]
    public string? GitHub { get; init; }

    [Key("linkedin")]
    [HandleOrUrl]
    public string? LinkedIn { get; init; }
}
