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
}
