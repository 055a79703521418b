using System.Xml;
using Recap.Content;
using Recap.Model;

namespace Recap.Sharing;

/// <summary>
/// <c>sitemap.xml</c> with the absolute URL of every listed page and, where the content says when
/// it changed, its <c>lastmod</c>; and the <c>robots.txt</c> that points to it.
/// </summary>
internal sealed class Sitemap(SiteModel model, Listing listing)
{
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public byte[] Write()
    {
        var talks = model.Talks.Where(listing.Lists).ToList();
        var latest = LastChange(talks);
        var entries = new List<(string Path, PartialDate? Modified)>
        {
            (string.Empty, latest),
            (model.ConferencesPath, latest),
            (model.SpeakersPath, latest),
            (model.TopicsPath, latest),
        };
        entries.AddRange(model.Conferences.Where(listing.Lists).Select(c => (c.SitePath, LastChange(c.Talks.Where(listing.Lists)) ?? c.FrontMatter.End ?? c.FrontMatter.Start)));
        entries.AddRange(talks.Select(t => (t.SitePath, Listing.Updated(t))));
        entries.AddRange(model.Speakers.Where(s => s.Source is not null || s.Talks.Any(listing.Lists)).Select(s => (s.SitePath, LastChange(s.Talks.Where(listing.Lists)))));
        entries.AddRange(model.Topics.Where(t => t.Source is not null || t.Talks.Any(listing.Lists)).Select(t => (t.SitePath, LastChange(t.Talks.Where(listing.Lists)))));
        entries.AddRange(model.Pages.Where(p => !p.IsDraft).Select(p => (p.SitePath, (PartialDate?)null)));

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
}
