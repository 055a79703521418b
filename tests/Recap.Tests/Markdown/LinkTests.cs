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
    public void RelativeLinkOrImageToAFileTheSiteDoesNotHaveIsAWarningThatSaysWhy()
    {
        using var site = TestSite.Build(Sites.OneTalk + """

            -- content/conferences/conf-2024/talks/second.md --
            ---
            title: Second
            ---
            The [deck](deck.pdf), the [notes](notes/day-1.txt) and [the code](github.com/ada/engine).

            ![The engine](Engine.PNG)

            Not files: [the conference](../), [page two](?page=2), [a heading](#the-end), [the first talk](first.md).
            -- content/conferences/conf-2024/talks/Deck.pdf --
            %PDF
            -- content/conferences/conf-2024/talks/engine.png --
            not really a PNG
            """);

        Assert.That(site.ExitCode, Is.Zero);
        Assert.That(site.WarningLines(), Is.EqualTo(new[]
        {
            "content/conferences/conf-2024/talks/second.md(4,5): warning RC0302: link 'deck.pdf' names no file of the site (looked for content/conferences/conf-2024/talks/deck.pdf); did you mean content/conferences/conf-2024/talks/Deck.pdf? (names differ in case)",
            "content/conferences/conf-2024/talks/second.md(4,27): warning RC0302: link 'notes/day-1.txt' names no file of the site (looked for content/conferences/conf-2024/talks/notes/day-1.txt)",
            "content/conferences/conf-2024/talks/second.md(4,56): warning RC0302: link 'github.com/ada/engine' names no file of the site (looked for content/conferences/conf-2024/talks/github.com/ada/engine); a web address starts with https://, as in https://github.com/ada/engine",
            "content/conferences/conf-2024/talks/second.md(6,1): warning RC0302: image 'Engine.PNG' names no file of the site (looked for content/conferences/conf-2024/talks/Engine.PNG); did you mean content/conferences/conf-2024/talks/engine.png? (names differ in case)",
        }));
    }

    [Test]
    public void FileNamesWithSpacesAndHashesAreLinkedEscaped()
    {
        using var site = TestSite.Build(Sites.OneTalk + """

            -- content/conferences/conf-2024/talks/second.md --
            ---
            title: Second
            slides: "C%23 notes.pdf"
            ---
            The [notes](C%23%20notes.pdf), the [deck](<my deck.pdf>) and the [same deck](my%20deck.pdf).
            -- content/conferences/conf-2024/talks/C# notes.pdf --
            %PDF
            -- content/conferences/conf-2024/talks/my deck.pdf --
            %PDF
            """);

        site.AssertClean();
        site.AssertFile("conf-2024/second/index.html", """
            <a href="/conf-2024/talks/C%23%20notes.pdf">Slides (PDF)</a>
            The <a href="/conf-2024/talks/C%23%20notes.pdf">notes</a>, the <a href="/conf-2024/talks/my%20deck.pdf">deck</a> and the <a href="/conf-2024/talks/my%20deck.pdf">same deck</a>.
            """);
        site.AssertFile("conf-2024/talks/C# notes.pdf", "%PDF");
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

    [Test]
    public void AHashInsideAWebAddressFragmentIsLinkedEncodedAndShownAsWritten()
    {
        using var site = TestSite.Build(Sites.OneTalk + """

            -- content/conferences/conf-2024/talks/second.md --
            ---
            title: Second
            ---
            Join [the room](https://matrix.to/#/#engines:matrix.org), <https://example.org/a#b#c>, https://example.org/x?y#z#1 or [the top](#top).
            """);

        site.AssertClean();
        site.AssertFile("conf-2024/second/index.html", """
            <meta name="description" content="Join the room, https://example.org/a#b#c, https://example.org/x?y#z#1 or the top.">
            Join <a href="https://matrix.to/#/%23engines:matrix.org">the room</a>, <a href="https://example.org/a#b%23c">https://example.org/a#b#c</a>, <a href="https://example.org/x?y#z%231">https://example.org/x?y#z#1</a> or <a href="#top">the top</a>.
            """);
    }
}
