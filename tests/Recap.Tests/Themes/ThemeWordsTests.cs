using Recap.Tests.Incremental;
using Recap.Tests.Support;

namespace Recap.Tests.Themes;

/// <summary>
/// The words the theme writes around the content (bylines, counts, dates, headings, cards, link
/// previews) are in the site's language: the default theme's own translations, a site's files in
/// <c>i18n/</c> over them, English for what neither has.
/// </summary>
public sealed class ThemeWordsTests
{
    private const string FrOSCon = """
        -- content/conferences/froscon-2024/index.md --
        ---
        name: FrOSCon 2024
        start: 2024-08-17
        end: 2024-08-18
        location: Sankt Augustin
        ---
        -- content/conferences/froscon-2024/talks/erste.md --
        ---
        title: Der erste Vortrag
        speakers: [Ada Lovelace, Grace Hopper]
        topics: [Rust]
        date: 2024-08-17
        time: "10:30"
        duration: 45
        slides: https://speakerdeck.com/ada/erste
        format: lightning
        ---
        Notizen.
        -- content/conferences/froscon-2024/talks/zweite.md --
        ---
        title: Der zweite Vortrag
        speakers: [Ada Lovelace]
        topics: [Rust]
        ---
        """;

    private static string Site(string language, string more = "") => $"""
        -- content/site.yml --
        title: Rückblicke
        base_url: https://example.org/
        language: {language}
        author: Ada
        options:
          progress: true
        {more}
        """ + "\n" + FrOSCon;

    [Test]
    public void AGermanSiteSaysEverythingAroundTheContentInGerman()
    {
        using var site = TestSite.Build(Site("de"));

        site.AssertClean();
        site.AssertFile("froscon-2024/erste/index.html", """
            <a class="skip-link" href="#main">Zum Inhalt springen</a>
            <nav class="site-nav" aria-label="Website">
            >Konferenzen</a></li>
            >Vortragende</a></li>
            <span class="badge badge-lightning">Lightning Talk</span>
            <p class="byline">Vortrag von <a href="/speakers/ada-lovelace/">Ada Lovelace</a>, <a href="/speakers/grace-hopper/">Grace Hopper</a></p>
            <time datetime="2024-08-17T10:30">17. August 2024 um 10:30</time>
            45&nbsp;Min. <span class="sep"
            1&nbsp;Min. Lesezeit
            <a href="https://speakerdeck.com/ada/erste">Folien auf Speaker Deck</a>
            <h2 class="small-heading">Themen</h2>
            <nav class="pager" aria-label="Weitere Vorträge von FrOSCon 2024">
            <span class="pager-label">Nächster Vortrag</span>
            <h2 id="related">Ähnliche Vorträge</h2>
            <p>Geschrieben von Ada. Erstellt mit Recap.</p>
            ! Talk by
            ! min read
            """);
        site.AssertFile("froscon-2024/index.html", """
            <time datetime="2024-08-17">17.–18. August 2024</time>
            2&nbsp;Vorträge <span class="sep" aria-hidden="true">·</span> 2&nbsp;Vortragende
            >Programm (.ics)</a>
            <p class="meta progress">2&nbsp;Vorträge, davon&nbsp;1&nbsp;aufgeschrieben</p>
            <h2 id="talks">Die Vorträge</h2>
            """);
        site.AssertFile("index.html", "<p class=\"stats\">2&nbsp;Vorträge aus 1&nbsp;Konferenz, 2&nbsp;Vortragende.</p>");
        site.AssertFile("speakers/index.html", """
            <title>Vortragende · Rückblicke</title>
            <meta name="description" content="Alle Vortragenden der Vorträge auf Rückblicke.">
            <p class="lede">2&nbsp;Vortragende, nach Nachnamen
            """);
        site.AssertFile("speakers/grace-hopper/index.html", """
            <meta name="description" content="Grace Hopper: 1 Vortrag.">
            <h2 id="talks">1&nbsp;Vortrag</h2>
            <span class="speakers">Mit <a href="/speakers/ada-lovelace/">Ada Lovelace</a></span>
            """);
        site.AssertFile("topics/rust/index.html", "<meta name=\"description\" content=\"Vorträge zu Rust.\">");
        site.AssertFile("404.html", """
            <title>Seite nicht gefunden · Rückblicke</title>
            <h1>Seite nicht gefunden</h1>
            """);
        site.AssertFile("search/index.html", """
            <h1>Suche</h1>
            <label for="search-query">Rückblicke durchsuchen</label>
            &quot;search_results&quot;:{&quot;one&quot;:&quot;{0} Ergebnis&quot;,&quot;other&quot;:&quot;{0} Ergebnisse&quot;}
            """);
        site.AssertFile("search/index/d0.json", """
            "2024 · 2\u00A0Vorträge"
            "1\u00A0Vortrag"
            """);
    }

