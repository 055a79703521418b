using Recap.Tests.Support;

namespace Recap.Tests.Themes;

public sealed class EscapingTests
{
    private const string Script = "<script>alert(1)</script>";

    [Test]
    public void TitleWithMarkupShowsAsTextOnEveryPageThatUsesIt()
    {
        using var site = TestSite.Build($"""
            -- content/site.yml --
            title: "{Script} & co"
            description: "A <b>bold</b> description"
            -- content/conferences/c/index.md --
            ---
            name: "{Script} Conf"
            summary: "Summary {Script}"
            location: "<i>Paris</i>"
            ---
            -- content/conferences/c/talks/a.md --
            ---
            title: "{Script}"
            speakers: ["{Script}"]
            topics: ["<b>topic</b>"]
            summary: "\"quoted\" {Script}"
            track: "<u>Main</u>"
            ---
            -- content/speakers/other.md --
            ---
            name: Other
            company: "<img src=x onerror=alert(1)>"
            ---
            -- content/pages/about.md --
            ---
            title: "{Script}"
            menu: true
            ---
            """);

        site.AssertClean();
        Assert.That(site.OutputFiles().Count(f => f.EndsWith(".html", StringComparison.Ordinal)), Is.GreaterThan(8));
        foreach (var file in site.OutputFiles().Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            var html = site.ReadFile(file);
            Assert.Multiple(() =>
            {
                Assert.That(html, Does.Not.Contain(Script), file);
                Assert.That(html, Does.Not.Contain("<b>"), file);
                Assert.That(html, Does.Not.Contain("<img src=x"), file);
            });
        }

        site.AssertFile("c/a/index.html", """
            <h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>
            <title>&lt;script&gt;alert(1)&lt;/script&gt; · &lt;script&gt;alert(1)&lt;/script&gt; &amp; co</title>
            &lt;u&gt;Main&lt;/u&gt;
            """);
    }

    [Test]
    public void EscapingKeepsUtf8TextAsItIs()
    {
        using var site = TestSite.Build(Sites.Config + """

            -- content/conferences/c/index.md --
            ---
            name: Café Conf — Zürich
            ---
            -- content/conferences/c/talks/a.md --
            ---
            title: Zoë's talk
            speakers: [Zoë Ångström, 山田 太郎]
            ---
            """);

        site.AssertClean();
        site.AssertFile("c/a/index.html", """
            <h1>Zoë&#39;s talk</h1>
            Zoë Ångström
            山田 太郎
            Café Conf — Zürich
            ! &#235;
            ! &#233;
            """);
    }

    [Test]
    public void MarkdownBodiesAreWrittenAsHtml()
    {
        using var site = TestSite.Build(Sites.ConferenceC + """

            -- content/conferences/c/talks/a.md --
            ---
            title: A
            ---
            Some *emphasis* and `code`.
            """);

        site.AssertFile("c/a/index.html", "<p>Some <em>emphasis</em> and <code>code</code>.</p>");
    }
}
