using Recap.Tests.Support;

namespace Recap.Tests.Content;

/// <summary>The fields a conference programme gives a talk (and an import writes): subtitle, length, room, language, links, status.</summary>
public sealed class ProgrammeFieldsTests
{
    [Test]
    public void TalkPageShowsTheProgrammeFields()
    {
        using var site = TestSite.Build(Sites.ConferenceC + """

            -- content/conferences/c/talks/a.md --
            ---
            title: Streams
            subtitle: From batch to "now"
            duration: 40
            room: Saal 1
            track: Data
            language: de
            links:
              - title: Code
                url: https://example.com/code
              - title: github.com/ada/streams
            ---
            Body.
            """);

        site.AssertClean();
        site.AssertFile("c/a/index.html", """
            <p class="lede">From batch to &quot;now&quot;</p>
            40&nbsp;min <span class="sep" aria-hidden="true">·</span>
            Saal 1 <span class="sep" aria-hidden="true">·</span>
            <span title="Language">German</span>
            <li><a href="https://example.com/code">Code</a></li>
            <li><span class="reference">github.com/ada/streams</span></li>
            ! Cancelled
            """);
    }

    /// <summary>An imported programme gives codes (<c>ja</c>), which readers should not have to know.</summary>
    [TestCase("en", "ja", "Japanese")]
    [TestCase("ja", "ja", "日本語")]
    [TestCase("de", "en", "Englisch")]
    [TestCase("fr", "pt-BR", "portugais (Brésil)")]
    [TestCase("en", "Klingon", "Klingon")]
    [TestCase("en", "kr", "kr")]
    [TestCase("en", "jp", "jp")]
    [TestCase("en", "\"English & Arabic\"", "English &amp; Arabic")]
    public void TalkPageNamesItsLanguageInTheSitesLanguage(string site, string language, string shown)
    {
        using var built = TestSite.Build(Sites.ConferenceC.Replace("title: Recaps\n", $"title: Recaps\nlanguage: {site}\n", StringComparison.Ordinal) + $"""

            -- content/conferences/c/talks/a.md --
            ---
            title: Streams
            language: {language}
            ---
            """);

        Assert.That(built.ExitCode, Is.Zero, built.Stderr);
        built.AssertFile("c/a/index.html", $">{shown}</span> <span class=\"sep\" aria-hidden=\"true\">·</span>");
    }

    /// <summary>A hurried author writes a country's code for a language, as site.yml's language is warned of.</summary>
    [TestCase("jp", "content/conferences/c/talks/a.md(3,1): warning RC0105: language 'jp' is no language's code (jp is Japan's country code): write ja")]
    [TestCase("cz-CZ", "content/conferences/c/talks/a.md(3,1): warning RC0105: language 'cz-CZ' is no language's code (cz is Czechia's country code): write cs-CZ")]
    [TestCase("deu", "content/conferences/c/talks/a.md(3,1): warning RC0105: language 'deu' has a two-letter code, which pages should use: write de")]
    [TestCase("xq", "content/conferences/c/talks/a.md(3,1): warning RC0105: language 'xq' is no language's code: the talk's page shows it as it is written")]
    [TestCase("de", null)]
    [TestCase("German", null)]
    [TestCase("tok", null)]
    public void TalkLanguageWrittenAsNoLanguagesCodeIsAWarning(string language, string? warning)
    {
        using var built = TestSite.Build(Sites.ConferenceC + $"""

            -- content/conferences/c/talks/a.md --
            ---
            title: Streams
            language: {language}
            ---
            """);

        Assert.That(built.ExitCode, Is.Zero);
        Assert.That(built.WarningLines(), Is.EqualTo(warning is null ? Array.Empty<string>() : new[] { warning }));
    }

    [Test]
    public void CancelledTalkIsMarkedOnItsPageAndCard()
    {
        using var site = TestSite.Build(Sites.ConferenceC + """

            -- content/conferences/c/talks/a.md --
            ---
            title: Streams
            status: cancelled
            ---
            """);

        site.AssertClean();
        site.AssertFile("c/a/index.html", "<span class=\"badge badge-cancelled\">Cancelled</span>");
        site.AssertFile("c/index.html", "<span class=\"badge badge-cancelled\">Cancelled</span>");
    }

    [Test]
    public void WrongProgrammeValuesAreLocatedErrors()
    {
        using var site = TestSite.Build(Sites.ConferenceC.Replace("name: C", "name: C\ntime_zone: Europe/Paaris", StringComparison.Ordinal) + """

            -- content/conferences/c/talks/a.md --
            ---
            title: Streams
            duration: -5
            status: postponed
            links:
              - https://example.com
              - url: https://example.com
            ---
            """);

        Assert.That(site.ErrorLines(), Is.EqualTo(new[]
        {
            "content/conferences/c/index.md(3,1): error RC0105: unknown time zone 'Europe/Paaris' (write an IANA name like Europe/Berlin)",
            "content/conferences/c/talks/a.md(3,1): error RC0105: 'duration' is a number of minutes above 0, not -5",
            "content/conferences/c/talks/a.md(4,9): error RC0105: unknown status 'postponed' (expected scheduled or cancelled)",
            "content/conferences/c/talks/a.md(6,5): error RC0104: each item of 'links' must be a mapping of keys to values, not text",
            "content/conferences/c/talks/a.md(7,5): error RC0103: missing required field 'links.title'",
        }));
        Assert.That(site.ExitCode, Is.EqualTo(1));
    }
}