    [TestCase("fr", "0&nbsp;présentation|1&nbsp;présentation|2&nbsp;présentations|5&nbsp;présentations|21&nbsp;présentations|1\u202f597&nbsp;présentations|")]
    [TestCase("de", "0&nbsp;Vorträge|1&nbsp;Vortrag|2&nbsp;Vorträge|5&nbsp;Vorträge|21&nbsp;Vorträge|1.597&nbsp;Vorträge|")]
    [TestCase("de-AT", "0&nbsp;Vorträge|1&nbsp;Vortrag|2&nbsp;Vorträge|5&nbsp;Vorträge|21&nbsp;Vorträge|1\u00a0597&nbsp;Vorträge|")]
    [TestCase("en", "0&nbsp;talks|1&nbsp;talk|2&nbsp;talks|5&nbsp;talks|21&nbsp;talks|1,597&nbsp;talks|")]
    public void EachCountTakesTheFormItsLanguageGivesIt(string language, string expected)
    {
        using var site = TestSite.Build("""
            -- content/site.yml --
            title: Words
            language: LANGUAGE
            -- layouts/base.html --
            {{ content }}
            -- layouts/404.html --
            {{ for n in [0, 1, 2, 5, 21, 1597] }}{{ i18n "talks" n }}|{{ end }}
            """.Replace("LANGUAGE", language, StringComparison.Ordinal));

        site.AssertClean();
        Assert.That(site.ReadFile("404.html").Trim(), Is.EqualTo(expected));
    }

    /// <summary>A narrow screen never ends a line with a count whose word starts the next; other gaps keep their spaces.</summary>
    [Test]
    public void ANumberStaysOnTheLineOfTheWordBesideIt()
    {
        using var site = TestSite.Build("""
            -- content/site.yml --
            title: Words
            -- layouts/base.html --
            {{ content }}
            -- layouts/404.html --
            {{ i18n "reading_time" 5 }}|{{ i18n "written_by" "Ada Lovelace" }}|{{ i18n "all_talks_by" 3 "Ada Lovelace" }}|{{ i18n "home_stats" (i18n "talks" 2) (i18n "conferences" 1) (i18n "speakers" 1597) }}
            -- i18n/en.yml --
            # {0}: a number in the middle of words
            reading_time: "about {0} min to read"
            """);

        site.AssertClean();
        Assert.That(site.ReadFile("404.html").Trim(), Is.EqualTo(
            "about&nbsp;5&nbsp;min to read|Written by Ada Lovelace.|All&nbsp;3&nbsp;talks by Ada Lovelace|2&nbsp;talks from 1&nbsp;conference, by 1,597&nbsp;speakers."));
    }

    [Test]
    public void PluralFormsOfOtherLanguagesFollowTheirRules()
    {
        using var site = TestSite.Build("""
            -- content/site.yml --
            title: Слова
            language: ru
            -- i18n/ru.yml --
            talks:
              one: "{0} доклад"
              few: "{0} доклада"
              many: "{0} докладов"
              other: "{0} доклада"
            -- layouts/base.html --
            {{ content }}
            -- layouts/404.html --
            {{ for n in [1, 2, 5, 11, 21, 22, 25, 111] }}{{ i18n "talks" n }}|{{ end }}
            """);

        site.AssertClean();
        Assert.That(site.ReadFile("404.html").Trim(), Is.EqualTo("1&nbsp;доклад|2&nbsp;доклада|5&nbsp;докладов|11&nbsp;докладов|21&nbsp;доклад|22&nbsp;доклада|25&nbsp;докладов|111&nbsp;докладов|"));
    }

