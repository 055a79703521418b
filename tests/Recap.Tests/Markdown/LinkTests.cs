using Recap.Tests.Support;

namespace Recap.Tests.Markdown;

public sealed class LinkTests
{
    [Test]
    public void LinkToAMissingMarkdownFileIsAnError()
    {
        using var site = TestSite.Build(Sites.OneTalk + """

            -- content/conferences/conf-2024/talks/second.md --
            ---
            title: Second
            ---
            See [the first](frist.md).
            """);

        Assert.That(site.ExitCode, Is.EqualTo(1));
        Assert.That(site.Stderr, Does.StartWith("""
            content/conferences/conf-2024/talks/second.md(4,5): error RC0301: link 'frist.md' points to content/conferences/conf-2024/talks/frist.md, which is not a page of the site
               3 | ---
             > 4 | See [the first](frist.md).
                 |     ^

            """));
    }

    [Test]
    public void RootLinkThatNoPageProducesIsAWarning()
    {
        using var site = TestSite.Build(Sites.OneTalk + """

            -- content/pages/about.md --
            ---
            title: About
            ---
            Browse [the speakers](/speakers/) or [the spekers](/spekers/).
            """);

        Assert.That(site.ExitCode, Is.Zero);
        Assert.That(site.Stderr, Does.StartWith("content/pages/about.md(4,38): warning RC0302: link '/spekers/' does not match any page or file of the site\n"));
        Assert.That(site.Stderr, Does.Not.Contain("'/speakers/'"));
    }

    [Test]
    public void LinksBetweenTalksFollowTheirSlugs()
    {
        using var site = TestSite.Build(Sites.OneTalk + """

            -- content/conferences/conf-2024/talks/second.md --
            ---
            title: Second
            slug: number-two
            ---
            -- content/conferences/conf-2024/talks/first.md --
            ---
            title: First
            ---
            Then came [the second talk](second.md).
            """);

        site.AssertClean();
        site.AssertFile("conf-2024/first/index.html", "<a href=\"/conf-2024/number-two/\">the second talk</a>");
    }
}
