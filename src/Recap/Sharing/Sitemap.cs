using System.Xml;
using Recap.Content;
using Recap.Model;

namespace Recap.Sharing;

/// <summary>
/// <c>sitemap.xml</c> with the absolute URL of every listed page of the manifest and, where the content says when
/// it changed, its <c>lastmod</c>; and the <c>robots.txt</c> that points to it. A site of more pages than one
/// sitemap may list (<see cref="MaxUrls"/>) has them in parts, <c>sitemap-1.xml</c>, ..., and <c>sitemap.xml</c>
/// is their index, as search engines read it.
/// </summary>
internal sealed class Sitemap(SiteModel model, Listing listing)
{
    /// <summary>The most URLs one sitemap file may list, by the protocol (sitemaps.org).</summary>
    public const int MaxUrls = 50_000;

    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>Whether the sitemap lists a page of the manifest (if its content is listed): all but the 404 and search pages, and the later pages of a speaker's or topic's talks, whose every talk it lists.</summary>
    public static bool Lists(PageOutput page) => page.Kind is not (PageKind.NotFound or PageKind.Search) && page.Number == 1;

    /// <summary>The sitemap index: the URL of each part.</summary>
    public byte[] WriteIndex(int parts) => Xml(xml =>
    {
        xml.WriteStartElement("sitemapindex", SitemapNamespace);
        for (var part = 1; part <= parts; part++)
        {
            xml.WriteStartElement("sitemap");
            xml.WriteElementString("loc", model.Urls.AbsoluteUrl(SiteFiles.SitemapPart(part)));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });

    /// <summary>The sitemap, or part <paramref name="part"/> of <paramref name="parts"/>: the listed pages among an equal share of the manifest's.</summary>
    public byte[] Write(int part = 0, int parts = 0)
    {
        var latest = LastChange(model.Talks.Where(listing.Lists));
        var entries = new List<(string Path, PartialDate? Modified)>();
        var pages = model.Outputs.Pages.Where(Lists).ToList();
        var share = parts == 0 ? pages.Count : (pages.Count + parts - 1) / parts;
        foreach (var page in parts == 0 ? pages : pages.Skip((part - 1) * share).Take(share))
        {
            switch (page.Item)
            {
                case null:
                    entries.Add((SitePathOf(page), latest));
                    break;
                case Conference c when listing.Lists(c):
                    entries.Add((c.SitePath, LastChange(c.Talks.Where(listing.Lists)) ?? c.End ?? c.Start));
                    break;
                case Talk t when listing.Lists(t):
                    entries.Add((t.SitePath, Listing.Updated(t)));
                    break;
                case Speaker s when s.Source is not null || s.Talks.Any(listing.Lists):
                    entries.Add((s.SitePath, LastChange(s.Talks.Where(listing.Lists))));
                    break;
                case Topic t when t.Source is not null || t.Talks.Any(listing.Lists):
                    entries.Add((t.SitePath, LastChange(t.Talks.Where(listing.Lists))));
                    break;
                case Page p when !p.IsDraft:
                    entries.Add((p.SitePath, null));
                    break;
            }
        }

        return Xml(xml =>
        {
            xml.WriteStartElement("urlset", SitemapNamespace);
            foreach (var (path, modified) in entries)
            {
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", model.Urls.AbsoluteUrl(path));
                if (modified is { } date)
                {
                    xml.WriteElementString("lastmod", date.ToString());
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        });
    }

    /// <summary>Lets every crawler in, and names the sitemap when base_url gives it an address: robots.txt names a sitemap by absolute URL only.</summary>
    public string Robots() => "User-agent: *\nAllow: /\n"
        + (model.Urls.AbsoluteUrl(SiteFiles.Sitemap) is var sitemap && Uri.IsWellFormedUriString(sitemap, UriKind.Absolute) ? $"\nSitemap: {sitemap}\n" : string.Empty);

    private static byte[] Xml(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, Listing.XmlSettings))
        {
            xml.WriteStartDocument();
            write(xml);
        }

        return stream.ToArray();
    }

    private static PartialDate? LastChange(IEnumerable<Talk> talks) => talks.Select(Listing.Updated).Max();

    /// <summary>The site path of an index page: its file without <c>index.html</c>.</summary>
    private static string SitePathOf(PageOutput page) => page.Path[..^"index.html".Length];
}
