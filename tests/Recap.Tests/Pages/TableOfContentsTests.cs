using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Recap.Tests.Support;

namespace Recap.Tests.Pages;

/// <summary>A long write-up, recap or page lists its sections at its top, each linking to its heading.</summary>
public sealed class TableOfContentsTests
{
    private const string LongNotes = """
        -- content/conferences/c/talks/notes.md --
        ---
        title: Notes
        ---
        What the talk was about.

        ### Written under the title

        ## The *problem* with `kubectl`

        ### A [detail](other.md)

        #### Too deep to list

        > ## A quoted heading

        ## 概要

        ## Related

        ## Results[^1]

        [^1]: A footnote.
        -- content/conferences/c/talks/other.md --
        ---
        title: Other
        ---
        ## One

        ## Two
        """;

    [Test]
    public void NotesWithThreeSectionsOrMoreListThemAboveTheProse()
    {
        using var site = TestSite.Build(Sites.ConferenceC + "\n" + LongNotes);

        site.AssertClean();
        Assert.That(Contents(site, "c/notes/index.html"), Is.EqualTo(new[]
        {
            "#written-under-the-title Written under the title",
            "#the-problem-with-kubectl The problem with kubectl",
            "  #a-detail A detail",
            "#概要 概要",
            "#related-1 Related",
            "#results Results",
        }));
        site.AssertOrder(
            "c/notes/index.html",
            "<nav class=\"toc\" aria-labelledby=\"toc\">",
            "<h2 id=\"toc\" class=\"small-heading\">Contents</h2>",
            "<div class=\"prose\">",
            "<h2 id=\"written-under-the-title\"><a href=\"#written-under-the-title\" class=\"heading-link\">Written under the title</a></h2>");
        Assert.That(site.ReadFile("c/other/index.html"), Does.Not.Contain("class=\"toc\""), "two sections are not enough");
        Assert.That(site.Check().ExitCode, Is.Zero, "every entry finds its heading: " + site.Stderr);
    }

    [Test]
    public void TheFileSaysWhetherItHasOne()
    {
        using var site = TestSite.Build(Sites.ConferenceC + "\n" + """
            -- content/conferences/c/talks/short.md --
            ---
            title: Short
            toc: true
            ---
            ## The only section
            -- content/conferences/c/talks/long.md --
            ---
            title: Long
            toc: false
            ---
            ## One

            ## Two

            ## Three
            -- content/conferences/c/talks/none.md --
            ---
            title: No sections
            toc: true
            ---
            Just prose.
            """);

        site.AssertClean();
        Assert.Multiple(() =>
        {
            Assert.That(Contents(site, "c/short/index.html"), Is.EqualTo(new[] { "#the-only-section The only section" }));
            Assert.That(Contents(site, "c/long/index.html"), Is.Empty);
            Assert.That(Contents(site, "c/none/index.html"), Is.Empty, "no sections, nothing to list");
        });
    }

    [TestCase("toc_sections: 1", 1)]
    [TestCase("toc_sections: 2", 2)]
    [TestCase("toc_sections: 0", 0)]
    public void OptionsSayHowManySectionsMakeOne(string option, int least)
    {
        using var site = TestSite.Build(Sites.ConferenceC.Replace("base_url:", $"options: {{ {option} }}\nbase_url:", StringComparison.Ordinal) + "\n" + """
            -- content/conferences/c/talks/one.md --
            ---
            title: One
            ---
            ## First
            -- content/conferences/c/talks/two.md --
            ---
            title: Two
            ---
            ## First

            ## Second
            """);

        site.AssertClean();
        Assert.Multiple(() =>
        {
            Assert.That(Contents(site, "c/one/index.html"), Has.Count.EqualTo(least is 1 ? 1 : 0));
            Assert.That(Contents(site, "c/two/index.html"), Has.Count.EqualTo(least is 1 or 2 ? 2 : 0));
        });
    }

