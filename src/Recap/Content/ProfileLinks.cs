namespace Recap.Content;

/// <summary>Accounts and a website, by handle or URL: a speaker's <c>links:</c> and the site's <c>social:</c>.</summary>
public sealed class ProfileLinks : BoundRecord
{
    public string? Website { get; init; }

    public string? Twitter { get; init; }

    public string? Mastodon { get; init; }

    public string? Bluesky { get; init; }

    [Key("github")]
    public string? GitHub { get; init; }

    [Key("linkedin")]
    public string? LinkedIn { get; init; }
}
