namespace Recap.Model;

/// <summary>
/// Site paths of the files a build writes beside the pages: Atom feeds and social cards (one per
/// conference, speaker and topic page, and one for the whole site), the sitemap, and the files
/// GitHub Pages reads, each conference's programme calendar, and the search page's index.
/// </summary>
public static class SiteFiles
{
    public const string Feed = "feed.xml";
    public const string Card = "card.png";
    public const string Sitemap = "sitemap.xml";

    /// <summary>Part <paramref name="number"/> (from 1) of a sitemap too long for one file; <see cref="Sitemap"/> is then their index.</summary>
    public static string SitemapPart(int number) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"sitemap-{number}.xml");
    public const string Robots = "robots.txt";

    /// <summary>Tells GitHub Pages to serve the files as they are, without running Jekyll.</summary>
    public const string NoJekyll = ".nojekyll";

    /// <summary>The custom domain for GitHub Pages, from <c>domain:</c>.</summary>
    public const string Cname = "CNAME";

    /// <summary>The feed of a page's talks: <c>speakers/dan/feed.xml</c>.</summary>
    public static string FeedOf(string pagePath) => pagePath + Feed;

    /// <summary>A conference's talks with their times, for calendars: <c>dotscale-2018/programme.ics</c>.</summary>
    public const string Programme = "programme.ics";

    /// <summary>The programme calendar of a conference page.</summary>
    public static string ProgrammeOf(string pagePath) => pagePath + Programme;

    /// <summary>The search page.</summary>
    public const string SearchPage = "search/";

    /// <summary>Where the search index's files are, under the search page.</summary>
    public const string SearchIndexFolder = "search/index/";

    /// <summary>A file of the search index's words: <c>search/index/w12.json</c>.</summary>
    public static string SearchShard(int number) => $"{SearchIndexFolder}w{number}.json";

    /// <summary>A file of the search index's documents: <c>search/index/d3.json</c>.</summary>
    public static string SearchChunk(int number) => $"{SearchIndexFolder}d{number}.json";

    /// <summary>The social card of a page: <c>dotscale-2018/kafka/card.png</c>.</summary>
    public static string CardOf(string pagePath) => pagePath + Card;
}
