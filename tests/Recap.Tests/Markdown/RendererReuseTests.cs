using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Recap.Tests.Support;

namespace Recap.Tests.Markdown;

/// <summary>The renderers each thread keeps from body to body: no body's HTML or heading ids carry into the next.</summary>
public sealed partial class RendererReuseTests
{
    [Test]
    public void EveryBodyOfManyHasItsOwnHtmlAndHeadingIdsAndNothingOfAnother()
    {
        const int Talks = 60;
        var source = new StringBuilder(Sites.OneTalk);
        for (var i = 0; i < Talks; i++)
        {
            // A setext heading of two lines, markup and a link in headings, an HTML block that ends the body without a newline.
            source.Append(CultureInfo.InvariantCulture, $"""

                -- content/conferences/conf-2024/talks/t{i:00}.md --
                ---
                title: Talk {i}
                ---
                ## Using *Kafka* {i} with [the first](first.md)

                Body {i} links to [the first talk](first.md).

                Part {i}
                of two lines
                ------------

                ## Using *Kafka* {i} with [the first](first.md)

                <div class="end-{i}">last {i}</div>
                """);
        }

        using var site = TestSite.Build(source.ToString());

        site.AssertClean();
        for (var i = 0; i < Talks; i++)
        {
            var page = site.ReadFile($"conf-2024/t{i:00}/index.html");
            site.AssertFile($"conf-2024/t{i:00}/index.html", $"""
                <h2 id="using-kafka-{i}-with-the-first">Using <em>Kafka</em> {i} with <a href="/conf-2024/first/">the first</a></h2>
                <p>Body {i} links to <a href="/conf-2024/first/">the first talk</a>.</p>
                <h2 id="part-{i}-of-two-lines"><a href="#part-{i}-of-two-lines" class="heading-link">Part {i}
                of two lines</a></h2>
                <h2 id="using-kafka-{i}-with-the-first-1">Using <em>Kafka</em> {i} with <a href="/conf-2024/first/">the first</a></h2>
                <div class="end-{i}">last {i}</div>
                """);
            Assert.That(OtherBody().Matches(page).Where(m => m.Groups[1].Value != i.ToString(CultureInfo.InvariantCulture)), Is.Empty, $"talk {i} shows only its own body");
        }
    }

    [GeneratedRegex(@"(?:Body|Part|last|end-) ?(\d+)")]
    private static partial Regex OtherBody();
}
