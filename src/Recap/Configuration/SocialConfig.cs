using Recap.Content;

namespace Recap.Configuration;

/// <summary>The site's own accounts, linked from the footer.</summary>
public sealed class SocialConfig : BoundRecord
{
    public string? Twitter { get; init; }

    public string? Mastodon { get; init; }

    public string? Bluesky { get; init; }

    [Key("github")]
    public string? GitHub { get; init; }

    [Key("linkedin")]
    public string? LinkedIn { get; init; }
}
