using Recap.Tests.Support;
using Recap.Text;

namespace Recap.Tests.Model;

public sealed class SlugAndUrlTests
{
    [TestCase("Zoë Ångström", "zoe-angstrom")]
    [TestCase("Straße & Søren Æsir", "strasse-soren-aesir")]
    [TestCase("  Kafka: the (hard) parts!  ", "kafka-the-hard-parts")]
    [TestCase("C# and .NET", "c-and-net")]
    [TestCase("Łódź", "lodz")]
    [TestCase("日本語", "")]
    public void SlugsAreAscii(string text, string slug) => Assert.That(Slug.From(text), Is.EqualTo(slug));

    [TestCase("Zoë Ångström", "zoe-angstrom")]
    [TestCase("ZOE  angström", "zoe-angstrom")]
    [TestCase("山田 太郎", "山田-太郎")]
    public void MatchingKeysIgnoreCaseAndDiacriticsButKeepEveryScript(string text, string key) => Assert.That(Slug.Key(text), Is.EqualTo(key));

    [Test]
    public void NameWithoutLatinLettersGetsAStableAsciiSlug()
    {
        Assert.That(Slug.ForUrl("山田 太郎"), Does.Match("^u-[0-9a-f]{8}$"));
        Assert.That(Slug.ForUrl("山田 太郎"), Is.EqualTo(Slug.ForUrl("山田　太郎")));
        Assert.That(Slug.ForUrl("山田 太郎"), Is.Not.EqualTo(Slug.ForUrl("李 雷")));
    }

    [Test]
    public void TalkSlugComesFromItsFileNameAndCanBeSet()
    {
        using var site = TestSite.Build(Sites.OneTalk + """

            -- content/conferences/conf-2024/talks/second.md --
            ---
            title: Second
            slug: the-second-one
            ---
            """);

        site.AssertClean();
        Assert.That(site.Exists("conf-2024/first/index.html"), Is.True);
        Assert.That(site.Exists("conf-2024/the-second-one/index.html"), Is.True);
    }

    [Test]
    public void TwoThingsWithOneUrlIsAnErrorNamingBothFiles()
    {
        using var site = TestSite.Build(Sites.OneTalk + """

            -- content/conferences/conf-2024/talks/second.md --
            ---
            title: Second
            slug: first
            ---
            """);

        Assert.That(site.ExitCode, Is.EqualTo(1));
        Assert.That(site.Stderr, Does.StartWith("""
            content/conferences/conf-2024/talks/second.md(3,1): error RC0107: URL '/conf-2024/first/' is also the URL of 'content/conferences/conf-2024/talks/first.md' (give one of them another slug)
               2 | title: Second
             > 3 | slug: first
                 | ^

            """));
    }

    [Test]
    public void SpeakerOnlyTalksNameCanClashWithAConference()
    {
        using var site = TestSite.Build("""
            -- content/site.yml --
            title: Recaps
            permalinks:
              speaker: /:speaker/
            -- content/conferences/ada-lovelace/index.md --
            ---
            name: Ada Lovelace Day
            ---
            -- content/conferences/ada-lovelace/talks/notes.md --
            ---
            title: Notes
            speakers: [Ada Lovelace]
            ---
            """);

        Assert.That(site.Stderr, Does.StartWith("content/conferences/ada-lovelace/talks/notes.md(3,12): error RC0107: URL '/ada-lovelace/' is also the URL of 'content/conferences/ada-lovelace/index.md' (give one of them another slug)\n"));
    }

    [Test]
    public void PageThatTakesAnIndexUrlIsAnError()
    {
        using var site = TestSite.Build(Sites.OneTalk + """

            -- content/pages/speakers.md --
            ---
            title: Our speakers
            ---
            """);

        Assert.That(site.Stderr, Does.StartWith("content/pages/speakers.md: error RC0107: URL '/speakers/' is also the URL of the speakers index (give one of them another slug)\n"));
    }

    [Test]
    public void BaseUrlWithAPathPrefixesEveryInternalUrl()
    {
        using var site = TestSite.Build(Sites.OneTalk, "--base-url", "https://user.github.io/recaps/");

        site.AssertClean();
        site.AssertFile("conf-2024/first/index.html", """
            href="/recaps/assets/style.css"
            href="/recaps/conf-2024/"
            href="/recaps/speakers/ada-lovelace/"
            href="/recaps/topics/engines/"
            <link rel="canonical" href="https://user.github.io/recaps/conf-2024/first/">
            ! href="/conf-2024/"
            ! href="/speakers/
            """);
    }

    [Test]
    public void BaseUrlMustBeAnAbsoluteUrl()
    {
        using var site = TestSite.Build("""
            -- content/site.yml --
            title: Recaps
            base_url: example.org/recaps
            """);

        Assert.That(site.Stderr, Does.StartWith("content/site.yml(2,1): error RC0403: base_url 'example.org/recaps' must be an absolute http or https URL, like https://user.github.io/recaps/\n"));
    }

    [Test]
    public void PermalinksAreConfigurable()
    {
        using var site = TestSite.Build(Sites.OneTalk + """

            -- content/site.yml --
            title: Recaps
            permalinks:
              conference: /:year/:conference/
              talk: /:year/:conference/:talk/
              speaker: /people/:speaker/
              speakers: /people/
            """);

        site.AssertClean();
        Assert.Multiple(() =>
        {
            Assert.That(site.Exists("2024/conf-2024/index.html"), Is.True);
            Assert.That(site.Exists("2024/conf-2024/first/index.html"), Is.True);
            Assert.That(site.Exists("people/ada-lovelace/index.html"), Is.True);
            Assert.That(site.Exists("people/index.html"), Is.True);
        });
        site.AssertFile("2024/conf-2024/first/index.html", "href=\"/people/ada-lovelace/\"");
    }

    [Test]
    public void PermalinkWithoutItsOwnPlaceholderIsAnError()
    {
        using var site = TestSite.Build("""
            -- content/site.yml --
            title: Recaps
            permalinks:
              talk: /talks/:conference/
              topic: /t/:speaker/
            """);

        Assert.That(site.Stderr, Does.Contain("content/site.yml(3,3): error RC0403: permalink '/talks/:conference/' for talk must contain ':talk', or every talk would get the same URL\n"));
        Assert.That(site.Stderr, Does.Contain("content/site.yml(4,3): error RC0403: permalink '/t/:speaker/' for topic uses ':speaker' (allowed: :topic)\n"));
    }
}
