using Recap.Tests.Support;

namespace Recap.Tests.Pages;

public sealed class SpeakersIndexTests
{
    [Test]
    public void SpeakersAreSortedByFamilyNameIgnoringCaseDiacriticsAndParticles()
    {
        using var site = TestSite.Build(Sites.Config + """

            -- content/conferences/c/index.md --
            ---
            name: C
            ---
            -- content/conferences/c/talks/panel.md --
            ---
            title: Panel
            speakers: [Ada Lovelace, Vincent van Gogh, Zoë Ångström, Grace Hopper, Gabriel García Márquez, 王小明, Tim (文昌) Hsu, Janis, Bob Eng, Anna Émond, carl ellis]
            ---
            -- content/speakers/gabriel-garcia-marquez.md --
            ---
            name: Gabriel García Márquez
            sort_name: García Márquez, Gabriel
            ---
            """);

        site.AssertClean();
        site.AssertFile("speakers/index.html", """
            11&nbsp;speakers, by family name (the last word of a name; Chinese, Japanese and Korean names as written).
            <h2 id="letter-a">A</h2>
            <h2 id="letter-other">#</h2>
            ! alphabetically
            """);
        site.AssertOrder(
            "speakers/index.html",
            ">A</a>", ">E</a>", ">G</a>", ">H</a>", ">J</a>", ">L</a>", ">#</a>",
            ">Zoë Ångström<", ">carl ellis<", ">Anna Émond<", ">Bob Eng<", ">Gabriel García Márquez<", ">Vincent van Gogh<",
            ">Grace Hopper<", ">Tim (文昌) Hsu<", ">Janis<", ">Ada Lovelace<", ">王小明<");
    }

    [Test]
    public void NamesInOtherAlphabetsGetLetterGroupsOfTheirOwnAfterTheLatinOnes()
    {
        using var site = TestSite.Build(Sites.Config + """

            -- content/conferences/c/index.md --
            ---
            name: C
            ---
            -- content/conferences/c/talks/panel.md --
            ---
            title: Panel
            speakers: [Ярослав Петров, Анна Ёлкина, Ольга Павлова, Νίκος Άλφας, דנה כהן, محمد علي, 山田 太郎, Ada Lovelace, Łukasz Żółw, 2Pac]
            ---
            """);

        site.AssertClean();
        site.AssertOrder(
            "speakers/index.html",
            ">L</a>", ">Z</a>", ">Α</a>", ">Е</a>", ">П</a>", ">כ</a>", ">ع</a>", ">#</a>",
            "<h2 id=\"letter-l\">L</h2>", ">Ada Lovelace<",
            "<h2 id=\"letter-z\">Z</h2>", ">Łukasz Żółw<",
            "<h2 id=\"letter-α\">Α</h2>", ">Νίκος Άλφας<",
            "<h2 id=\"letter-е\">Е</h2>", ">Анна Ёлкина<",
            "<h2 id=\"letter-п\">П</h2>", ">Ольга Павлова<", ">Ярослав Петров<",
            "<h2 id=\"letter-כ\">כ</h2>", ">דנה כהן<",
            "<h2 id=\"letter-ع\">ع</h2>", ">محمد علي<",
            "<h2 id=\"letter-other\">#</h2>", ">2Pac<", ">山田 太郎<");
    }

    [Test]
    public void SortNameMovesASpeakerToAnotherLetter()
    {
        using var site = TestSite.Build(Sites.Config + """

            -- content/conferences/c/index.md --
            ---
            name: C
            ---
            -- content/conferences/c/talks/one.md --
            ---
            title: One
            speakers: [Ada Lovelace, Bob Young, Yamada Taro]
            ---
            -- content/speakers/yamada-taro.md --
            ---
            name: Yamada Taro
            sort_name: Yamada, Taro
            ---
            """);

        site.AssertClean();
        site.AssertOrder("speakers/index.html", "<h2 id=\"letter-l\">L</h2>", ">Ada Lovelace<", "<h2 id=\"letter-y\">Y</h2>", ">Yamada Taro<", ">Bob Young<");
    }

    /// <summary>A panel at conference C of six speakers, one to three a letter, with <paramref name="options"/>.</summary>
    private static string SixSpeakers(string options) => Sites.Config + $"""

        options: {options}
        -- content/conferences/c/index.md --
        ---
        name: C
        ---
        -- content/conferences/c/talks/panel.md --
        ---
        title: Panel
        speakers: [Ada Lovelace, Grace Hopper, Alan Turing, Anna Émond, Bob Eng, Zoë Ångström]
        ---
        """;

