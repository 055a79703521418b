using Recap.Tests.Support;

namespace Recap.Tests.Model;

/// <summary>
/// Links named in front matter (<c>slides</c>, <c>video</c>, <c>website</c>, a talk's <c>links</c>)
/// resolve as links in the same file's Markdown do: a path names a file or page of the site and
/// becomes its URL, and a path that names nothing (most often a web address without its
/// <c>https://</c>) is an error at its key rather than a link the page shows broken.
/// </summary>
public sealed class FrontMatterLinkTests
{
    private const string Config = """
        -- content/site.yml --
        title: Recaps
        base_url: https://ada.github.io/recaps/
        """;

    private const string Conference = Config + "\n" + """
        -- content/conferences/c/index.md --
        ---
        name: C
        website: ../../pages/about.md
        ---
        -- content/pages/about.md --
        ---
        title: About
        ---
        About these recaps.
        """;

    [Test]
    public void PathsNameFilesAndPagesOfTheSiteUnderTheBasePath()
    {
        using var site = TestSite.Build(Conference + """

            -- content/conferences/c/talks/kafka.md --
            ---
            title: Kafka
            speakers: [Ada Lovelace]
            slides: kafka-deck.pdf
            video: recordings/kafka.mp4
            links:
              - title: Handout
                url: ../handout.pdf#page=2
              - title: The next talk
                url: flink.md
              - title: About
                url: /about/
              - title: Code
                url: https://github.com/ada/kafka
            ---
            -- content/conferences/c/talks/kafka-deck.pdf --
            %PDF
            -- content/conferences/c/talks/recordings/kafka.mp4 --
            not really a video
            -- content/conferences/c/handout.pdf --
            %PDF
            -- content/conferences/c/talks/flink.md --
            ---
            title: Flink
            ---
            -- content/speakers/ada-lovelace.md --
            ---
            name: Ada Lovelace
            links:
              website: ../pages/about.md
            ---
            """);

        site.AssertClean();
        site.AssertFile("c/kafka/index.html", """
            <a href="/recaps/c/talks/kafka-deck.pdf">Slides (PDF)</a>
            <a href="/recaps/c/talks/recordings/kafka.mp4">Video</a>
            <source src="/recaps/c/talks/recordings/kafka.mp4" type="video/mp4">
            <a href="/recaps/c/handout.pdf#page=2">Handout</a>
            <a href="/recaps/c/flink/">The next talk</a>
            <a href="/recaps/about/">About</a>
            <a href="https://github.com/ada/kafka">Code</a>
            "contentUrl":"https://ada.github.io/recaps/c/talks/recordings/kafka.mp4"
            """);
        site.AssertFile("c/index.html", "\"url\":\"https://ada.github.io/recaps/about/\"");
        site.AssertFile("speakers/ada-lovelace/index.html", """
            <a href="/recaps/about/">Website</a>
            "sameAs":["https://ada.github.io/recaps/about/"]
            """);
        site.AssertFile("c/talks/kafka-deck.pdf", "%PDF");
    }

    [Test]
    public void PathThatNamesNothingIsAnErrorAtItsKeyAndAWebAddressWithoutItsSchemeSaysSo()
    {
        using var site = TestSite.Build(Config + """

            -- content/conferences/c/index.md --
            ---
            name: C
            website: /nowhere/
            ---
            -- content/conferences/c/talks/kafka.md --
            ---
            title: Kafka
            speakers: [Ada Lovelace]
            slides: speakerdeck.com/ada/kafka
            video: Kafka.mp4
            links:
              - title: Code
                url: github.com/ada/kafka
            ---
            -- content/conferences/c/talks/kafka.mp4 --
            not really a video
            -- content/speakers/ada-lovelace.md --
            ---
            name: Ada Lovelace
            links:
              website: www.ada.dev
            ---
            """);

        Assert.That(site.ErrorLines(), Is.EqualTo(new[]
        {
            "content/conferences/c/index.md(3,1): error RC0112: website '/nowhere/' not found (no page or file of the site has that path)",
            "content/conferences/c/talks/kafka.md(4,1): error RC0112: slides 'speakerdeck.com/ada/kafka' not found (looked for content/conferences/c/talks/speakerdeck.com/ada/kafka); a web address starts with https://, as in https://speakerdeck.com/ada/kafka",
            "content/conferences/c/talks/kafka.md(5,1): error RC0112: video 'Kafka.mp4' not found (looked for content/conferences/c/talks/Kafka.mp4); did you mean content/conferences/c/talks/kafka.mp4? (names differ in case)",
            "content/conferences/c/talks/kafka.md(8,5): error RC0112: url 'github.com/ada/kafka' not found (looked for content/conferences/c/talks/github.com/ada/kafka); a web address starts with https://, as in https://github.com/ada/kafka",
            "content/speakers/ada-lovelace.md(4,3): error RC0112: website 'www.ada.dev' not found (looked for content/speakers/www.ada.dev); a web address starts with https://, as in https://www.ada.dev",
        }));
    }

    [TestCase("speakerdeck.com/ada/kafka", true)]
    [TestCase("www.ada.dev", true)]
    [TestCase("ada.dev", true)]
    [TestCase("docs.google.com/presentation/d/1", true)]
    [TestCase("deck.pdf", false)]
    [TestCase("kafka.md", false)]
    [TestCase("Slides.PPTX", false)]
    [TestCase("decks/kafka.pdf", false)]
    [TestCase("../deck.pdf", false)]
    [TestCase("/about/", false)]
    [TestCase("ada dev.com/x", false)]
    public void WebAddressWithoutItsSchemeIsToldFromAPath(string path, bool webAddress)
    {
        Assert.That(Recap.Text.SafeUrl.LooksLikeWebAddress(path), Is.EqualTo(webAddress));
    }

    [Test]
    public void SlidesOfADraftAreNotPublishedAndThoseAPublishedTalkNamesAre()
    {
        using var site = TestSite.Build(Conference + """

            -- content/conferences/c/talks/kafka.md --
            ---
            title: Kafka
            draft: true
            slides: kafka-deck.pdf
            ---
            -- content/conferences/c/talks/kafka-deck.pdf --
            %PDF draft
            -- content/conferences/c/talks/flink.md --
            ---
            title: Flink
            draft: true
            ---
            -- content/conferences/c/talks/flink.pdf --
            %PDF of a draft, named by a published talk
            -- content/conferences/c/talks/storm.md --
            ---
            title: Storm
            links:
              - title: Flink deck
                url: flink.pdf
            ---
            """);

        site.AssertClean();
        Assert.That(File.Exists(Path.Combine(site.Output, "c/talks/kafka-deck.pdf")), Is.False, "a draft's slides are not published");
        site.AssertFile("c/talks/flink.pdf", "%PDF of a draft");
        site.AssertFile("c/storm/index.html", "<a href=\"/recaps/c/talks/flink.pdf\">Flink deck</a>");
    }
}
