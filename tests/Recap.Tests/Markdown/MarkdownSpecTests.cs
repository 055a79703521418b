using Recap.Tests.Support;

namespace Recap.Tests.Markdown;

/// <summary>Runs every example of <c>Specs/markdown.md</c>: Markdown in a talk, and the HTML Recap renders for it.</summary>
public sealed class MarkdownSpecTests
{
    private static readonly string SpecPath = Path.Combine(TestContext.CurrentContext.TestDirectory, "Markdown", "Specs", "markdown.md");

    public static IEnumerable<TestCaseData> Examples() =>
        SpecFile.Read(SpecPath)
            .Select(e => new TestCaseData(e.Markdown, e.Html).SetName(e.Name))
            .AtLeastOne(SpecPath);

    [TestCaseSource(nameof(Examples))]
    public void RendersAsTheSpecSays(string markdown, string html)
    {
        using var site = TestSite.Build(
            """
            -- content/site.yml --
            title: Spec
            -- layouts/base.html --
            {{ content }}
            -- layouts/talk.html --
            {{ talk.content }}
            -- content/pages/about.md --
            ---
            title: About
            ---
            -- content/speakers/ada.md --
            ---
            name: Ada
            ---
            -- content/conferences/c/index.md --
            ---
            name: C
            ---
            -- content/conferences/c/diagram.png --
            png
            -- content/conferences/c/talks/t.md --
            ---
            title: T
            ---
            """ + "\n" + markdown,
            "--base-url",
            "https://example.org/recaps/");

        var actual = site.Exists("c/t/index.html") ? site.ReadFile("c/t/index.html").Trim() : site.Stderr;
        Assert.That(actual, Is.EqualTo(html.Trim()), $"""
            Markdown:
            {Visible(markdown)}
            Expected:
            {Visible(html)}
            Actual:
            {Visible(actual)}
            """);
    }

    private static string Visible(string text) => text.Replace(" ", "·", StringComparison.Ordinal).Replace("\t", "→", StringComparison.Ordinal);

    [Test]
    public void EveryExampleOfTheSpecFileIsRead()
    {
        var headings = File.ReadLines(SpecPath).Count(line => line.StartsWith("~~~ example: ", StringComparison.Ordinal));

        Assert.That(headings, Is.Positive);
        Assert.That(SpecFile.Read(SpecPath), Has.Count.EqualTo(headings));
    }

    [Test]
    public void SpecFileWithWindowsLineEndingsHasTheSameExamples()
    {
        var text = File.ReadAllText(SpecPath).Replace("\r\n", "\n", StringComparison.Ordinal);
        var copy = Path.Combine(Path.GetTempPath(), $"recap-spec-{Guid.NewGuid():N}.md");
        File.WriteAllText(copy, text.Replace("\n", "\r\n", StringComparison.Ordinal));
        try
        {
            var lf = SpecFile.Parse(text);
            var crlf = SpecFile.Read(copy);

            Assert.That(lf, Is.Not.Empty);
            Assert.That(crlf, Has.Count.EqualTo(lf.Count), "examples read from the CRLF copy");
            Assert.That(crlf, Is.EqualTo(lf));
        }
        finally
        {
            File.Delete(copy);
        }
    }

    [Test]
    public void SpecFileWithoutATrailingNewlineKeepsItsLastExample()
    {
        var text = File.ReadAllText(SpecPath);

        Assert.That(SpecFile.Parse(text.TrimEnd('\r', '\n')), Is.EqualTo(SpecFile.Parse(text)));
    }
}