    [Test]
    public void ASiteTranslatesOnlyTheWordsItNeedsAndTheRestStayEnglish()
    {
        using var site = TestSite.Build("""
            -- content/site.yml --
            title: Recapitulações
            base_url: https://example.org/
            language: pt-BR
            -- i18n/pt.yml --
            talk_by: "Palestra de {0}"
            talks:
              one: "{0} palestra"
              other: "{0} palestras"
            months: [janeiro, fevereiro, março, abril, maio, junho, julho, agosto, setembro, outubro, novembro, dezembro]
            date_day: "{0} de {1} de {2}"
            dates_in_month: "{0} a {1} de {2} de {3}"
            """ + "\n" + Sites.OneTalk[Sites.Config.Length..]);

        site.AssertClean();
        site.AssertFile("conf-2024/first/index.html", """
            <html lang="pt-BR">
            <p class="byline">Palestra de <a href="/speakers/ada-lovelace/">Ada Lovelace</a></p>
            <h2 class="small-heading">Topics</h2>
            """);
        site.AssertFile("conf-2024/index.html", """
            <time datetime="2024-05-02">2 de maio de 2024</time>
            1&nbsp;palestra <span class="sep" aria-hidden="true">·</span> 1&nbsp;speaker
            """);
        site.AssertFile("index.html", "<p class=\"stats\">1&nbsp;palestra from 1&nbsp;conference, by 1&nbsp;speaker.</p>");
    }

    [Test]
    public void ASiteChangesAWordOfItsOwnLanguageAndItsOwnFileWinsOverTheThemes()
    {
        using var site = TestSite.Build(Site("de") + """

            -- i18n/de.yml --
            talk_by: "Gehalten von {0}"
            -- i18n/en.yml --
            talk_by: "Presented by {0}"
            """);

        site.AssertClean();
        site.AssertFile("froscon-2024/erste/index.html", """
            <p class="byline">Gehalten von <a
            <h2 id="related">Ähnliche Vorträge</h2>
            """);
    }

    [Test]
    public void WordsAreEscapedAndMarkupArgumentsAreNot()
    {
        using var site = TestSite.Build(Sites.OneTalk + """

            -- i18n/en.yml --
            talk_by: "<Talk> by {0} & {1}"
            """);

        site.AssertFile("conf-2024/first/index.html", "<p class=\"byline\">&lt;Talk&gt; by <a href=\"/speakers/ada-lovelace/\">Ada Lovelace</a> &amp; {1}</p>");
    }

    [Test]
    public void AKeyNoThemeHasIsAWarningWithTheKeyItLooksLike()
    {
        using var site = TestSite.Build(Sites.OneTalk + """

            -- i18n/en.yml --
            tlak_by: "Presented by {0}"
            """);

        Assert.That(site.ExitCode, Is.Zero);
        Assert.That(site.Stderr, Does.StartWith("i18n/en.yml(1,1): warning RC0402: 'tlak_by' is not a word the theme writes (did you mean 'talk_by'?)\n"));
    }

    [Test]
    public void WordsOfTheWrongShapeAreErrorsAtTheirLine()
    {
        using var site = TestSite.Build(Sites.OneTalk + """

            -- i18n/en.yml --
            talks:
              onee: "{0} talk"
              other: "{0} talks"
            speakers:
              one: "{0} speaker"
            months: [Jan, Feb]
            topics: [a, b]
            days: first
            """);

        Assert.That(site.ExitCode, Is.EqualTo(1));
        Assert.That(site.ErrorLines(), Is.EqualTo(new[]
        {
            "i18n/en.yml(2,3): error RC0403: 'onee' of 'talks' is not a plural form: write zero, one, two, few, many or other (did you mean 'one'?)",
            "i18n/en.yml(5,3): error RC0403: 'speakers' has no 'other' form, which every count may fall back to",
            "i18n/en.yml(6,9): error RC0403: 'months' must list the twelve names of the months, January first, not 2 names",
            "i18n/en.yml(7,9): error RC0403: 'topics' must be text, or a mapping of plural forms (one: ..., other: ...), not a list",
            "i18n/en.yml(8,7): error RC0403: 'days' must list how the first days of a month are written, the 1st first, at most 31, not 'first'",
        }));
        Assert.That(site.Exists("index.html"), Is.False);
    }

