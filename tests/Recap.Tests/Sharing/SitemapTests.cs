using System.Xml.Linq;
using Recap.Tests.Support;

namespace Recap.Tests.Sharing;

public sealed class SitemapTests
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Test]
    public void SitemapListsEveryPublicPageByAbsoluteUrlWithLastmod()
    {
        using var site = TestSite.Build(TrickySite.Files, "--drafts", "--future");

        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
        var urls = XDocument.Parse(site.ReadFile("sitemap.xml")).Root!.Elements(Sitemaps + "url")
            .ToDictionary(u => u.Element(Sitemaps + "loc")!.Value, u => u.Element(Sitemaps + "lastmod")?.Value);
        const string Base = "https://example.github.io/recaps/";
        Assert.That(urls, Is.EquivalentTo(new Dictionary<string, string?>
        {
            [Base] = "2024-06-10",
            [Base + "conferences/"] = "2024-06-10",
            [Base + "speakers/"] = "2024-06-10",
            [Base + "topics/"] = "2024-06-10",
            [Base + "conf-2024/"] = "2024-06-10",
            [Base + "conf-2024/tricky/"] = "2024-05-03",
            [Base + "conf-2024/first/"] = "2024-06-10",
            [Base + "speakers/ada-lovelace/"] = "2024-06-10",
            [Base + "speakers/zoe/"] = "2024-05-03",
            [Base + "topics/engines-co/"] = "2024-06-10",
            [Base + "topics/zoe-s-topic/"] = "2024-05-03",
        }), "no draft, no future talk");
    }

    [Test]
    public void RobotsTxtPointsToTheSitemap()
    {
        using var site = TestSite.Build(TrickySite.Files);

        Assert.That(site.ReadFile("robots.txt"), Is.EqualTo("""
            User-agent: *
            Allow: /

            Sitemap: https://example.github.io/recaps/sitemap.xml

            """));
    }
}
