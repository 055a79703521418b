namespace Recap.Themes.Views;

/// <summary>
/// A talk's recording as its page plays it: <see cref="Kind"/> <c>youtube</c>, <c>vimeo</c> or
/// <c>peertube</c> shows a still and a play button that loads <see cref="PlayerUrl"/> only when
/// pressed; <c>file</c> is a video element that loads nothing before it is played.
/// </summary>
public sealed record RecordingView
{
    public required string Kind { get; init; }

    /// <summary>The page to watch it on, or the file.</summary>
    public required string Url { get; init; }

    /// <summary>"YouTube", "Vimeo", the PeerTube instance's host name, or the file's host.</summary>
    public required string Host { get; init; }

    /// <summary>The player to load on play, starting at once; null for a file.</summary>
    public string? PlayerUrl { get; init; }

    public string? ThumbnailUrl { get; init; }

    /// <summary><c>video/mp4</c> or <c>video/webm</c> for a file.</summary>
    public string? FileType { get; init; }
}
