using System.Xml;
using Recap.Content;
using Recap.Model;

namespace Recap.Sharing;

/// <summary>
/// <c>sitemap.xml</c> with the absolute URL of every listed page of the manifest and, where the content says when
/// it changed, its <c>lastmod</c>; and the <c>robots.txt</c> that points to it.
/// </summary>
internal sealed class Sitemap(SiteModel model, Listing listing)
{
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public byte[] Write()
    {
        var latest = LastChange(model.Talks.Where(listing.Lists));
        var entries = new List<(string Path, PartialDate? Modified)>();
        foreach (var page in model.Outputs.Pages)
        {
            switch (page.Item)
            {
                case null when page.Kind is not (PageKind.NotFound or PageKind.Search):
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

        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, Listing.XmlSettings))
        {
            xml.WriteStartDocument();
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
        }

        return stream.ToArray();
    }

    /// <summary>Lets every crawler in and names the sitemap.</summary>
    public string Robots() => $"""
        User-agent: *
        Allow: /

        Sitemap: {model.Urls.AbsoluteUrl(SiteFiles.Sitemap)}

        """;

    private static PartialDate? LastChange(IEnumerable<Talk> talks) => talks.Select(Listing.Updated).Max();

    /// <summary>The site path of an index page: its file without <c>index.html</c>.</summary>
    private static string SitePathOf(PageOutput page) => page.Path[..^"index.html".Length];
}
