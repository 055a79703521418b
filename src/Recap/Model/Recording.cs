using System.Globalization;
using System.Text.RegularExpressions;

namespace Recap.Model;

/// <summary>Where a talk's recording is played.</summary>
public enum RecordingKind
{
    /// <summary>A page Recap does not know how to embed: shown as a link.</summary>
    Link,

    YouTube,

    Vimeo,

    PeerTube,

    /// <summary>A video file (<c>.mp4</c>, <c>.webm</c>) played by the browser itself.</summary>
    File,
}

/// <summary>
/// A talk's <c>video:</c> URL, recognised from its address alone (no request is made at build
/// time): the player to embed, and for YouTube the thumbnail its address pattern gives.
/// </summary>
public sealed partial record Recording
{
    private Recording(RecordingKind kind, string url, string host)
    {
        Kind = kind;
        Url = url;
        Host = host;
    }

    public RecordingKind Kind { get; }

    /// <summary>The address as the author gave it: the page to watch it on.</summary>
    public string Url { get; }

    /// <summary>Who shows it, for people: "YouTube", "Vimeo", the PeerTube instance's host name, ...</summary>
    public string Host { get; }

    /// <summary>The player's address, without autoplay; null for a file or a link.</summary>
    public string? EmbedUrl { get; private init; }

    /// <summary>A still of the video its address pattern gives (YouTube only); null otherwise.</summary>
    public string? ThumbnailUrl { get; private init; }

    /// <summary>The MIME type of a video file: <c>video/mp4</c> or <c>video/webm</c>.</summary>
    public string? FileType { get; private init; }

    /// <summary>The recording <paramref name="url"/> names.</summary>
    public static Recording Of(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
        {
            // A file of the site itself (video: talk.mp4 beside the talk, resolved to its URL): played as it is, by no host.
            return VideoType(url.Split('?', '#')[0]) is { } type
                ? new Recording(RecordingKind.File, url, string.Empty) { FileType = type }
                : new Recording(RecordingKind.Link, url, string.Empty);
        }

        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            return new Recording(RecordingKind.Link, url, HostName(url));
        }

