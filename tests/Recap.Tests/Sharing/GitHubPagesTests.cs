using AngleSharp.Html.Parser;
using Recap.Tests.Support;

namespace Recap.Tests.Sharing;

public sealed class GitHubPagesTests
{
    [Test]
    public void OutputHasNoJekyllAndNoCnameWithoutADomain()
    {
        using var site = TestSite.Build(Sites.OneTalk);

        site.AssertClean();
        Assert.That(site.ReadFile(".nojekyll"), Is.Empty);
        Assert.That(site.Exists("CNAME"), Is.False);
    }

    [Test]
    public void DomainIsWrittenToCname()
    {
        using var site = TestSite.Build(Sites.OneTalk.Replace("title: Recaps", "title: Recaps\ndomain: recaps.example.org", StringComparison.Ordinal));

        site.AssertClean();
        Assert.That(site.ReadFile("CNAME"), Is.EqualTo("recaps.example.org\n"));
    }

    [Test]
    public void DomainWithASchemeIsALocatedError()
    {
        using var site = TestSite.Build(Sites.OneTalk.Replace("title: Recaps", "title: Recaps\ndomain: https://recaps.example.org/", StringComparison.Ordinal));

        Assert.That(site.ExitCode, Is.EqualTo(1));
        Assert.That(site.Stderr, Does.StartWith("content/site.yml(2,1): error RC0403: domain 'https://recaps.example.org/' must be a host name such as recaps.example.org, with no scheme or path\n"));
    }

    [Test]
    public void NotFoundPageLinksWorkFromAnyDepth()
    {
        using var site = TestSite.Build(Sites.OneTalk, "--base-url", "https://example.github.io/recaps/");

        var document = new HtmlParser().ParseDocument(site.ReadFile("404.html"));
        var links = document.QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!).ToList();
        Assert.That(links, Is.Not.Empty);
        Assert.That(links.Where(l => !l.StartsWith('#')), Has.All.StartWith("/recaps/").Or.StartWith("https://example.github.io/recaps/"));
    }
}
