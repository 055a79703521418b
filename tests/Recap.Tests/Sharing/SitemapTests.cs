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

    [Test]
    public void RobotsTxtOfASiteWithoutBaseUrlNamesNoSitemapItCannotGiveTheAddressOf()
    {
        using var site = TestSite.Build("""
            -- content/site.yml --
            title: Recaps
            """);

        site.AssertClean();
        Assert.That(site.ReadFile("robots.txt"), Is.EqualTo("User-agent: *\nAllow: /\n"));
    }

    [Test]
    public void ASiteOwnRobotsTxtAndNoJekyllReplaceRecaps()
    {
        using var site = TestSite.Build(Sites.OneTalk + """

            -- content/static/robots.txt --
            User-agent: GPTBot
            Disallow: /
            -- content/static/.nojekyll --
            """);

        site.AssertClean();
        Assert.That(site.ReadFile("robots.txt"), Is.EqualTo("User-agent: GPTBot\nDisallow: /\n"));
        Assert.That(site.Exists(".nojekyll"), Is.True);
    }

    [Test]
    public void AStaticFileInTheWayOfOneRecapWritesIsAnErrorAtTheFile()
    {
        using var site = TestSite.Build(Sites.OneTalk + """

            -- content/static/sitemap.xml --
            <urlset/>
            -- content/static/index.html --
            <p>Mine</p>
            """);

        Assert.That(site.ExitCode, Is.EqualTo(1));
        Assert.That(site.ErrorLines(), Is.EqualTo(new[]
        {
            "content/static/index.html: error RC0107: URL '/index.html' is also the URL of the home page (rename or remove the file)",
            "content/static/sitemap.xml: error RC0107: URL '/sitemap.xml' is also the URL of a file Recap writes (rename or remove the file)",
        }));
    }

    [Test]
    public void SiteWithMorePagesThanASitemapListsHasAnIndexOfPartsThatListEveryPageOnce()
    {
        using var site = TestSite.Create(TrickySite.Files);
        var output = Path.Combine(site.Root, "_parts");
        var result = Site.Load(new SiteOptions { Source = site.Root, Output = output, SitemapUrls = 4 }, new Recap.Diagnostics.DiagnosticBag()).Build();
        Assert.That(result.Succeeded, Is.True);
        using var whole = TestSite.Build(TrickySite.Files);

        const string Base = "https://example.github.io/recaps/";
        var index = XDocument.Parse(File.ReadAllText(Path.Combine(output, "sitemap.xml"))).Root!;
        Assert.That(index.Name, Is.EqualTo(Sitemaps + "sitemapindex"));
        var parts = index.Elements(Sitemaps + "sitemap").Select(s => s.Element(Sitemaps + "loc")!.Value).ToList();
        Assert.That(parts, Is.EqualTo(new[] { Base + "sitemap-1.xml", Base + "sitemap-2.xml", Base + "sitemap-3.xml" }), "4 pages to a part");
        var listed = parts.Select(p => XDocument.Parse(File.ReadAllText(Path.Combine(output, p[Base.Length..]))).Root!.Elements(Sitemaps + "url").ToList()).ToList();
        Assert.That(listed.Select(l => l.Count), Has.All.InRange(1, 4));
        Assert.That(
            listed.SelectMany(l => l).Select(u => u.ToString()),
            Is.EqualTo(XDocument.Parse(whole.ReadFile("sitemap.xml")).Root!.Elements(Sitemaps + "url").Select(u => u.ToString())),
            "the parts list, in order, what one sitemap lists");
        Assert.That(File.ReadAllText(Path.Combine(output, "robots.txt")), Does.Contain("Sitemap: " + Base + "sitemap.xml"));
        Assert.That(whole.Exists("sitemap-1.xml"), Is.False, "a site within the limit has one sitemap");
    }
}
