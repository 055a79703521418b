using Recap.Tests.Support;

namespace Recap.Tests.Pages;

/// <summary>The conferences index: every conference, newest first, over pages of <c>options.conferences_per_page</c>.</summary>
public sealed class ConferencesIndexTests
{
    /// <summary>Conferences C1 to C5, a year apart from 2020, and one without a date, with <paramref name="options"/>.</summary>
    private static string SixConferences(string options) => Sites.Config + $"""

        options: {options}
        -- content/conferences/undated/index.md --
        ---
        name: Undated
        ---
        """ + string.Concat(Enumerable.Range(1, 5).Select(n => $"""


            -- content/conferences/c{n}/index.md --
            ---
            name: C{n}
            start: {2019 + n}-05-01
            ---
            """));

    [Test]
    public void PastConferencesPerPageTheIndexGoesOnFurtherPagesNewestFirst()
    {
        using var site = TestSite.Build(SixConferences("{ conferences_per_page: 2 }"));

        site.AssertClean();
        Assert.That(site.OutputFiles().Where(f => f.StartsWith("conferences/page/", StringComparison.Ordinal)), Is.EqualTo(new[]
        {
            "conferences/page/2/index.html",
            "conferences/page/3/index.html",
        }));
        site.AssertOrder("conferences/index.html", "6&nbsp;conferences, newest first.", ">C5</a>", ">C4</a>", "<a class=\"pagination-next\" href=\"/conferences/page/2/\" rel=\"next\">Next page</a>");
        site.AssertFile("conferences/index.html", """
            <title>Conferences · Recaps</title>
            ! >C3</a>
            ! pagination-previous
            """);
        site.AssertOrder("conferences/page/2/index.html", "6&nbsp;conferences, newest first.", ">C3</a>", ">C2</a>");
        site.AssertFile("conferences/page/2/index.html", """
            <title>Conferences, page 2 of 3 · Recaps</title>
            <link rel="canonical" href="https://recaps.example.org/conferences/page/2/">
            <a class="pagination-previous" href="/conferences/" rel="prev">Previous page</a>
            <a class="pagination-next" href="/conferences/page/3/" rel="next">Next page</a>
            ! >C4</a>
            ! >C1</a>
            """);
        site.AssertOrder("conferences/page/3/index.html", ">C1</a>", ">Undated</a>", "<a class=\"pagination-previous\" href=\"/conferences/page/2/\" rel=\"prev\">Previous page</a>");
        Assert.That(site.ReadFile("conferences/page/3/index.html"), Does.Not.Contain("pagination-next"));
        Assert.That(site.Check().ExitCode, Is.Zero, "every page of the index is linked and found: " + site.Stderr);
    }

    [Test]
    public void AnIndexThatFitsOnOnePageHasNoPagination()
    {
        using var fits = TestSite.Build(SixConferences("{ conferences_per_page: 6 }"));
        using var unsplit = TestSite.Build(SixConferences("{ conferences_per_page: 0 }"));
        using var byDefault = TestSite.Build(SixConferences("{ social_cards: false }"));

        foreach (var site in new[] { fits, unsplit, byDefault })
        {
            site.AssertClean();
            site.AssertOrder("conferences/index.html", ">C5</a>", ">C1</a>", ">Undated</a>");
            Assert.That(site.ReadFile("conferences/index.html"), Does.Not.Contain("pagination"));
            Assert.That(site.Exists("conferences/page/2/index.html"), Is.False);
        }
    }

    /// <summary>A conferences layout made before the index was split lists every conference on one page.</summary>
    [Test]
    public void ALayoutThatListsEveryConferenceKeepsThemOnOnePage()
    {
        using var site = TestSite.Build(SixConferences("{ conferences_per_page: 2 }") + "\n" + """
            -- layouts/conferences.html --
            <ul>{{ for c in conferences }}<li>{{ c.name }}</li>{{ end }}</ul>
            """);

        site.AssertClean();
        site.AssertFile("conferences/index.html", "<ul><li>C5</li><li>C4</li><li>C3</li><li>C2</li><li>C1</li><li>Undated</li></ul>");
        Assert.That(site.Exists("conferences/page/2/index.html"), Is.False);
    }

    [Test]
    public void ConferencesPerPageMustNotBeNegative()
    {
        using var site = TestSite.Build(SixConferences("\n  conferences_per_page: -1"));

        Assert.That(site.ExitCode, Is.EqualTo(1));
        Assert.That(site.Stderr, Does.StartWith("content/site.yml(4,3): error RC0403: 'options.conferences_per_page' must be 0 or more, not -1\n"));
    }

    /// <summary>A file of the site's own at the address of a later page of the index is a clash, named at the file.</summary>
    [Test]
    public void AFileAtTheAddressOfALaterPageOfTheIndexIsAClash()
    {
        using var site = TestSite.Build(SixConferences("{ conferences_per_page: 5 }") + "\n" + """
            -- content/static/conferences/page/2/index.html --
            <p>Mine</p>
            """);

        Assert.That(site.ExitCode, Is.EqualTo(1));
        Assert.That(site.ErrorLines(), Is.EqualTo(new[]
        {
            "content/static/conferences/page/2/index.html: error RC0107: URL '/conferences/page/2/index.html' is also the URL of page 2 of the conferences index (rename or remove the file)",
        }));
    }
}
