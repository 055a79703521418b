using System.Text;
using Recap.Tests.Support;

namespace Recap.Tests.Markdown;

/// <summary>Whatever a body holds, it is parsed in bounded time: rendered, or refused at its line.</summary>
public sealed class MarkdownLimitTests
{
    [Test]
    public void ListsNestedThousandsDeepAreRefusedBeforeParsing()
    {
        var body = new StringBuilder();
        for (var depth = 0; depth < 1000; depth++)
        {
            body.Append(' ', depth * 2).Append("- item\n");
        }

        using var site = TestSite.Build(Talk(body.ToString()));

        Assert.That(site.ExitCode, Is.EqualTo(1));
        Assert.That(site.Stderr, Does.StartWith("content/conferences/conf-2024/talks/first.md(135,1): error RC0116: the Markdown body is nested too deeply to render: the line is indented more than 256 columns\n"));
    }

    [Test]
    public void ABodyLargerThanFourMegabytesIsRefused()
    {
        using var site = TestSite.Build(Talk(string.Concat(Enumerable.Repeat("A paragraph of a very long write-up.\n\n", 120_000))));

        Assert.That(site.Stderr, Does.StartWith("content/conferences/conf-2024/talks/first.md(6,1): error RC0116: the Markdown body has 4,559,999 characters, more than the 4,194,304 a body may have (split it into several pages)\n"));
    }

    /// <summary>Markdig takes minutes over this (quadratic in the unclosed links); the body's two seconds stop it.</summary>
    [Test]
    public void ABodyMarkdownIsSlowToParseIsRefusedWhenItsTimeRunsOut()
    {
        using var site = TestSite.Build(Talk(string.Concat(Enumerable.Repeat("[ (](", 60_000))));

        Assert.That(site.ExitCode, Is.EqualTo(1));
        Assert.That(site.Stderr, Does.StartWith("content/conferences/conf-2024/talks/first.md(6,1): error RC0116: the Markdown body took more than 2 seconds to parse, so it is not rendered: it holds a pattern Markdown is slow to parse, such as thousands of unclosed '[', '](' or '<' in one paragraph\n"));
    }

    [Test]
    public void ThousandsOfEqualHeadingsGetNumberedIds()
    {
        using var site = TestSite.Build(Talk(string.Concat(Enumerable.Repeat("## Notes\n\ntext\n\n", 20_000)) + "## Notes 1\n"));

        site.AssertClean();
        site.AssertFile("conf-2024/first/index.html", """
            <h2 id="notes"><a href="#notes" class="heading-link">Notes</a></h2>
            <h2 id="notes-1"><a href="#notes-1" class="heading-link">Notes</a></h2>
            <h2 id="notes-19999"><a href="#notes-19999" class="heading-link">Notes</a></h2>
            <h2 id="notes-1-1"><a href="#notes-1-1" class="heading-link">Notes 1</a></h2>
            """);
    }

    [Test]
    public void ALongLegitimateWriteUpIsRendered()
    {
        var body = string.Concat(Enumerable.Range(1, 2000).Select(i => $"## Part {i}\n\nSome *emphasis*, a [link](https://example.org/{i}), `code` and a list:\n\n- one\n  - two\n    - three\n\n"));

        using var site = TestSite.Build(Talk(body));

        site.AssertClean();
        site.AssertFile("conf-2024/first/index.html", """
            <h2 id="part-2000"><a href="#part-2000" class="heading-link">Part 2000</a></h2>
            <a href="https://example.org/2000">link</a>
            """);
    }

    private static string Talk(string body) => Sites.OneTalk.Replace("The write-up.", body, StringComparison.Ordinal);
}
