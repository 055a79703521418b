namespace Recap.Model;

/// <summary>
/// The one place URLs are made. Pages know their site path (<c>dotscale-2018/istio/</c>, no leading
/// slash); this adds the base path of <c>base_url</c>, so a site published under
/// <c>https://user.github.io/recaps/</c> links to <c>/recaps/dotscale-2018/istio/</c>.
/// </summary>
public sealed class UrlBuilder
{
    public UrlBuilder(string? baseUrl)
    {
        if (baseUrl is not null && Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri))
        {
            var path = uri.AbsolutePath.EndsWith('/') ? uri.AbsolutePath : uri.AbsolutePath + "/";
            BasePath = path;
            Origin = uri.GetLeftPart(UriPartial.Authority);
        }
        else
        {
            BasePath = "/";
            Origin = string.Empty;
        }
    }

    /// <summary>The path every URL starts with: <c>/</c> or <c>/recaps/</c>.</summary>
    public string BasePath { get; }

    /// <summary><c>https://user.github.io</c>, or empty when the site has no base_url.</summary>
    public string Origin { get; }

    /// <summary>
    /// What a file name may hold that a URL path may not: a space, which validators refuse and
    /// <c>srcset</c> reads as the URL's end, and <c>#</c> and <c>?</c>, which would start a
    /// fragment or a query (<c>C# notes.pdf</c>). A <c>%</c> is kept: authors write escapes.
    /// </summary>
    private static readonly System.Buffers.SearchValues<char> Unsafe = System.Buffers.SearchValues.Create(" #?\"<>");

    /// <summary>Root-relative URL of a site path: <c>/recaps/dotscale-2018/</c>.</summary>
    public string Url(string sitePath) => Join(string.Empty, sitePath);

    /// <summary>Absolute URL of a site path, when base_url gives a host; root-relative otherwise.</summary>
    public string AbsoluteUrl(string sitePath) => Join(Origin, sitePath);

    /// <summary><paramref name="origin"/>, the base path and the site path, made one string at once.</summary>
    private string Join(string origin, string sitePath)
    {
        ArgumentNullException.ThrowIfNull(sitePath);
        var path = sitePath.TrimStart('/');
        return string.Concat(origin, BasePath, path.AsSpan().IndexOfAny(Unsafe) < 0 ? path : Escape(path));
    }

    /// <summary>A URL made absolute: root-relative ones get the origin of base_url; absolute ones stay.</summary>
    public string Absolute(string url) => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? Origin + url : url;

    private static string Escape(string path) =>
        string.Concat(path.Select(c => Unsafe.Contains(c) ? Uri.EscapeDataString(c.ToString()) : c.ToString()));

    /// <summary>The file a site path is written to: <c>dotscale-2018/index.html</c> for <c>dotscale-2018/</c>.</summary>
    public static string OutputFile(string sitePath) =>
        sitePath.Length == 0 || sitePath.EndsWith('/') ? sitePath + "index.html" : sitePath;
}
