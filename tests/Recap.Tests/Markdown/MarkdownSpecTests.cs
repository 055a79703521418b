using System.Text.RegularExpressions;
using Recap.Tests.Support;

namespace Recap.Tests.Markdown;

/// <summary>Runs every example of <c>Specs/markdown.md</c>: Markdown in a talk, and the HTML Recap renders for it.</summary>
public sealed partial class MarkdownSpecTests
{
    private static readonly string SpecPath = Path.Combine(TestContext.CurrentContext.TestDirectory, "Markdown", "Specs", "markdown.md");

    public static IEnumerable<TestCaseData> Examples() =>
        ExamplePattern().Matches(File.ReadAllText(SpecPath))
            .Select(m => new TestCaseData(m.Groups["input"].Value, m.Groups["html"].Value).SetName(m.Groups["name"].Value));

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

    [GeneratedRegex(@"^~~~ example: (?<name>[^\n]+)\n(?<input>.*?)\n\.\n(?<html>.*?)\n~~~$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex ExamplePattern();
}
