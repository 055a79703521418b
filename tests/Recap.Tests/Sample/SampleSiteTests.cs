using AngleSharp.Html.Parser;
using Recap.Tests.Support;

namespace Recap.Tests.Sample;

/// <summary>The dotScale 2018 recap in <c>content/</c>: complete, warning-free, and every link resolves.</summary>
public sealed class SampleSiteTests
{
    private static readonly string[] Talks =
    [
        "istio", "choosing-a-database", "monitoring-at-platform-sh", "nano-nodes", "faas-not-magic", "time-series-everywhere",
        "haproxy-introspection", "data-pipelines-call-of-duty", "just-right-consistency", "everything-at-scale-is-hard", "infrastructure-as-data",
    ];

    private static readonly string[] Speakers =
    [
        "david-gageot", "preeti-vaidya", "damien-tournoud", "enrico-signoretti", "dan", "mike-freedman",
        "willy-tarreau", "yaroslav-tkachenko", "marc-shapiro", "paul-dix", "jeremy-edberg",
    ];

    [Test]
    public void SampleBuildsWithZeroWarnings()
    {
        var site = SampleSite.Build();

        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
        Assert.That(site.Stderr, Is.Empty);
        Assert.That(site.Stdout, Does.StartWith("Built "));
    }

    [Test]
    public void SampleHasEveryPage()
    {
        var files = SampleSite.Build().Files();

        var expected = new[] { "index.html", "conferences/index.html", "dotscale-2018/index.html", "speakers/index.html", "topics/index.html", "about/index.html", "404.html" }
            .Concat(Talks.Select(t => $"dotscale-2018/{t}/index.html"))
            .Concat(Speakers.Select(s => $"speakers/{s}/index.html"))
            .Concat(["topics/kubernetes/index.html", "topics/observability/index.html", "topics/time-series/index.html", "topics/crdts/index.html", "topics/service-mesh/index.html"]);
        Assert.That(files, Is.SupersetOf(expected));
    }

    [Test]
    public void RecapListsElevenTalksInProgrammeOrderWithTheThreeLightningTalksInPlace()
    {
        var html = File.ReadAllText(Path.Combine(SampleSite.Build().Output, "dotscale-2018", "index.html"));
        var document = new HtmlParser().ParseDocument(html);

        var talks = document.QuerySelectorAll(".programme li");
        var lightning = talks.Where(li => li.QuerySelector(".badge-lightning") is not null);
        Assert.That(talks.Select(li => li.GetAttribute("value")), Is.EqualTo(Enumerable.Range(1, 11).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        Assert.That(lightning.Select(li => li.GetAttribute("value")), Is.EqualTo(new[] { "4", "5", "6" }));
    }

    [Test]
    public void DanFromDatadogHasAPage()
    {
        var html = File.ReadAllText(Path.Combine(SampleSite.Build().Output, "speakers", "dan", "index.html"));

        Assert.That(html, Does.Contain("<h1>Dan</h1>").And.Contain("Datadog").And.Contain("FaaS"));
    }

    [Test]
    public void EveryInternalLinkResolvesToAFile()
    {
        var site = SampleSite.Build();

        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
        Assert.That(BrokenLinks(site, "https://recap.example.com/"), Is.Empty);
    }

    [Test]
    public void UnderAProjectPathEveryUrlInPagesFeedsAndSitemapIsUnderItAndResolves()
    {
        var site = SampleSite.Build("https://example.github.io/recaps/");

        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
        Assert.That(BrokenLinks(site, "https://example.github.io/recaps/"), Is.Empty);
    }

    /// <summary>
    /// Every URL of the site, as "file: url" when it is not under <paramref name="baseUrl"/> or names
    /// no file: <c>href</c>, <c>src</c> and preview URLs (<c>og:</c>, canonical) of every page,
    /// every link of every feed and every URL of the sitemap. Other hosts are external and pass.
    /// </summary>
    private static List<string> BrokenLinks(SampleSite site, string baseUrl)
    {
        var basePath = new Uri(baseUrl).AbsolutePath;
        var origin = new Uri(baseUrl).GetLeftPart(UriPartial.Authority);
        var parser = new HtmlParser();
        var urls = new List<(string File, string Url)>();
        var files = site.Files();
        foreach (var page in files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            var document = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, page)));
            urls.AddRange(document.QuerySelectorAll("[href], [src]").Select(e => (page, e.GetAttribute("href") ?? e.GetAttribute("src")!)));
            urls.AddRange(document.QuerySelectorAll("meta[property^='og:'], meta[name^='twitter:']")
                .Select(e => e.GetAttribute("content")!)
                .Where(c => c.StartsWith("http", StringComparison.Ordinal) || c.StartsWith('/'))
                .Select(c => (page, c)));
        }

        var feeds = files.Where(f => f.EndsWith("feed.xml", StringComparison.Ordinal)).ToList();
        Assert.That(feeds, Has.Count.GreaterThan(10), "the site's, the conference's, and one per speaker and topic");
        foreach (var xml in feeds.Append("sitemap.xml"))
        {
            var document = System.Xml.Linq.XDocument.Load(Path.Combine(site.Output, xml));
            urls.AddRange(document.Descendants().Where(e => e.Name.LocalName is "loc" or "id" or "uri").Select(e => (xml, e.Value)));
            urls.AddRange(document.Descendants().SelectMany(e => e.Attributes()).Where(a => a.Name.LocalName is "href" or "scheme").Select(a => (xml, a.Value)));
        }

        var broken = new List<string>();
        foreach (var (file, url) in urls)
        {
            if (url.StartsWith('#') || url.StartsWith("mailto:", StringComparison.Ordinal)
                || (url.StartsWith("http", StringComparison.Ordinal) && !url.StartsWith(origin + "/", StringComparison.Ordinal)))
            {
                continue; // on the page itself, or on another site
            }

            var path = (url.StartsWith(origin, StringComparison.Ordinal) ? url[origin.Length..] : url).Split('#', '?')[0];
            if (!path.StartsWith(basePath, StringComparison.Ordinal))
            {
                broken.Add($"{file}: {url} (not under {baseUrl})");
                continue;
            }

            var target = path[basePath.Length..];
            target = target.Length == 0 || target.EndsWith('/') ? target + "index.html" : target;
            if (!File.Exists(Path.Combine(site.Output, Uri.UnescapeDataString(target))))
            {
                broken.Add($"{file}: {url}");
            }
        }

        Assert.That(urls, Has.Count.GreaterThan(1000));
        return broken;
    }
}