    [Test]
    public void ATemplateAskingForWordsNoThemeHasFailsAtItsLine()
    {
        using var site = TestSite.Build(Sites.OneTalk + """

            -- layouts/talk.html --
            <h1>{{ talk.title }}</h1>
            <p>{{ i18n "tlak_by" "Ada" }}</p>
            """);

        Assert.That(site.ExitCode, Is.EqualTo(1));
        Assert.That(site.Stderr, Does.StartWith("layouts/talk.html(2,7): error RC0202: no theme has words for 'tlak_by' in i18n/en.yml (did you mean 'talk_by'?)"));
    }

    [Test]
    public void ThemeFolderCarriesItsOwnWords()
    {
        using var site = TestSite.Build(Sites.OneTalk.Replace("title: Recaps\n", "title: Recaps\ntheme: plain\n", StringComparison.Ordinal) + """

            -- themes/plain/i18n/en.yml --
            talk_by: "Given by {0}"
            speaker_line: "On stage: {0}"
            -- themes/plain/layouts/talk.html --
            <p>{{ i18n "speaker_line" talk.speakers[0].name }}</p>
            """);

        site.AssertClean();
        site.AssertFile("conf-2024/first/index.html", "<p>On stage: Ada Lovelace</p>");
    }

    [TestCase("es", "17–18 de agosto de 2024", "2&nbsp;charlas")]
    [TestCase("fr", "17–18 août 2024", "2&nbsp;présentations")]
    [TestCase("en", "17–18 August 2024", "2&nbsp;talks")]
    [TestCase("ja", "2024年8月17日〜18日", "2件のトーク")]
    [TestCase("zh", "2024年8月17日至18日", "2&nbsp;场演讲")]
    [TestCase("zh-CN", "2024年8月17日至18日", "2&nbsp;场演讲")]
    [TestCase("zh-Hant", "2024年8月17日至18日", "2&nbsp;場演講")]
    [TestCase("zh-TW", "2024年8月17日至18日", "2&nbsp;場演講")]
    [TestCase("zh-hk", "2024年8月17日至18日", "2&nbsp;場演講")]
    [TestCase("ko", "2024년 8월 17일~18일", "발표&nbsp;2개")]
    public void DatesAndCountsOfTheShippedLanguages(string language, string dates, string talks)
    {
        using var site = TestSite.Build(Site(language));

        site.AssertClean();
        site.AssertFile("froscon-2024/index.html", $"""
            <time datetime="2024-08-17">{dates}</time>
            {talks} <span class="sep"
            """);
    }

    [Test]
    public void AJapaneseSiteWritesItsDatesYearFirstAndItsWordsInJapanese()
    {
        using var site = TestSite.Build(Site("ja").Replace("end: 2024-08-18", "end: 2024-09-02", StringComparison.Ordinal));

        site.AssertClean();
        site.AssertFile("froscon-2024/index.html", """<time datetime="2024-08-17">2024年8月17日〜9月2日</time>""");
        site.AssertFile("froscon-2024/erste/index.html", """
            <p class="byline">登壇：<a href="/speakers/ada-lovelace/">Ada Lovelace</a>, <a href="/speakers/grace-hopper/">Grace Hopper</a></p>
            """);
        site.AssertFile("froscon-2024/erste/index.html", """<time datetime="2024-08-17T10:30">2024年8月17日 10:30</time>""");
        site.AssertFile("froscon-2024/erste/index.html", "45分");
        site.AssertFile("speakers/index.html", "<p class=\"lede\">2人の登壇者、姓の順");
        site.AssertFile("froscon-2024/zweite/index.html", """<meta name="description" content="Ada Lovelaceのトーク（FrOSCon 2024, Sankt Augustin, 2024年8月17日〜9月2日）。">""");
    }

    /// <summary>Chinese as Taiwan writes it takes the traditional characters, and each word it does not change from them; the simplified ones never.</summary>
    [Test]
    public void ATaiwaneseSiteReadsTraditionalCharactersBeforeSimplifiedOnes()
    {
        using var site = TestSite.Build(Site("zh-TW") + "\n" + """
            -- i18n/zh-TW.yml --
            talk_by: "主講：{0}"
            """);

        site.AssertClean();
        site.AssertFile("froscon-2024/erste/index.html", """
            <p class="byline">主講：<a href="/speakers/ada-lovelace/">Ada Lovelace</a>, <a href="/speakers/grace-hopper/">Grace Hopper</a></p>
            <span class="pager-label">下一場演講</span>
            """);
        site.AssertFile("speakers/index.html", "<p class=\"lede\">2&nbsp;位講者，依姓氏排列");
    }

