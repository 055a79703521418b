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
    public void RecapHasElevenTalksWithThreeLightningTalks()
    {
        var html = File.ReadAllText(Path.Combine(SampleSite.Build().Output, "dotscale-2018", "index.html"));
        var document = new HtmlParser().ParseDocument(html);

        var talks = document.QuerySelectorAll(".programme li");
        var lightning = document.QuerySelectorAll("#group-lightning ~ ol li, [aria-labelledby='group-lightning'] li");
        Assert.That(talks, Has.Length.EqualTo(11));
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

        Assert.That(BrokenLinks(site, "/"), Is.Empty);
    }

    [Test]
    public void UnderAProjectPathEveryInternalLinkStartsWithItAndResolves()
    {
        var site = SampleSite.Build("https://example.github.io/recaps/");

        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
        Assert.That(BrokenLinks(site, "/recaps/"), Is.Empty);
    }

    /// <summary>Every <c>href</c> and <c>src</c> that is not external, as "page: link" when it does not start with the base path or names no file.</summary>
    private static List<string> BrokenLinks(SampleSite site, string basePath)
    {
        var parser = new HtmlParser();
        var broken = new List<string>();
        var pages = site.Files().Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.That(pages, Is.Not.Empty);
        foreach (var page in pages)
        {
            var document = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, page)));
            var links = document.QuerySelectorAll("[href], [src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
                .Where(url => !url.StartsWith("http:", StringComparison.Ordinal) && !url.StartsWith("https:", StringComparison.Ordinal)
                    && !url.StartsWith("mailto:", StringComparison.Ordinal) && !url.StartsWith('#'));
            foreach (var link in links)
            {
                var path = link.Split('#', '?')[0];
                if (!path.StartsWith(basePath, StringComparison.Ordinal))
                {
                    broken.Add($"{page}: {link} (not under {basePath})");
                    continue;
                }

                var file = path[basePath.Length..];
                file = file.Length == 0 || file.EndsWith('/') ? file + "index.html" : file;
                if (!File.Exists(Path.Combine(site.Output, Uri.UnescapeDataString(file))))
                {
                    broken.Add($"{page}: {link}");
                }
            }
        }

        return broken;
    }
}
