namespace Recap;

/// <summary>What a build is asked to do: the command-line options, with defaults.</summary>
public sealed record SiteOptions
{
    /// <summary>The site root: the folder holding <c>content/</c>.</summary>
    public string Source { get; init; } = ".";

    /// <summary>Where the site is written; <c>_site</c> under the source by default.</summary>
    public string? Output { get; init; }

    /// <summary>Overrides <c>base_url</c> of site.yml (for a GitHub Pages project path, a preview host, ...).</summary>
    public string? BaseUrl { get; init; }

    public bool Drafts { get; init; }

    public bool Future { get; init; }

    /// <summary>The day that decides which talks are in the future.</summary>
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>Where drawn social cards are kept between builds; <c>.recap-cache/&lt;output name&gt;/cards</c> beside the output by default.</summary>
    public string? CardCache { get; init; }

    /// <summary>
    /// Leaves out the social cards not in the cache yet, listed in <see cref="BuildResult.PendingCards"/>
    /// to be drawn after (<c>recap serve</c>: pages first, their cards when they are ready).
    /// </summary>
    public bool DeferCards { get; init; }

    /// <summary>
    /// Built by <see cref="Incremental.LiveSite"/>: a rebuild of displayed talk fields takes on the last
    /// build's model and views, and with them the markup of pure partials, less what read the edited talks.
    /// </summary>
    internal bool Live { get; init; }

    /// <summary>The most URLs one sitemap file lists (the protocol's limit); a site with more gets a sitemap index and parts.</summary>
    internal int SitemapUrls { get; init; } = Sharing.Sitemap.MaxUrls;

    /// <summary>Told where the build is, for a progress line on a terminal; null when nobody shows it.</summary>
    public BuildProgress? Progress { get; init; }

    public string SourceDirectory => Path.GetFullPath(Source);

    public string OutputDirectory => Path.GetFullPath(Output ?? Path.Combine(SourceDirectory, "_site"));

    /// <summary><see cref="CardCache"/>, or its default beside the output; the other caches sit beside it.</summary>
    internal string CardCacheDirectory => CardCache ?? Sharing.SocialCards.CacheFolder(OutputDirectory);
}