    [Test]
    public void ARecapListsItsSectionsAroundItsTalks()
    {
        using var site = TestSite.Build(Sites.Config + "\n" + """
            -- content/conferences/c/index.md --
            ---
            name: C
            ---
            ## Getting there

            ## Talks

            <!-- talks -->

            ## What I took home
            -- content/conferences/c/talks/a.md --
            ---
            title: A
            ---
            -- content/conferences/d/index.md --
            ---
            name: D
            toc: true
            ---
            ## Only one
            """);

        site.AssertClean();
        Assert.Multiple(() =>
        {
            Assert.That(Contents(site, "c/index.html"), Is.EqualTo(new[]
            {
                "#getting-there Getting there",
                "#talks-1 Talks",
                "#talks The talks",
                "#what-i-took-home What I took home",
            }));
            Assert.That(Contents(site, "d/index.html"), Is.EqualTo(new[] { "#only-one Only one" }), "no talks, no entry for them");
        });
        Assert.That(site.Check().ExitCode, Is.Zero, site.Stderr);
    }

    [Test]
    public void APageListsItsSectionsInTheSitesLanguage()
    {
        using var site = TestSite.Build(Sites.Config.Replace("title: Recaps", "title: Recaps\nlanguage: fr", StringComparison.Ordinal) + "\n" + """
            -- content/pages/about.md --
            ---
            title: À propos
            ---
            ## Pourquoi

            ## Comment

            ## Qui
            """);

        site.AssertClean();
        Assert.That(Contents(site, "about/index.html"), Is.EqualTo(new[] { "#pourquoi Pourquoi", "#comment Comment", "#qui Qui" }));
        site.AssertFile("about/index.html", "<h2 id=\"toc\" class=\"small-heading\">Sommaire</h2>");
    }

    /// <summary>What a heading holds is text in the list: code, raw HTML and quotes are escaped or left out, and a heading with no text is not listed.</summary>
    [Test]
    public void EntriesAreTheHeadingsTextOnly()
    {
        using var site = TestSite.Build(Sites.ConferenceC + "\n" + """
            -- content/conferences/c/talks/odd.md --
            ---
            title: Odd
            toc: true
            ---
            ## Using `<script>` & "quotes"

            ## <b>Bold</b> move

            ## ![](diagram.png)

            ## عنوان فرعي
            -- content/conferences/c/talks/diagram.png --
            not really a picture
            """);

        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
        Assert.That(Contents(site, "c/odd/index.html"), Is.EqualTo(new[]
        {
            "#using-script-quotes Using <script> & \"quotes\"",
            "#bold-move Bold move",
            "#عنوان-فرعي عنوان فرعي",
        }));
        site.AssertFile("c/odd/index.html", """
            <a href="#using-script-quotes">Using &lt;script&gt; &amp; &quot;quotes&quot;</a>
            <a href="#bold-move">Bold move</a>
            <a href="#عنوان-فرعي" dir="auto">عنوان فرعي</a>
            """);
    }

    [Test]
    public void ANegativeCountIsAnError()
    {
        using var site = TestSite.Build(Sites.Config.Replace("base_url:", "options:\n  toc_sections: -1\nbase_url:", StringComparison.Ordinal));

        Assert.That(site.ExitCode, Is.EqualTo(1));
        Assert.That(site.Stderr, Does.StartWith("content/site.yml(3,3): error RC0403: 'options.toc_sections' must be 0 or more, not -1\n"));
    }

    /// <summary>The table of contents as lines: each entry's link and text, an entry under another indented.</summary>
    private static List<string> Contents(TestSite site, string page)
    {
        var toc = new HtmlParser().ParseDocument(site.ReadFile(page)).QuerySelector("nav.toc");
        return toc is null ? [] : [.. Entries(toc.QuerySelector("ol")!, string.Empty)];

        static IEnumerable<string> Entries(IElement list, string indent) =>
            list.Children.SelectMany(item => new[] { indent + item.Children[0].GetAttribute("href") + " " + item.Children[0].TextContent }
                .Concat(item.QuerySelector("ol") is { } under ? Entries(under, indent + "  ") : []));
    }
}
