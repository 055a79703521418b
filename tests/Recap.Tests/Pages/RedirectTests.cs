using System.Text.RegularExpressions;
using Recap.Tests.Support;

namespace Recap.Tests.Pages;

/// <summary>
/// <c>redirect_from:</c> keeps a page's old URLs working after it moved (a new title, a renamed
/// folder, an archive brought over from another generator): each is a small page that sends
/// readers and search engines on to the page where it is now.
/// </summary>
public sealed partial class RedirectTests
{
    private const string Site = Sites.Config + """

        -- content/conferences/devconf-2025/index.md --
        ---
        name: DevConf 2025
        start: 2025-06-12
        redirect_from: [/devconf/2025/]
        ---
        -- content/conferences/devconf-2025/talks/kafka.md --
        ---
        title: Kafka & the "log"
        speakers: [Ada Lovelace]
        redirect_from:
          - /devconf-2025/kafka-in-practice/
          - streams
          - /2019/05/kafka.html
          - /caf%C3%A9/kafka
        ---
        The first paragraph.
        -- content/speakers/ada.md --
        ---
        name: Ada Lovelace
        redirect_from: [/people/ada/]
        ---
        -- content/topics/kubernetes.md --
        ---
        name: Kubernetes
        redirect_from: [/tags/k8s/]
        ---
        -- content/pages/about.md --
        ---
        title: About
        redirect_from: [/about-me.html]
        ---
        Who writes this.
        """;

    [Test]
    public void OldUrlOfATalkIsAPageThatSendsReadersOnToIt()
    {
        using var site = TestSite.Build(Site);

        site.AssertClean();
        Assert.That(site.ReadFile("devconf-2025/kafka-in-practice/index.html"), Is.EqualTo("""
            <!DOCTYPE html>
            <html lang="en" dir="ltr">
            <head>
            <meta charset="utf-8">
            <title>Kafka &amp; the &quot;log&quot;</title>
            <meta name="robots" content="noindex">
            <link rel="canonical" href="https://recaps.example.org/devconf-2025/kafka/">
            <meta http-equiv="refresh" content="0; url=/devconf-2025/kafka/">
            </head>
            <body>
            <p><a href="/devconf-2025/kafka/">Kafka &amp; the &quot;log&quot;</a></p>
            </body>
            </html>

            """));
    }

    /// <summary>
    /// As Hugo reads its aliases: a path without a leading slash is beside the page, one ending in
    /// .html is that file, any other is a folder, and escapes are undone into the file's name.
    /// </summary>
    [Test]
    public void OldUrlsAreFoldersBesideThePageOrHtmlFiles()
    {
        using var site = TestSite.Build(Site);

        Assert.That(RedirectsIn(site), Is.EqualTo(new[]
        {
            "2019/05/kafka.html -> /devconf-2025/kafka/",
            "about-me.html -> /about/",
            "café/kafka/index.html -> /devconf-2025/kafka/",
            "devconf-2025/kafka-in-practice/index.html -> /devconf-2025/kafka/",
            "devconf-2025/streams/index.html -> /devconf-2025/kafka/",
            "devconf/2025/index.html -> /devconf-2025/",
            "people/ada/index.html -> /speakers/ada/",
            "tags/k8s/index.html -> /topics/kubernetes/",
        }));
        Assert.That(site.Stdout, Does.StartWith("Built 11 pages (1 conference, 1 talk, 1 speaker, 1 topic), 8 redirects and 4 feeds,"));
    }

    [Test]
    public void OldUrlsAreUnderTheBasePathOfASiteInAFolder()
    {
        using var site = TestSite.Build(Site, "--base-url", "https://example.github.io/recaps/");

        site.AssertFile("devconf-2025/kafka-in-practice/index.html", """
            <link rel="canonical" href="https://example.github.io/recaps/devconf-2025/kafka/">
            <meta http-equiv="refresh" content="0; url=/recaps/devconf-2025/kafka/">
            """);
    }

    [Test]
    public void OldUrlsAreLeftOutOfTheSitemapFeedsAndSearch()
    {
        using var site = TestSite.Build(Site);

        var everything = string.Concat(site.OutputFiles().Where(f => !f.EndsWith(".png", StringComparison.Ordinal) && !site.ReadFile(f).Contains("http-equiv=\"refresh\"", StringComparison.Ordinal)).Select(site.ReadFile));
        Assert.That(new[] { "kafka-in-practice", "streams", "2019/05", "about-me", "people/ada", "tags/k8s", "devconf/2025" }.Where(everything.Contains), Is.Empty);
    }

    [Test]
    public void PagesThatLinkToAnOldUrlBuildAndTheCheckPassesThroughTheRedirects()
    {
        using var site = TestSite.Build(Site + """

            -- content/conferences/devconf-2025/talks/later.md --
            ---
            title: Later
            ---
            As [the older recap](/devconf-2025/kafka-in-practice/) said.
            """);

        site.AssertClean();
        site.Check();
        Assert.That(site.ErrorLines().Concat(site.WarningLines()), Is.Empty, site.Stderr);
    }

