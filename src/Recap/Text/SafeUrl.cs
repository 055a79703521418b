using System.Globalization;
using System.Text.RegularExpressions;
using Markdig.Helpers;

namespace Recap.Text;

/// <summary>What a URL is used for, which decides the schemes it may have.</summary>
public enum UrlUse
{
    /// <summary>A link: http, https, mailto, or a relative or root-relative reference.</summary>
    Link,

    /// <summary>An image named in front matter (cover, image, avatar), also a preview image: http, https, or a path.</summary>
    Image,

    /// <summary>An image in Markdown: as <see cref="Image"/>, or a <c>data:</c> URL of a PNG, JPEG, GIF or WebP image.</summary>
    InlineImage,
}

/// <summary>
/// A URL from content or configuration that a page may hold: it can only be made by
/// <see cref="TryCreate"/>, which refuses every scheme but http, https and mailto (and raster
/// <c>data:</c> images where an image is shown), so no <c>javascript:</c> link reaches a page. The
/// scheme is read the way browsers read it: after entities are decoded, tabs and line breaks
/// removed and leading spaces and control characters trimmed, and ignoring case.
/// </summary>
public sealed partial class SafeUrl
{
    private static readonly System.Buffers.SearchValues<char> NotInUrls = System.Buffers.SearchValues.Create(" \"<>`{}");
    private static readonly char[] ControlsAndSpace = [.. Enumerable.Range(0, 0x21).Select(c => (char)c)];
    private static readonly string[] InlineImageTypes = ["data:image/png", "data:image/jpeg", "data:image/jpg", "data:image/gif", "data:image/webp"];