        var site = SiteName(uri);
        return YouTube(uri, site) ?? Vimeo(uri, site) ?? PeerTube(uri) ?? File(uri) ?? new Recording(RecordingKind.Link, url, site);
    }

    /// <summary>The host without <c>www.</c> or <c>m.</c>, lower case: <c>youtube.com</c>.</summary>
    internal static string SiteName(Uri uri)
    {
        var host = uri.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..]
            : host.StartsWith("m.", StringComparison.Ordinal) ? host[2..]
            : host;
    }

    private static Recording? YouTube(Uri uri, string host)
    {
        var segments = Segments(uri);
        var id = host switch
        {
            "youtu.be" when segments.Length >= 1 => segments[0],
            "youtube.com" or "youtube-nocookie.com" or "music.youtube.com" => segments switch
            {
                ["watch"] => Query(uri, "v"),
                ["embed" or "live" or "shorts" or "v" or "e", var value, ..] => value,
                _ => null,
            },
            _ => null,
        };
        if (id is null || !YouTubeId().IsMatch(id))
        {
            return null;
        }

        // YouTube's own "share at" link puts the start in the query; older links put it after '#'.
        var start = StartSeconds(Query(uri, "t") ?? Query(uri, "start") ?? Parameter(uri.Fragment, "t"));
        return new Recording(RecordingKind.YouTube, uri.OriginalString, "YouTube")
        {
            EmbedUrl = $"https://www.youtube-nocookie.com/embed/{id}" + (start is { } seconds ? $"?start={seconds}" : string.Empty),
            ThumbnailUrl = $"https://i.ytimg.com/vi/{id}/hqdefault.jpg",
        };
    }

    /// <summary>
    /// Vimeo's addresses of one video: <c>/&lt;id&gt;</c>, an unlisted one's <c>/&lt;id&gt;/&lt;key&gt;</c>, and the
    /// video as a channel, group, showcase or album shows it. A showcase, album, channel or user
    /// itself is a page of many videos, and stays a link.
    /// </summary>
    private static Recording? Vimeo(Uri uri, string host)
    {
        var segments = Segments(uri);
        var (id, key) = host switch
        {
            "vimeo.com" => segments switch
            {
                [var value] => (value, null),
                [var value, var hash] when HexKey().IsMatch(hash) => (value, hash),
                ["channels", _, var value] => (value, null),
                ["groups", _, "videos", var value] => (value, null),
                ["showcase" or "album", _, "video", var value] => (value, null),
                _ => ((string?)null, (string?)null),
            },
            "player.vimeo.com" when segments is ["video", var value, ..] => (value, null),
            _ => (null, null),
        };
        if (string.IsNullOrEmpty(id) || !id.All(char.IsAsciiDigit))
        {
            return null;
        }

        key ??= Query(uri, "h");
        var embed = $"https://player.vimeo.com/video/{id}?dnt=1" + (key is not null && HexKey().IsMatch(key) ? $"&h={key}" : string.Empty);
        return new Recording(RecordingKind.Vimeo, uri.OriginalString, "Vimeo") { EmbedUrl = embed };
    }

    /// <summary>Any host can run PeerTube; its addresses say so: <c>/w/&lt;id&gt;</c> or <c>/videos/watch/&lt;uuid&gt;</c>.</summary>
    private static Recording? PeerTube(Uri uri)
    {
        var id = Segments(uri) switch
        {
            ["w", var value] when PeerTubeShortId().IsMatch(value) || Guid.TryParse(value, out _) => value,
            ["videos", "watch" or "embed", var value] when Guid.TryParse(value, out _) || PeerTubeShortId().IsMatch(value) => value,
            _ => null,
        };
        if (id is null || uri.Scheme != "https")
        {
            return null;
        }

        var host = uri.IsDefaultPort ? uri.Host : $"{uri.Host}:{uri.Port}";
        return new Recording(RecordingKind.PeerTube, uri.OriginalString, uri.Host)
        {
            EmbedUrl = $"https://{host}/videos/embed/{id}",
        };
    }

    private static Recording? File(Uri uri) =>
        VideoType(uri.AbsolutePath) is { } type && uri.Scheme == "https"
            ? new Recording(RecordingKind.File, uri.OriginalString, uri.Host) { FileType = type }
            : null;

    /// <summary>The MIME type of a video file a browser plays, by its path's extension; null for any other path.</summary>
    private static string? VideoType(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".mp4" or ".m4v" => "video/mp4",
        ".webm" => "video/webm",
        _ => null,
    };

    private static string[] Segments(Uri uri) =>
        uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);

    private static string? Query(Uri uri, string name) => Parameter(uri.Query, name);

    /// <summary>The value of <paramref name="name"/> in a query or fragment (<c>?a=1&amp;b=2</c>, <c>#t=90</c>); null when absent.</summary>
    private static string? Parameter(string part, string name)
    {
        foreach (var pair in part.TrimStart('?', '#').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && pair[..equals] == name)
            {
                return Uri.UnescapeDataString(pair[(equals + 1)..]);
            }
        }

        return null;
    }

    /// <summary>A start time as YouTube writes it: <c>90</c>, <c>90s</c> or <c>1h2m3s</c>; null when none or unreadable.</summary>
    private static int? StartSeconds(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var plain))
        {
            return plain > 0 ? plain : null;
        }

        var match = StartTime().Match(value);
        if (!match.Success)
        {
            return null;
        }

        int Part(string group) => match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;
        var seconds = (Part("h") * 3600) + (Part("m") * 60) + Part("s");
        return seconds > 0 ? seconds : null;
    }

    private static string HostName(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : string.Empty;

    [GeneratedRegex("^[A-Za-z0-9_-]{11}$")]
    private static partial Regex YouTubeId();

    [GeneratedRegex("^[0-9a-f]{6,}$")]
    private static partial Regex HexKey();

    /// <summary>PeerTube's short ids: 22 characters of base 58.</summary>
    [GeneratedRegex("^[1-9A-HJ-NP-Za-km-z]{22}$")]
    private static partial Regex PeerTubeShortId();

    [GeneratedRegex("^(?:(?<h>[0-9]{1,2})h)?(?:(?<m>[0-9]{1,3})m)?(?:(?<s>[0-9]{1,5})s)?$")]
    private static partial Regex StartTime();
}
