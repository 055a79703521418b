using Recap.Tests.Support;

namespace Recap.Tests.Configuration;

public sealed class SiteConfigTests
{
    [Test]
    public void BrokenSiteYamlIsAnError()
    {
        using var site = TestSite.Build("""
            -- content/site.yml --
            title: Recaps
            base_url: [https://example.org/
            """);

        Assert.That(site.ExitCode, Is.EqualTo(1));
        Assert.That(site.Stderr, Does.StartWith("content/site.yml(2,11): error RC0401: invalid YAML: a list or mapping opened here is not closed\n"));
    }

    [Test]
    public void UnknownSiteKeyIsAnErrorWithAHint()
    {
        using var site = TestSite.Build("""
            -- content/site.yml --
            title: Recaps
            baseurl: https://example.org/
            """);

        Assert.That(site.Stderr, Does.StartWith("content/site.yml(2,1): error RC0402: unknown key 'baseurl' (did you mean 'base_url'?)\n"));
    }

    [TestCase("ada.dev", " (a web address starts with https://, as in https://ada.dev)")]
    [TestCase("/about/", "")]
    public void SocialWebsiteThatIsNotAWebAddressIsAnError(string website, string hint)
    {
        using var site = TestSite.Build($"""
            -- content/site.yml --
            title: Recaps
            social:
              github: ada
              website: {website}
            """);

        Assert.That(site.Stderr, Does.StartWith($"content/site.yml(4,3): error RC0403: 'social.website' must be an http or https URL, not '{website}'{hint}\n"));
    }

    [Test]
    public void MissingTitleIsAnError()
    {
        using var site = TestSite.Build("""
            -- content/site.yml --
            language: fr
            """);

        Assert.That(site.Stderr, Does.StartWith("content/site.yml(1,1): error RC0403: missing required field 'title'\n"));
    }

    [Test]
    public void MissingSiteYmlIsAnError()
    {
        using var site = TestSite.Build("""
            -- content/pages/about.md --
            ---
            title: About
            ---
            """);

        Assert.That(site.Stderr, Does.StartWith("content/site.yml: error RC0404: site.yml is missing (it needs at least a title)\n"));
    }

    [Test]
    public void OptionsMustBePositive()
    {
        using var site = TestSite.Build("""
            -- content/site.yml --
            title: Recaps
            options:
              words_per_minute: 0
            """);

        Assert.That(site.Stderr, Does.StartWith("content/site.yml(3,3): error RC0403: 'options.words_per_minute' must be 1 or more, not 0\n"));
    }

    [Test]
    public void LanguageSetsTheLangOfEveryPage()
    {
        using var site = TestSite.Build(Sites.OneTalk + """

            -- content/site.yml --
            title: Récaps
            language: fr
            """);

        site.AssertClean();
        site.AssertFile("conf-2024/first/index.html", "<html lang=\"fr\">");
    }

    [TestCase("English", ": write en")]
    [TestCase("Arabic", ": write ar")]
    [TestCase("français", ": write fr")]
    [TestCase("Farsi", ": write fa")]
    [TestCase("mandarin", ": write zh")]
    [TestCase("en_US", ": write en-US")]
    [TestCase("e", "")]
    [TestCase("en-", "")]
    [TestCase("\"en US\"", "")]
    public void LanguageThatIsNotALanguageCodeIsAnError(string language, string fix)
    {
        using var site = TestSite.Build($"""
            -- content/site.yml --
            title: Recaps
            language: {language}
            """);

        Assert.That(site.Stderr, Does.StartWith($"content/site.yml(2,1): error RC0403: language '{language.Trim('"')}' must be a language code such as en, pt-BR or ar{fix}\n"));
    }

    [TestCase("jp", "language 'jp' is no language's code (jp is Japan's country code): write ja")]
    [TestCase("cz", "language 'cz' is no language's code (cz is Czechia's country code): write cs")]
    [TestCase("GR", "language 'GR' is no language's code (gr is Greece's country code): write el")]
    [TestCase("ua-UA", "language 'ua-UA' is no language's code (ua is Ukraine's country code): write uk-UA")]
    [TestCase("iw", "language 'iw' is no language's code (iw is Hebrew's withdrawn code): write he")]
    [TestCase("jpn", "language 'jpn' has a two-letter code, which pages should use: write ja")]
    [TestCase("deu-CH", "language 'deu-CH' has a two-letter code, which pages should use: write de-CH")]
    [TestCase("qq", "language 'qq' is no language's code: pages say lang=\"qq\", and the theme's words are English")]
    public void LanguageCodeNoLanguageHasIsAWarningThatSaysTheCode(string language, string warning)
    {
        using var site = TestSite.Build(Sites.OneTalk.Replace("title: Recaps\n", $"title: Recaps\nlanguage: {language}\n", StringComparison.Ordinal));

        Assert.That(site.ExitCode, Is.Zero);
        Assert.That(site.Stderr, Does.StartWith($"content/site.yml(2,1): warning RC0403: {warning}\n"));
        site.AssertFile("index.html", $"<html lang=\"{language}\"");
    }

    [TestCase("pt-BR")]
    [TestCase("zh-Hant-TW")]
    [TestCase("de-DE-1996")]
    [TestCase("fil")]
    [TestCase("EN")]
    [TestCase("kr")]
    [TestCase("se")]
    [TestCase("yue-HK")]
    [TestCase("tok")]
    public void LanguageTagsAreTakenAsTheyAre(string language)
    {
        using var site = TestSite.Build(Sites.OneTalk.Replace("title: Recaps\n", $"title: Recaps\nlanguage: {language}\n", StringComparison.Ordinal));

        site.AssertClean();
        site.AssertFile("index.html", $"<html lang=\"{language}\">");
    }

    [Test]
    public void SocialAccountsAreLinkedFromTheFooter()
    {
        using var site = TestSite.Build(Sites.OneTalk + """

            -- content/site.yml --
            title: Recaps
            author: Ada
            social:
              mastodon: "@recaps@fosstodon.org"
              github: recaps
            """);

        site.AssertClean();
        site.AssertFile("index.html", """
            Written by Ada.
            href="https://fosstodon.org/@recaps" rel="me"
            href="https://github.com/recaps" rel="me"
            """);
    }

    [Test]
    public void NegativeOrderIsAnError()
    {
        using var site = TestSite.Build(Sites.OneTalk + """

            -- content/conferences/conf-2024/talks/first.md --
            ---
            title: First
            order: -1
            ---
            """);

        Assert.That(site.Stderr, Does.StartWith("content/conferences/conf-2024/talks/first.md(3,1): error RC0105: 'order' must be 0 or more, not -1\n"));
    }
}