    /// <summary>What a file named beside a talk may end with, so <c>deck.pdf</c> is not taken for a host name.</summary>
    private static readonly HashSet<string> FileExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        "pdf", "key", "ppt", "pptx", "odp", "pps", "ppsx", "mp4", "m4v", "webm", "mov", "mkv", "mp3", "ogg",
        "html", "htm", "md", "markdown", "txt", "zip", "png", "jpg", "jpeg", "gif", "webp", "svg", "ipynb",
    };

    private SafeUrl(string value) => Value = value;

    /// <summary>The URL as the author wrote it; a web address trimmed and with what no URL may hold percent-encoded (<see cref="WebAddress"/>).</summary>
    public string Value { get; }

    /// <returns>True with the URL when <paramref name="text"/> is safe for <paramref name="use"/>; else false and why, for a message.</returns>
    public static bool TryCreate(string text, UrlUse use, out SafeUrl? url, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        url = null;
        problem = Problem(text, use);
        if (problem is not null)
        {
            return false;
        }

        url = new SafeUrl(SchemeOf(text) is "http" or "https" ? WebAddress(text) : text);
        return true;
    }

    /// <summary>
    /// A web address as a page can hold it: trimmed, and with the characters no URL may hold
    /// (space, <c>"</c>, <c>&lt;</c>, <c>&gt;</c>, <c>`</c>, <c>{</c>, <c>}</c>, and a <c>#</c> inside
    /// the fragment, as in matrix.to's <c>#/#room:server</c>) percent-encoded, as a browser encodes
    /// them when it follows the link; the same string when there are none.
    /// </summary>
    internal static string WebAddress(string text)
    {
        var trimmed = text.Trim();
        var fragment = trimmed.IndexOf('#', StringComparison.Ordinal);
        var hashInFragment = fragment >= 0 && trimmed.IndexOf('#', fragment + 1) > 0;
        if (trimmed.AsSpan().IndexOfAny(NotInUrls) < 0 && !hashInFragment)
        {
            return trimmed;
        }

        var encoded = new System.Text.StringBuilder(trimmed.Length + 8);
        for (var i = 0; i < trimmed.Length; i++)
        {
            var c = trimmed[i];
            _ = c is ' ' or '"' or '<' or '>' or '`' or '{' or '}' || (c == '#' && i > fragment)
                ? encoded.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture))
                : encoded.Append(c);
        }

        return encoded.ToString();
    }

    /// <returns>Null when <paramref name="text"/> is safe for <paramref name="use"/>; else the message saying so of the <paramref name="noun"/> ("link", "image").</returns>
    public static string? Refusal(string noun, string text, UrlUse use)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Problem(text, use) is { } problem ? $"{noun} {Display(text)} must be {Expected(use)} ({problem})" : null;
    }

    /// <summary>What a URL must be, for messages: "an http, https or mailto URL, or a relative path".</summary>
    public static string Expected(UrlUse use) => use switch
    {
        UrlUse.Link => "an http, https or mailto URL, or a relative path",
        UrlUse.Image => "an http or https URL, or a path",
        _ => "an http or https URL, a path, or a data:image URL of a PNG, JPEG, GIF or WebP image",
    };

    /// <summary>The scheme a browser would see in <paramref name="text"/>, lowercased, or null for a relative reference.</summary>
    public static string? SchemeOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return SchemeIn(Normalize(Decode(text)));
    }

    /// <summary>A value quoted for a message: control characters shown as escapes, and long values cut.</summary>
    public static string Display(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var shown = string.Concat(text.Take(80).Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));
        return "'" + shown + (text.Length > 80 ? "…" : string.Empty) + "'";
    }

    public override string ToString() => Value;

    /// <summary>
    /// What to tell an author whose <paramref name="written"/> link reads as a web address without
    /// its scheme (its <paramref name="path"/>, without query and fragment, when given); null when it does not.
    /// </summary>
    internal static string? SchemeHint(string written, string? path = null) =>
        LooksLikeWebAddress(path ?? written) ? $"a web address starts with https://, as in https://{written}" : null;

    /// <summary>
    /// Whether a path reads as a web address that lost its scheme: <c>speakerdeck.com/ada/kafka</c>,
    /// <c>www.ada.dev</c> or <c>ada.dev</c>, not <c>deck.pdf</c> or <c>../slides/deck.pdf</c>.
    /// </summary>
    internal static bool LooksLikeWebAddress(string path)
    {
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        var host = slash < 0 ? path : path[..slash];
        var labels = host.Split('.');
        if (labels.Length < 2 || labels.Any(l => l.Length == 0 || !l.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')))
        {
            return false;
        }

        return slash > 0 || host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || !FileExtensions.Contains(labels[^1]);
    }

    private static string? Problem(string text, UrlUse use)
    {
        var decoded = Decode(text);
        if (decoded.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r')))
        {
            return "it holds a control character";
        }

        var normalized = Normalize(decoded);
        var scheme = SchemeIn(normalized);
        if (scheme is null or "http" or "https" || (scheme == "mailto" && use == UrlUse.Link))
        {
            return null;
        }

        if (scheme == "data" && use == UrlUse.InlineImage && IsRasterImage(normalized))
        {
            return null;
        }

        return $"{scheme}: is not allowed";
    }

    /// <summary>The scheme of a normalized URL, lowercased, or null when it has none.</summary>
    private static string? SchemeIn(string normalized)
    {
        if (normalized.Length == 0 || !char.IsAsciiLetter(normalized[0]))
        {
            return null;
        }

        for (var i = 1; i < normalized.Length; i++)
        {
            var c = normalized[i];
            if (c == ':')
            {
                return normalized[..i].ToLowerInvariant();
            }

            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.'))
            {
                return null;
            }
        }

        return null;
    }

    private static bool IsRasterImage(string dataUrl)
    {
        var type = dataUrl.Split([';', ','], 2)[0].Trim().ToLowerInvariant();
        return InlineImageTypes.Contains(type);
    }

    /// <summary>As a browser reads an attribute once its entities are decoded: tabs and line breaks dropped, C0 controls and spaces trimmed.</summary>
    private static string Normalize(string decoded) =>
        decoded.Replace("\t", string.Empty, StringComparison.Ordinal)
            .Replace("\n", string.Empty, StringComparison.Ordinal)
            .Replace("\r", string.Empty, StringComparison.Ordinal)
            .Trim(ControlsAndSpace);

    /// <summary>
    /// Character references decoded as leniently as browsers do: numeric ones even without their
    /// semicolon or with leading zeros, named ones from HTML's whole list.
    /// </summary>
    private static string Decode(string text)
    {
        if (!text.Contains('&', StringComparison.Ordinal))
        {
            return text;
        }

        var numeric = NumericReference().Replace(text, m =>
        {
            var hex = m.Groups["hex"].Success;
            var digits = hex ? m.Groups["hex"].Value : m.Groups["dec"].Value;
            return int.TryParse(digits.TrimStart('0') is { Length: > 0 } d ? d : "0", hex ? NumberStyles.HexNumber : NumberStyles.None, CultureInfo.InvariantCulture, out var code) && code is >= 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF)
                ? char.ConvertFromUtf32(code)
                : "\uFFFD";
        });
        return HtmlHelper.Unescape(numeric);
    }

    [GeneratedRegex("&#(?:[xX](?<hex>[0-9a-fA-F]{1,8})|(?<dec>[0-9]{1,10}));?")]
    private static partial Regex NumericReference();
}
