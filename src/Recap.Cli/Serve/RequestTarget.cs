using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Recap.Cli.Serve;

/// <summary>
/// The path of a request, decoded exactly once from the target the client sent. Kestrel's
/// <c>Request.Path</c> is decoded already, so decoding it again turned <c>/%2500</c> into a NUL;
/// reading the raw target means every later step sees the same, single decoding.
/// </summary>
internal sealed class RequestTarget
{
    /// <summary>Throws on bytes that are not UTF-8, overlong forms and encoded surrogates included.</summary>
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private RequestTarget(IReadOnlyList<string> segments, bool endsWithSlash, bool leavesRoot, string query)
    {
        Segments = segments;
        EndsWithSlash = endsWithSlash;
        LeavesRoot = leavesRoot;
        Query = query;
    }

    /// <summary>
    /// The decoded segments, with <c>.</c> and <c>..</c> resolved and <c>%2F</c> splitting like
    /// <c>/</c>. An empty segment stands for a doubled slash; no file is named by one.
    /// </summary>
    public IReadOnlyList<string> Segments { get; }

    /// <summary>The path names a folder: it ends with a slash, or with a dot segment (<c>/a/..</c> is <c>/</c>).</summary>
    public bool EndsWithSlash { get; }

    /// <summary>A <c>..</c> climbed above <c>/</c>: the path names nothing the server has.</summary>
    public bool LeavesRoot { get; }

    /// <summary>The query as sent, with its <c>?</c>, or empty; never decoded, since only redirects pass it on.</summary>
    public string Query { get; }

    /// <summary>The decoded path, <c>/__recap/events</c>, to compare with the server's own paths.</summary>
    public string Path => Segments.Count == 0 ? "/" : "/" + string.Join('/', Segments) + (EndsWithSlash ? "/" : string.Empty);

    /// <summary>
    /// Reads an origin-form (<c>/a/b?q</c>) or absolute-form (<c>http://host/a/b?q</c>) target.
    /// </summary>
    /// <returns>
    /// False for a target to answer with 400: a malformed percent escape, bytes that are not
    /// UTF-8, a control character, or a character no request target holds (space, <c>#</c>, non-ASCII).
    /// </returns>
    public static bool TryParse(string rawTarget, [NotNullWhen(true)] out RequestTarget? target)
    {
        ArgumentNullException.ThrowIfNull(rawTarget);
        target = null;
        var pathAndQuery = PathAndQueryOf(rawTarget);
        if (pathAndQuery is null || pathAndQuery.Any(c => c is < '!' or > '~' or '#'))
        {
            return false;
        }

        var queryStart = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        var rawPath = queryStart < 0 ? pathAndQuery : pathAndQuery[..queryStart];
        var query = queryStart < 0 ? string.Empty : pathAndQuery[queryStart..];
        if (Decode(rawPath) is not { } path || path.Any(char.IsControl))
        {
            return false;
        }

        target = Resolve(path, query);
        return true;
    }

    /// <summary>The path and query of the target; null for a target that is neither origin- nor absolute-form.</summary>
    private static string? PathAndQueryOf(string rawTarget)
    {
        if (rawTarget.StartsWith('/'))
        {
            return rawTarget;
        }

        // Absolute form, which HTTP/1.1 servers must accept (RFC 9112 3.2.2): the host it names is
        // ignored, as the Host header is; only the path and query are served.
        var scheme = rawTarget.IndexOf("://", StringComparison.Ordinal);
        if (scheme <= 0)
        {
            return null;
        }

        var authorityEnd = rawTarget.IndexOfAny(['/', '?'], scheme + 3);
        return authorityEnd < 0 ? "/" : rawTarget[authorityEnd] == '?' ? "/" + rawTarget[authorityEnd..] : rawTarget[authorityEnd..];
    }

    /// <returns>The percent-decoded path, or null when an escape is malformed or the bytes are not UTF-8.</returns>
    private static string? Decode(string rawPath)
    {
        var bytes = new List<byte>(rawPath.Length);
        for (var i = 0; i < rawPath.Length; i++)
        {
            if (rawPath[i] != '%')
            {
                bytes.Add((byte)rawPath[i]);
                continue;
            }

            if (i + 2 >= rawPath.Length || !char.IsAsciiHexDigit(rawPath[i + 1]) || !char.IsAsciiHexDigit(rawPath[i + 2]))
            {
                return null;
            }

            bytes.Add((byte)((HexValue(rawPath[i + 1]) << 4) | HexValue(rawPath[i + 2])));
            i += 2;
        }

        try
        {
            return StrictUtf8.GetString([.. bytes]);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static int HexValue(char digit) => digit <= '9' ? digit - '0' : (digit | 0x20) - 'a' + 10;

    /// <summary>
    /// Splits on <c>/</c> after decoding, so an encoded slash separates as a plain one does, and
    /// resolves dot segments (RFC 3986 5.2.4) after decoding, so <c>%2e%2e</c> climbs as <c>..</c>
    /// does; both then meet the same check against the output folder. A backslash is an ordinary
    /// character here: it never separates.
    /// </summary>
    private static RequestTarget Resolve(string path, string query)
    {
        var parts = path[1..].Split('/');
        var segments = new List<string>(parts.Length);
        var endsWithSlash = false;
        for (var i = 0; i < parts.Length; i++)
        {
            var last = i == parts.Length - 1;
            switch (parts[i])
            {
                case ".":
                    endsWithSlash = last;
                    break;
                case "..":
                    if (segments.Count == 0)
                    {
                        return new RequestTarget([], endsWithSlash: false, leavesRoot: true, query);
                    }

                    segments.RemoveAt(segments.Count - 1);
                    endsWithSlash = last;
                    break;
                case "" when last:
                    endsWithSlash = true;
                    break;
                default:
                    segments.Add(parts[i]);
                    break;
            }
        }

        return new RequestTarget(segments, endsWithSlash, leavesRoot: false, query);
    }
}