    [Test]
    public void CheckFollowsARedirectsTargetAndLeavesItOutOfPreviewsAndCanonicals()
    {
        using var site = TestSite.Build(Sites.ConferenceC + """

            -- content/static/moved.html --
            <!DOCTYPE html><html lang="en"><head><title>Moved</title><meta http-equiv="refresh" content="0; URL='/gone/'"></head><body></body></html>
            """);
        site.Check();

        Assert.That(site.ErrorLines(), Is.EqualTo(new[]
        {
            "_site/moved.html(1,58): error RC0501: broken link '/gone/': _site/gone/index.html does not exist",
        }));
        Assert.That(site.WarningLines(), Is.Empty, "a redirect is not shared: it needs no description or preview");
    }

    [Test]
    public void OldUrlsThatCannotBeThePagesAreErrorsAtTheirLine()
    {
        using var site = TestSite.Build(Sites.Config + """

            -- content/conferences/c/index.md --
            ---
            name: C
            start: 2025-06-12
            ---
            -- content/conferences/c/talks/a.md --
            ---
            title: A
            redirect_from: [https://old.example.com/a/, /a?id=3, /talks/#a, /../a/, /c/a/, /c/b/, /slides.pdf/a/, "/a|b/", /feed.xml]
            ---
            -- content/conferences/c/talks/b.md --
            ---
            title: B
            redirect_from: [/c/old/]
            ---
            -- content/conferences/c/talks/d.md --
            ---
            title: D
            redirect_from: [/C/OLD/]
            ---
            -- content/static/slides.pdf --
            %PDF-1.4
            """);

        Assert.That(site.ExitCode, Is.EqualTo(1));
        Assert.That(site.ErrorLines(), Is.EqualTo(new[]
        {
            "content/conferences/c/talks/a.md(3,17): error RC0125: redirect_from 'https://old.example.com/a/' is not a path of this site: a redirect can only be made from a path of the site, like /old-title/",
            "content/conferences/c/talks/a.md(3,45): error RC0125: redirect_from '/a?id=3' has a query (?), which a static site cannot tell apart: write the path alone",
            "content/conferences/c/talks/a.md(3,54): error RC0125: redirect_from '/talks/#a' has a fragment (#), which a static site cannot tell apart: write the path alone",
            "content/conferences/c/talks/a.md(3,65): error RC0125: redirect_from '/../a/' has a '..' folder: write the whole path from the site's root, like /old-title/",
            "content/conferences/c/talks/a.md(3,73): error RC0125: redirect_from '/c/a/' is the page's own URL",
            "content/conferences/c/talks/a.md(3,80): error RC0107: URL '/c/b/' is also the URL of 'content/conferences/c/talks/b.md' (remove it from redirect_from, or give the page there another slug)",
            "content/conferences/c/talks/a.md(3,87): error RC0125: redirect_from '/slides.pdf/a/' is inside slides.pdf, a file the site publishes",
            "content/conferences/c/talks/a.md(3,103): error RC0125: redirect_from '/a|b/' has a name no file can have ('a|b'): leave out \\ : * \" < > | and control characters",
            "content/conferences/c/talks/a.md(3,112): error RC0125: redirect_from '/feed.xml/' is inside feed.xml, a file the site publishes",
            "content/conferences/c/talks/d.md(3,17): error RC0107: URL '/C/OLD/' is also the URL of a redirect_from of 'content/conferences/c/talks/b.md' (remove it from redirect_from, or give the page there another slug)",
        }));
        Assert.That(site.Exists("index.html"), Is.False, "nothing is written");
    }

    [Test]
    public void HugosAliasesOnATalkSaysToWriteRedirectFrom()
    {
        using var site = TestSite.Build(Sites.ConferenceC + """

            -- content/conferences/c/talks/a.md --
            ---
            title: A
            aliases: [/old/]
            ---
            """);

        Assert.That(site.ErrorLines(), Is.EqualTo(new[] { "content/conferences/c/talks/a.md(3,1): error RC0102: unknown key 'aliases' (Recap calls it 'redirect_from')" }));
    }

    /// <summary>Each redirect page of the site, by its file, with the URL it sends readers to.</summary>
    private static List<string> RedirectsIn(TestSite site) =>
        [.. site.OutputFiles()
            .Where(f => f.EndsWith(".html", StringComparison.Ordinal))
            .Select(f => (File: f, Match: Refresh().Match(site.ReadFile(f))))
            .Where(r => r.Match.Success)
            .Select(r => $"{r.File} -> {r.Match.Groups[1].Value}")
            .Order(StringComparer.Ordinal)];

    [GeneratedRegex("""<meta http-equiv="refresh" content="0; url=([^"]*)">""")]
    private static partial Regex Refresh();
}
