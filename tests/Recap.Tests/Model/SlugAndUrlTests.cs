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
    [TestCase("Nguyễn Thị Minh Khai", "nguyen-thi-minh-khai")]
    [TestCase("Zoe\u0308 A\u030Angstro\u0308m", "zoe-angstrom")]
    public void SlugsAreAscii(string text, string slug) => Assert.That(Slug.From(System.Text.RegularExpressions.Regex.Unescape(text)), Is.EqualTo(slug));

    /// <summary>Every script is transliterated: Chinese characters and Korean syllables are words of their own.</summary>
    [TestCase("王小明", "wang-xiao-ming")]
    [TestCase("Tim (文昌) Hsu", "tim-wen-chang-hsu")]
    [TestCase("郭學聰 (Hsueh-Tsung Kuo)", "guo-xue-cong-hsueh-tsung-kuo")]
    [TestCase("山田 太郎", "shan-tian-tai-lang")]
    [TestCase("山田太郎", "shan-tian-tai-lang")]
    [TestCase("やまだ たろう", "yamada-tarou")]
    [TestCase("김민준", "gim-min-jun")]
    [TestCase("Алексей Петров", "aleksey-petrov")]
    [TestCase("Γιώργος Παπαδόπουλος", "giorgos-papadopoylos")]
    [TestCase("דוד כהן", "dvd-khhn")]
    [TestCase("日本語", "ri-ben-yu")]
    public void NamesInOtherScriptsHaveReadableSlugs(string text, string slug) => Assert.That(Slug.ForUrl(text), Is.EqualTo(slug));

    [TestCase("Zoë Ångström", "zoe-angstrom")]
    [TestCase("ZOE  angström", "zoe-angstrom")]
    [TestCase("Łukasz", "lukasz")]
    [TestCase("山田 太郎", "山-田-太-郎")]
    [TestCase("山田太郎", "山-田-太-郎")]
    [TestCase("やまだ たろう", "やまだ-たろう")]
    [TestCase("Γιώργος", "γιωργος")]
    [TestCase("Йоан", "йоан")]
    public void MatchingKeysIgnoreCaseAndDiacriticsButKeepEveryScript(string text, string key) => Assert.That(Slug.Key(text), Is.EqualTo(key));

    [Test]
    public void KeysOfOtherScriptsKeepWhatTransliterationLoses()
    {
        Assert.That(Slug.Key("王小明"), Is.Not.EqualTo(Slug.Key("汪小明")), "two names that sound alike");
        Assert.That(Slug.Key("やまだ"), Is.Not.EqualTo(Slug.Key("やまた")), "the voicing mark is part of the letter");
        Assert.That(Slug.Key("Алексей"), Is.Not.EqualTo(Slug.Key("Алексеи")), "й is a letter of its own");
        Assert.That(Slug.Key("Wang Xiao Ming"), Is.Not.EqualTo(Slug.Key("王小明")), "a transliteration is not the same name");
    }

    [Test]
    public void NameWithNothingToTransliterateGetsAStableAsciiSlug()
    {
        Assert.That(Slug.ForUrl("¿?"), Is.EqualTo("u-049e42f7"), "the same on every machine");
        Assert.That(Slug.ForUrl("¿?"), Is.Not.EqualTo(Slug.ForUrl("¡!")));
    }

    [TestCase("C", "c")]
    [TestCase("C#", "c-sharp")]
    [TestCase("c#", "c-sharp")]
    [TestCase("C++", "cpp")]
    [TestCase("F#", "f-sharp")]
    [TestCase(".NET", "dotnet")]
    [TestCase("ASP.NET Core", "asp-net-core")]
    [TestCase("Node.js", "node-js")]
    [TestCase("C/C++", "c-cpp")]
    [TestCase("C# and .NET", "c-sharp-and-dotnet")]
    [TestCase("Objective-C", "objective-c")]
    [TestCase("Notepad+", "notepad-plus")]
    [TestCase("#hashtag", "hashtag")]
    [TestCase("A+B", "a-b")]
    public void TopicNamesAreReadAsIdentifiers(string name, string slug) => Assert.That(Slug.ForUrl(Slug.Identifier(name)), Is.EqualTo(slug));

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
    public void SpeakerOnlyTalksNameMovesAsideForAConference()
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

        Assert.That(site.ExitCode, Is.Zero);
        Assert.That(site.WarningLines(), Is.EqualTo(new[]
        {
            "content/conferences/ada-lovelace/talks/notes.md(3,12): warning RC0120: speaker 'Ada Lovelace' is at '/ada-lovelace-01e3d3/': '/ada-lovelace/' is the URL of 'content/conferences/ada-lovelace/index.md' (to choose its URL, add a speaker file with name: and slug:; if they are one person, add a speaker file for one of them with the other under aliases:)",
        }));
        site.AssertFile("ada-lovelace-01e3d3/index.html", "<h1>Ada Lovelace</h1>");
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

    [TestCase("example.org/recaps", "must be an absolute http or https URL: write https://example.org/recaps")]
    [TestCase("https://example.org/recaps/?utm=1#top", "must be an absolute http or https URL with no query or fragment: write https://example.org/recaps/")]
    [TestCase("recaps", "must be an absolute http or https URL, like https://user.github.io/recaps/")]
    [TestCase("ftp://example.org/", "must be an absolute http or https URL, like https://user.github.io/recaps/")]
    public void BaseUrlMustBeAnAbsoluteUrl(string baseUrl, string message)
    {
        using var site = TestSite.Build($"""
            -- content/site.yml --
            title: Recaps
            base_url: "{baseUrl}"
            """);

        Assert.That(site.Stderr, Does.StartWith($"content/site.yml(2,1): error RC0403: base_url '{baseUrl}' {message}\n"));
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
