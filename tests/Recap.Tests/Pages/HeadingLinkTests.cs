using AngleSharp.Html.Parser;
using Recap.Tests.Support;

namespace Recap.Tests.Pages;

/// <summary>With the default theme, a heading of a body links to itself, so a reader can copy a section's address.</summary>
public sealed class HeadingLinkTests
{
    [Test]
    public void AHeadingsTextLinksToTheHeading()
    {
        using var site = TestSite.Build(Sites.ConferenceC + "\n" + """
            -- content/conferences/c/talks/notes.md --
            ---
            title: Notes
            ---
            ## Setup

            ### The *problem* with `kubectl`

            > ## Quoted

            - #### In a list

            ## عنوان فرعي

            ## Setup
            """);

        site.AssertClean();
        site.AssertOrder(
            "c/notes/index.html",
            "<h2 id=\"setup\"><a href=\"#setup\" class=\"heading-link\">Setup</a></h2>",
            "<h3 id=\"the-problem-with-kubectl\"><a href=\"#the-problem-with-kubectl\" class=\"heading-link\">The <em>problem</em> with <code>kubectl</code></a></h3>",
            "<h2 id=\"quoted\"><a href=\"#quoted\" class=\"heading-link\">Quoted</a></h2>",
            "<h3 id=\"in-a-list\"><a href=\"#in-a-list\" class=\"heading-link\">In a list</a></h3>",
            "<h2 id=\"عنوان-فرعي\" dir=\"auto\"><a href=\"#%D8%B9%D9%86%D9%88%D8%A7%D9%86-%D9%81%D8%B1%D8%B9%D9%8A\" class=\"heading-link\">عنوان فرعي</a></h2>",
            "<h2 id=\"setup-1\"><a href=\"#setup-1\" class=\"heading-link\">Setup</a></h2>");
        Assert.That(site.Check().ExitCode, Is.Zero, "every heading's link finds it: " + site.Stderr);
    }

    /// <summary>A link may not hold another link, and one with no text has no name for a screen reader.</summary>
    [Test]
    public void AHeadingThatHoldsALinkOrHasNoTextIsLeftAsItIs()
    {
        using var site = TestSite.Build(Sites.ConferenceC + "\n" + """
            -- content/conferences/c/talks/notes.md --
            ---
            title: Notes
            ---
            ## See [the docs](https://docs.example.org/)

            ## At https://example.org/

            ## With <a href="https://example.org/">raw HTML</a>

            ## Results[^1]

            ## ![](chart.png)

            ## ![A chart](chart.png)

            [^1]: A footnote.
            -- content/conferences/c/talks/chart.png --
            not really a picture
            """);

        var page = new HtmlParser().ParseDocument(site.ReadFile("c/notes/index.html"));
        var headings = page.QuerySelectorAll(".prose h2").Select(h => (h.Id, Linked: h.QuerySelector(".heading-link") is not null)).ToList();

        Assert.That(headings, Is.EqualTo(new[]
        {
            ("see-the-docs", false),
            ("at-httpsexample.org", false),
            ("with-raw-html", false),
            ("results", false),
            ("section", false),
            ("a-chart", true),
        }));
        Assert.That(page.QuerySelectorAll("a a"), Is.Empty);
    }

    [Test]
    public void ARecapsSectionsOnBothSidesOfItsTalksLinkToThemselves()
    {
        using var site = TestSite.Build(Sites.Config + "\n" + """
            -- content/conferences/c/index.md --
            ---
            name: C
            ---
            ## Before

            <!-- talks -->

            ## After
            -- content/conferences/c/talks/a.md --
            ---
            title: A
            ---
            """);

        site.AssertClean();
        site.AssertOrder(
            "c/index.html",
            "<h2 id=\"before\"><a href=\"#before\" class=\"heading-link\">Before</a></h2>",
            "<h2 id=\"talks\"",
            "<h2 id=\"after\"><a href=\"#after\" class=\"heading-link\">After</a></h2>");
    }

    /// <summary>A theme's stylesheet must style the links as headings, so a theme asks for them in its theme.yml.</summary>
    [TestCase("name: mine\n")]
    [TestCase("name: mine\nheading_links: false\n")]
    public void AThemeThatDoesNotAskForThemHasPlainHeadings(string themeYml)
    {
        using var site = TestSite.Build(Sites.Config.Replace("title: Recaps", "title: Recaps\ntheme: mine", StringComparison.Ordinal) + "\n" + $"""
            -- themes/mine/theme.yml --
            {themeYml}
            -- content/conferences/c/index.md --
            ---
            name: C
            ---
            -- content/conferences/c/talks/notes.md --
            ---
            title: Notes
            ---
            ## Setup
            """);

        site.AssertClean();
        Assert.That(site.ReadFile("c/notes/index.html"), Does.Contain("<h2 id=\"setup\">Setup</h2>"));
    }

    [Test]
    public void ATypoInTheSettingIsAnError()
    {
        using var site = TestSite.Build(Sites.ConferenceC + "\n" + """
            -- themes/default/theme.yml --
            heading_links: yes please
            """);

        Assert.That(site.ExitCode, Is.Not.Zero);
        Assert.That(site.ErrorLines(), Is.EqualTo(new[] { "themes/default/theme.yml(1,16): error RC0403: 'heading_links' must be true or false, not 'yes please'" }));
    }
}
