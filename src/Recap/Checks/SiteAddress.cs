namespace Recap.Checks;

/// <summary>
/// Where a built site is published (<c>https://user.github.io/recaps/</c>, or only <c>/recaps/</c> when
/// the host is unknown), and how a URL in one of its pages maps to a file of the output folder.
/// </summary>
internal sealed class SiteAddress
{
    /// <summary>Stands in for the host when only the base path is known, so relative URLs still resolve.</summary>
    private static readonly Uri UnknownOrigin = new("http://site.invalid/");

    private readonly Uri _root;

    private SiteAddress(Uri root, bool hasHost)
    {
        _root = root;
        HasHost = hasHost;
    }

    /// <summary>The path every URL of the site starts with: <c>/</c> or <c>/recaps/</c>.</summary>
    public string BasePath => _root.AbsolutePath;

    /// <summary>False when the base URL was only a path: then every absolute http(s) URL counts as external.</summary>
    public bool HasHost { get; }

    /// <summary>The base URL as it is shown in messages.</summary>
    public string BaseUrl => HasHost ? _root.AbsoluteUri : BasePath;

    public static SiteAddress Root { get; } = new(UnknownOrigin, hasHost: false);

    /// <summary>
    /// An absolute http(s) URL or a root-relative path, cut back to its folder
    /// (<c>https://h/recaps/index.html</c> is <c>https://h/recaps/</c>); null when it is neither.
    /// </summary>
    public static SiteAddress? Parse(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        url = url.Trim();
        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return new SiteAddress(Folder(absolute), hasHost: true);
        }

        return url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && Uri.TryCreate(UnknownOrigin, url, out var path)
            ? new SiteAddress(Folder(path), hasHost: false)
            : null;
    }

    /// <summary>The URL a file of the output is served at: <c>a/index.html</c> is served as <c>/base/a/</c>.</summary>
    public Uri PageUrl(string outputPath)
    {
        var path = outputPath == "index.html" ? string.Empty
            : outputPath.EndsWith("/index.html", StringComparison.Ordinal) ? outputPath[..^"index.html".Length]
            : outputPath;
        var escaped = string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
        return new Uri(_root, escaped);
    }

    /// <summary>Where <paramref name="reference"/>, written in a page served at <paramref name="page"/>, points.</summary>
    /// <param name="page">The page's URL.</param>
    /// <param name="reference">The URL as written.</param>
    /// <param name="anyHost">When the site's host is unknown, take an absolute URL on any host as the site's own.</param>
    public LinkTarget Resolve(Uri page, string reference, bool anyHost = false)
    {
        if (!Uri.TryCreate(page, reference.Trim(), out var url))
        {
            return new LinkTarget(LinkTargetKind.Invalid);
        }

        if (url.Scheme is not ("http" or "https"))
        {
            return new LinkTarget(LinkTargetKind.NotChecked);
        }

        if (!(anyHost && !HasHost) && !IsSameHost(url))
        {
            return new LinkTarget(LinkTargetKind.External);
        }

        var fragment = url.Fragment.Length > 1 ? Uri.UnescapeDataString(url.Fragment[1..]) : null;
        var path = url.AbsolutePath;
        if (path + "/" == BasePath)
        {
            path = BasePath;
        }

        if (!path.StartsWith(BasePath, StringComparison.Ordinal))
        {
            return new LinkTarget(LinkTargetKind.OutsideBasePath);
        }

        // Decoding may bring back "..": a file is looked for only when the path stays inside the output.
        return OutputPath(Uri.UnescapeDataString(path[BasePath.Length..])) is { } file
            ? new LinkTarget(LinkTargetKind.Internal, file, fragment)
            : new LinkTarget(LinkTargetKind.OutsideOutput);
    }

    /// <summary><c>a/b/</c> is <c>a/b/index.html</c>; dot segments are applied; null when they climb out.</summary>
    private static string? OutputPath(string path)
    {
        var segments = new List<string>();
        var isFolder = path.Length == 0;
        foreach (var segment in path.Split('/'))
        {
            isFolder = segment is "" or "." or "..";
            if (segment == "..")
            {
                if (segments.Count == 0)
                {
                    return null;
                }

                segments.RemoveAt(segments.Count - 1);
            }
            else if (segment is not ("" or "."))
            {
                segments.Add(segment);
            }
        }

        var joined = string.Join('/', segments);
        return !isFolder ? joined : joined.Length == 0 ? "index.html" : joined + "/index.html";
    }

    /// <summary>Same host and port; http and https count as one site.</summary>
    private bool IsSameHost(Uri url)
    {
        if (!HasHost)
        {
            return url.Host == UnknownOrigin.Host;
        }

        return string.Equals(url.Host, _root.Host, StringComparison.OrdinalIgnoreCase)
            && (url.IsDefaultPort ? -1 : url.Port) == (_root.IsDefaultPort ? -1 : _root.Port);
    }

    private static Uri Folder(Uri url)
    {
        var path = url.AbsolutePath;
        return new Uri(url.GetLeftPart(UriPartial.Authority) + path[..(path.LastIndexOf('/') + 1)]);
    }
}
