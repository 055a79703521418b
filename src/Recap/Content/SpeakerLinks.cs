namespace Recap.Content;

/// <summary>The <c>links:</c> mapping of a speaker.</summary>
public sealed class SpeakerLinks : BoundRecord
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