    /// <summary>
    /// Past <c>options.speakers_per_page</c>, the index goes on at <c>page/2/</c>, ...; every page
    /// counts every speaker and links every letter to the page where its names start.
    /// </summary>
    [Test]
    public void PastSpeakersPerPageTheIndexGoesOnFurtherPagesWithEveryLetterLinkedWhereItStarts()
    {
        using var site = TestSite.Build(SixSpeakers("{ speakers_per_page: 2 }"));

        site.AssertClean();
        Assert.That(site.OutputFiles().Where(f => f.StartsWith("speakers/page/", StringComparison.Ordinal)), Is.EqualTo(new[]
        {
            "speakers/page/2/index.html",
            "speakers/page/3/index.html",
        }));
        site.AssertFile("speakers/index.html", """
            <title>Speakers · Recaps</title>
            6&nbsp;speakers, by family name
            <li><a href="#letter-a">A</a></li>
            <li><a href="#letter-e">E</a></li>
            <li><a href="/speakers/page/2/#letter-h">H</a></li>
            <li><a href="/speakers/page/3/#letter-l">L</a></li>
            <li><a href="/speakers/page/3/#letter-t">T</a></li>
            <a class="pagination-next" href="/speakers/page/2/" rel="next">Next page</a>
            ! pagination-previous
            """);
        site.AssertOrder("speakers/index.html", "<h2 id=\"letter-a\">A</h2>", ">Zoë Ångström<", "<h2 id=\"letter-e\">E</h2>", ">Anna Émond<", "<nav class=\"pagination\"");
        site.AssertFile("speakers/page/2/index.html", """
            <title>Speakers, page 2 of 3 · Recaps</title>
            <link rel="canonical" href="https://recaps.example.org/speakers/page/2/">
            6&nbsp;speakers, by family name
            <li><a href="/speakers/#letter-a">A</a></li>
            <li><a href="/speakers/#letter-e">E</a></li>
            <li><a href="#letter-h">H</a></li>
            <li><a href="/speakers/page/3/#letter-l">L</a></li>
            <a class="pagination-previous" href="/speakers/" rel="prev">Previous page</a>
            <a class="pagination-next" href="/speakers/page/3/" rel="next">Next page</a>
            ! Anna Émond
            ! Ada Lovelace
            """);
        site.AssertOrder("speakers/page/2/index.html", "<h2 id=\"letter-e\">E</h2>", ">Bob Eng<", "<h2 id=\"letter-h\">H</h2>", ">Grace Hopper<");
        site.AssertOrder("speakers/page/3/index.html", "<h2 id=\"letter-l\">L</h2>", ">Ada Lovelace<", "<h2 id=\"letter-t\">T</h2>", ">Alan Turing<");
        Assert.That(site.Check().ExitCode, Is.Zero, "every page of the index is linked and found, and every letter's link: " + site.Stderr);
    }

    [Test]
    public void AnIndexThatFitsOnOnePageHasNoPagination()
    {
        using var fits = TestSite.Build(SixSpeakers("{ speakers_per_page: 6 }"));
        using var unsplit = TestSite.Build(SixSpeakers("{ speakers_per_page: 0 }"));

        foreach (var site in new[] { fits, unsplit })
        {
            site.AssertClean();
            site.AssertFile("speakers/index.html", """
                <li><a href="#letter-t">T</a></li>
                >Alan Turing<
                ! pagination
                """);
            Assert.That(site.Exists("speakers/page/2/index.html"), Is.False);
        }
    }

    [Test]
    public void TheIndexsPagesSpeakTheSitesLanguage()
    {
        using var site = TestSite.Build(SixSpeakers("{ speakers_per_page: 2 }").Replace("title: Recaps", "title: Recaps\nlanguage: de", StringComparison.Ordinal));

        site.AssertClean();
        site.AssertFile("speakers/page/2/index.html", """
            <title>Vortragende, Seite 2 von 3 · Recaps</title>
            <a class="pagination-previous" href="/speakers/" rel="prev">Vorige Seite</a>
            <a class="pagination-next" href="/speakers/page/3/" rel="next">Nächste Seite</a>
            """);
    }

    /// <summary>A speakers layout made before the index was split lists every letter's speakers on one page.</summary>
    [Test]
    public void ALayoutThatListsEveryLetterKeepsThemOnOnePage()
    {
        using var site = TestSite.Build(SixSpeakers("{ speakers_per_page: 2 }") + "\n" + """
            -- layouts/speakers.html --
            {{ for group in letters }}<h2><a href="{{ group.url }}" id="{{ group.id }}">{{ group.letter }}</a></h2>{{ for s in group.speakers }}<p>{{ s.name }}</p>{{ end }}{{ end }}
            """);

        site.AssertClean();
        site.AssertOrder("speakers/index.html", "<a href=\"#letter-a\" id=\"letter-a\">A</a>", "<p>Zoë Ångström</p>", "<p>Bob Eng</p>", "<a href=\"#letter-t\" id=\"letter-t\">T</a>", "<p>Alan Turing</p>");
        Assert.That(site.Exists("speakers/page/2/index.html"), Is.False);
    }

    [Test]
    public void SpeakersPerPageMustNotBeNegative()
    {
        using var site = TestSite.Build(SixSpeakers("\n  speakers_per_page: -1"));

        Assert.That(site.ExitCode, Is.EqualTo(1));
        Assert.That(site.Stderr, Does.StartWith("content/site.yml(4,3): error RC0403: 'options.speakers_per_page' must be 0 or more, not -1\n"));
    }

    /// <summary>A file of the site's own at the address of a later page of the index is a clash, named at the file.</summary>
    [Test]
    public void AFileAtTheAddressOfALaterPageOfTheIndexIsAClash()
    {
        using var site = TestSite.Build(SixSpeakers("{ speakers_per_page: 4 }") + "\n" + """
            -- content/static/speakers/page/2/index.html --
            <p>Mine</p>
            """);

        Assert.That(site.ExitCode, Is.EqualTo(1));
        Assert.That(site.ErrorLines(), Is.EqualTo(new[]
        {
            "content/static/speakers/page/2/index.html: error RC0107: URL '/speakers/page/2/index.html' is also the URL of page 2 of the speakers index (rename or remove the file)",
        }));
    }
}