    [Test]
    public void AFrenchSiteWritesTheFirstOfTheMonthAsFrenchDoes()
    {
        using var site = TestSite.Build(Site("fr")
            .Replace("start: 2024-08-17", "start: 2024-08-01", StringComparison.Ordinal)
            .Replace("end: 2024-08-18", "end: 2024-08-03", StringComparison.Ordinal)
            .Replace("date: 2024-08-17", "date: 2024-08-01", StringComparison.Ordinal));

        site.AssertClean();
        site.AssertFile("froscon-2024/index.html", """<time datetime="2024-08-01">1er–3 août 2024</time>""");
        site.AssertFile("froscon-2024/erste/index.html", """<time datetime="2024-08-01T10:30">1er août 2024 à 10:30</time>""");
    }

    [Test]
    public void ServeRebuildsEveryPageWhenTheSitesWordsChange()
    {
        using var live = new LiveSiteFixture(Site("de"));

        live.Write("-- i18n/de.yml --\ntalk_by: \"Gehalten von {0}\"\ntalks:\n  one: \"{0} Sitzung\"\n  other: \"{0} Sitzungen\"\n");
        live.Rebuild("i18n/de.yml");

        live.AssertSameAsCleanBuild();
        Assert.That(File.ReadAllText(Path.Combine(live.Output, "froscon-2024/erste/index.html")), Does.Contain("<p class=\"byline\">Gehalten von <a"));
        Assert.That(File.ReadAllText(Path.Combine(live.Output, "conferences/index.html")), Does.Contain("2&nbsp;Sitzungen"), "the markup of a conference card, kept between rebuilds, is rendered anew");

        live.Delete("i18n/de.yml");
        live.Rebuild("i18n/de.yml");

        live.AssertSameAsCleanBuild();
        Assert.That(File.ReadAllText(Path.Combine(live.Output, "froscon-2024/erste/index.html")), Does.Contain("<p class=\"byline\">Vortrag von <a"));
    }

    [Test]
    public void AFileOfWordsNamedForNoLanguageIsAWarningThatSaysWhatToNameIt()
    {
        using var site = TestSite.Build(Sites.OneTalk.Replace("title: Recaps\n", "title: Recaps\nlanguage: de\n", StringComparison.Ordinal) + """

            -- i18n/german.yml --
            talk_by: "Gehalten von {0}"
            -- i18n/fr.json --
            {}
            -- i18n/pt_BR.yml --
            talk_by: "Palestra de {0}"
            -- i18n/README.md --
            Our words.
            """);

        Assert.That(site.ExitCode, Is.Zero);
        Assert.That(site.WarningLines(), Is.EqualTo(new[]
        {
            "i18n/fr.json: warning RC0402: i18n/ holds words in a YAML file named for their language, so no site reads this one: name it fr.yml",
            "i18n/german.yml: warning RC0402: i18n/ holds words in a YAML file named for their language, so no site reads this one: name it de.yml",
        }));
        site.AssertFile("conf-2024/first/index.html", "<p class=\"byline\">Vortrag von <a");
    }

    [Test]
    public void ALocaleWrittenWithAnUnderscoreNamesItsFileToo()
    {
        using var site = TestSite.Build(Sites.OneTalk.Replace("title: Recaps\n", "title: Recaps\nlanguage: pt-BR\n", StringComparison.Ordinal) + """

            -- i18n/pt_BR.yml --
            talk_by: "Palestra de {0}"
            """);

        site.AssertClean();
        site.AssertFile("conf-2024/first/index.html", "<p class=\"byline\">Palestra de <a");
    }

    /// <summary>Each gap of a word may be filled with a long name on every page: a word of a megabyte of gaps would make pages of gigabytes.</summary>
    [Test]
    public void AWordLongerThanTenThousandCharactersIsAnError()
    {
        using var site = TestSite.Build(Sites.OneTalk + "\n-- i18n/en.yml --\ntalk_by: \"" + string.Concat(Enumerable.Repeat("{0}", 100_000)) + "\"\n");

        Assert.That(site.ExitCode, Is.EqualTo(1));
        Assert.That(site.ErrorLines(), Is.EqualTo(new[] { "i18n/en.yml(1,10): error RC0403: 'talk_by' is 300,000 characters long: a theme's words are at most 10,000" }));
    }
}
