namespace Recap.Model;

/// <summary>
/// An old URL of a page, as <c>redirect_from:</c> writes it, made a site path: <c>/old-title/</c>
/// and <c>/old-title</c> are the folder <c>old-title/</c> (written as its <c>index.html</c>),
/// <c>/talks/old.html</c> is that file, and a path without a leading <c>/</c> is beside the page
/// (<c>old-title</c> on <c>/devconf-2025/kafka/</c> is <c>/devconf-2025/old-title/</c>), as Hugo
/// reads its <c>aliases</c>. Escapes are undone (<c>/caf%C3%A9/</c> is the folder <c>café/</c>).
/// </summary>
internal static class RedirectPath
{
    /// <summary>The longest folder or file name a redirect may have: file systems allow 255 bytes.</summary>
    private const int MaxName = 200;

    /// <summary>Characters Windows refuses in a file name, besides control characters.</summary>
    private static readonly System.Buffers.SearchValues<char> Refused = System.Buffers.SearchValues.Create("\\:*\"<>|");

    /// <returns>The site path (<c>old-title/</c>, <c>talks/old.html</c>), or null with <paramref name="problem"/> saying why it cannot be one.</returns>
    /// <param name="pageSitePath">The site path of the page it sends readers to, which a relative path is beside.</param>
    public static string? Parse(string written, string pageSitePath, out string? problem)
    {
        var path = written.Trim();
        problem = path switch
        {
            "" => "is empty: write an old path of the page, like /old-title/",
            _ when path.StartsWith("//", StringComparison.Ordinal) || HasScheme(path) =>
                $"'{written}' is not a path of this site: a redirect can only be made from a path of the site, like /old-title/",
            _ when path.IndexOfAny(['?', '#']) >= 0 =>
                $"'{written}' has a {(path.Contains('?', StringComparison.Ordinal) ? "query (?)" : "fragment (#)")}, which a static site cannot tell apart: write the path alone",
            _ => null,
        };
        if (problem is not null)
        {
            return null;
        }

        var absolute = path.StartsWith('/') ? path : Parent(pageSitePath) + path;
        var names = Uri.UnescapeDataString(absolute).Split('/');
        var folder = absolute.EndsWith('/') || !IsPage(names[^1]);
        var parts = names.Where(n => n.Length > 0).ToList();
        problem = parts.FirstOrDefault(n => n is "." or "..") is { } dots ? $"'{written}' has a '{dots}' folder: write the whole path from the site's root, like /old-title/"
            : parts.FirstOrDefault(n => n.Any(char.IsControl) || n.AsSpan().IndexOfAny(Refused) >= 0) is { } odd ? $"'{written}' has a name no file can have ('{odd}'): leave out \\ : * \" < > | and control characters"
            : parts.FirstOrDefault(n => n.Length > MaxName) is { } longName ? $"'{written}' has a name of {longName.Length} characters: a file's name may have at most {MaxName}"
            : null;
        if (problem is not null)
        {
            return null;
        }

        var sitePath = string.Join('/', parts);
        return folder && sitePath.Length > 0 ? sitePath + "/" : sitePath;
    }

    /// <summary>Whether a last name is a page's file (<c>old.html</c>) rather than a folder (<c>old</c>, <c>dotnet-8.0</c>).</summary>
    private static bool IsPage(string name) =>
        name.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    /// <summary>The folder a page is in, from the site's root with a leading <c>/</c>: <c>/devconf-2025/</c> for <c>devconf-2025/kafka/</c>.</summary>
    private static string Parent(string sitePath)
    {
        var trimmed = sitePath.TrimEnd('/');
        var slash = trimmed.LastIndexOf('/');
        return slash < 0 ? "/" : "/" + trimmed[..(slash + 1)];
    }

    /// <summary><c>https:</c>, <c>javascript:</c>, <c>mailto:</c>: a scheme, as RFC 3986 spells it, before a colon.</summary>
    private static bool HasScheme(string path)
    {
        var colon = path.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && char.IsAsciiLetter(path[0]) && path[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.');
    }
}
