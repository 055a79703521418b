using System.Text.Json;
using AngleSharp.Html.Parser;
using Recap.Tests.Checks;
using Recap.Tests.Support;

namespace Recap.Tests.Sharing;

public sealed class PreviewTests
{
    [Test]
    public void TalkPageHasOpenGraphAndTwitterCardWithAbsoluteUrls()
    {
        using var site = TestSite.Build(TrickySite.Files);

        site.AssertFile("conf-2024/tricky/index.html", """
            <title>Quotes &quot;q&quot;, &lt;b&gt;tags&lt;/b&gt; &amp; &lt;/script&gt; by Zoë · Zoë&#39;s &lt;Recaps&gt; &amp; &quot;notes&quot;</title>
            <meta name="description" content="The write-up, with &quot;quotes&quot; &amp; a &lt; b.">
            <link rel="canonical" href="https://example.github.io/recaps/conf-2024/tricky/">
            <meta property="og:site_name" content="Zoë&#39;s &lt;Recaps&gt; &amp; &quot;notes&quot;">
            <meta property="og:type" content="article">
            <meta property="og:title" content="Quotes &quot;q&quot;, &lt;b&gt;tags&lt;/b&gt; &amp; &lt;/script&gt; by Zoë">
            <meta property="og:description" content="The write-up, with &quot;quotes&quot; &amp; a &lt; b.">
            <meta property="og:url" content="https://example.github.io/recaps/conf-2024/tricky/">
            <meta property="og:image" content="https://example.github.io/recaps/conf-2024/tricky/card.png">
            <meta property="og:image:width" content="1200">
            <meta property="og:image:height" content="630">
            <meta property="og:image:alt" content="Quotes &quot;q&quot;, &lt;b&gt;tags&lt;/b&gt; &amp; &lt;/script&gt; by Zoë, Conf &lt;2024&gt; &amp; &quot;friends&quot;">
            <meta property="article:published_time" content="2024-05-03">
            <meta property="article:tag" content="Engines &amp; Co">
            <meta property="article:tag" content="Zoë&#39;s topic">
            <meta name="twitter:card" content="summary_large_image">
            <meta name="twitter:site" content="@zoe_recaps">
            <meta name="twitter:creator" content="@zoe_a">
            """);
    }

    [Test]
    public void EveryPageHasAPreviewImageAndEveryPageButThe404ACanonicalUrl()
    {
        using var site = TestSite.Build(TrickySite.Files);

        var parser = new HtmlParser();
        var pages = site.OutputFiles().Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.That(pages, Has.Count.GreaterThan(8));
        Assert.Multiple(() =>
        {
            foreach (var page in pages)
            {
                var document = parser.ParseDocument(site.ReadFile(page));
                var image = document.QuerySelector("meta[property='og:image']")?.GetAttribute("content");
                Assert.That(image, Does.StartWith("https://example.github.io/recaps/"), page);
                if (page == "404.html")
                {
                    // Served at every missing address, it is the canonical page of none.
                    Assert.That(document.QuerySelector("link[rel=canonical], meta[property='og:url']"), Is.Null, page);
                    continue;
                }

                Assert.That(document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"), Does.StartWith("https://example.github.io/recaps/"), page);
                Assert.That(document.QuerySelector("meta[property='og:url']")?.GetAttribute("content"), Does.StartWith("https://example.github.io/recaps/"), page);
            }
        });
    }

    [Test]
    public void DescriptionIsCutAtAWordNear160Characters()
    {
        var words = string.Join(' ', Enumerable.Repeat("abcdefghi", 40));
        using var site = TestSite.Build(Sites.OneTalk.Replace("The write-up.", words, StringComparison.Ordinal));

        var description = new HtmlParser().ParseDocument(site.ReadFile("conf-2024/first/index.html"))
            .QuerySelector("meta[name=description]")!.GetAttribute("content")!;
        Assert.That(description, Is.EqualTo(string.Join(' ', Enumerable.Repeat("abcdefghi", 16)) + "…"));
    }

    /// <summary>
    /// A conference or talk page with neither a summary nor a first paragraph (as an imported talk
    /// often is) had no description (Lighthouse SEO 92): it is described by its facts.
    /// </summary>
    [Test]
    public void ConferenceAndTalkPagesWithoutWordsOfTheirOwnAreDescribedByTheirFacts()
    {
        using var site = TestSite.Build(Sites.Config + """

            -- content/conferences/zurich-2025/index.md --
            ---
            name: Café Conf 2025
            location: Zürich
            start: 2025-06-12
            end: 2025-06-14
            ---
            -- content/conferences/zurich-2025/talks/keynote.md --
            ---
            title: Opening
            speakers: [Ada Lovelace, Grace Hopper]
            format: keynote
            date: 2025-06-13
            ---
            -- content/conferences/zurich-2025/talks/nobody.md --
            ---
            title: Closing
            ---
            -- content/conferences/zurich-2025/talks/written.md --
            ---
            title: Written
            speakers: [Ada Lovelace]
            ---
            What the talk showed.
            -- content/conferences/undated/index.md --
            ---
            name: Undated
            ---
            -- content/conferences/undated/talks/one.md --
            ---
            title: One
            speakers: [Grace Hopper]
            format: lightning
            ---
            """);

        site.AssertClean();
        site.AssertFile("zurich-2025/index.html", """<meta name="description" content="Café Conf 2025, Zürich, 12–14 June 2025: 3 talks.">""");
        site.AssertFile("undated/index.html", """<meta name="description" content="Undated: 1 talk.">""");
        site.AssertFile("zurich-2025/keynote/index.html", """<meta name="description" content="Keynote by Ada Lovelace, Grace Hopper at Café Conf 2025, Zürich, 13 June 2025.">""");
        site.AssertFile("zurich-2025/keynote/index.html", """<meta property="og:description" content="Keynote by Ada Lovelace, Grace Hopper at Café Conf 2025, Zürich, 13 June 2025.">""");
        site.AssertFile("zurich-2025/nobody/index.html", """<meta name="description" content="Talk at Café Conf 2025, Zürich, 12–14 June 2025.">""");
        site.AssertFile("zurich-2025/written/index.html", """<meta name="description" content="What the talk showed.">""");
        site.AssertFile("undated/one/index.html", """<meta name="description" content="Lightning talk by Grace Hopper at Undated.">""");
    }

    /// <summary>A page of the site's own whose body starts with a heading or a list had no description.</summary>
    [Test]
    public void APageWithoutWordsOfItsOwnIsDescribedAsTheSiteIs()
    {
        const string Colophon = """

            -- content/pages/colophon.md --
            ---
            title: Colophon
            ---
            ## Tools

            - Recap
            """;
        using var site = TestSite.Build(Sites.OneTalk + Colophon);
        using var described = TestSite.Build(Sites.OneTalk.Replace("title: Recaps\n", "title: Recaps\ndescription: Notes from the hallway.\n", StringComparison.Ordinal) + Colophon);

        site.AssertClean();
        site.AssertFile("colophon/index.html", """<meta name="description" content="1 talk from 1 conference, by 1 speaker.">""");
        described.AssertFile("colophon/index.html", """<meta name="description" content="Notes from the hallway.">""");
    }

    /// <summary>A home page without a description was left without one, and search engines show a piece of the page instead (Lighthouse SEO 92).</summary>
    [Test]
    public void AHomePageWithoutADescriptionIsDescribedByWhatTheSiteHolds()
    {
        using var site = TestSite.Build(Sites.OneTalk);
        using var german = TestSite.Build(Sites.OneTalk.Replace("title: Recaps\n", "title: Recaps\nlanguage: de\n", StringComparison.Ordinal));
        using var described = TestSite.Build(Sites.OneTalk.Replace("title: Recaps\n", "title: Recaps\ndescription: Notes from the hallway.\n", StringComparison.Ordinal));

        site.AssertFile("index.html", """<meta name="description" content="1 talk from 1 conference, by 1 speaker.">""");
        german.AssertFile("index.html", """<meta name="description" content="1 Vortrag aus 1 Konferenz, 1 vortragende Person.">""");
        described.AssertFile("index.html", """
            <meta name="description" content="Notes from the hallway.">
            ! by 1 speaker.">
            """);
    }

    [Test]
    public void ItsOwnImageWinsOverTheCardWithItsSizeReadFromTheFile()
    {
        using var site = TestSite.Create(Sites.OneTalk.Replace("topics: [Engines]", "topics: [Engines]\nimage: photo.png", StringComparison.Ordinal));
        File.WriteAllBytes(Path.Combine(site.Root, "content/conferences/conf-2024/talks/photo.png"), CheckSites.Png(1600, 838));
        site.Run();

        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
        site.AssertFile("conf-2024/first/index.html", """
            <meta property="og:image" content="https://recaps.example.org/conf-2024/talks/photo.png">
            <meta property="og:image:width" content="1600">
            <meta property="og:image:height" content="838">
            ! card.png
            """);
    }

    [Test]
    public void AConferenceSpeakerOrPageImageIsItsPreviewWithItsSize()
    {
        using var site = TestSite.Create(Sites.OneTalk.Replace("start: 2024-05-02", "start: 2024-05-02\nimage: share.png", StringComparison.Ordinal) + "\n" + """
            -- content/speakers/ada-lovelace.md --
            ---
            name: Ada Lovelace
            image: share.png
            ---
            -- content/pages/about.md --
            ---
            title: About
            image: share.png
            ---
            About.
            """);
        foreach (var folder in new[] { "content/conferences/conf-2024", "content/speakers", "content/pages" })
        {
            File.WriteAllBytes(Path.Combine(site.Root, folder, "share.png"), CheckSites.Png(1200, 630));
        }

        site.Run();

        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
        site.AssertFile("conf-2024/index.html", """
            <meta property="og:image" content="https://recaps.example.org/conf-2024/share.png">
            <meta property="og:image:width" content="1200">
            """);
        site.AssertFile("speakers/ada-lovelace/index.html", """
            <meta property="og:image" content="https://recaps.example.org/speakers/share.png">
            <meta property="og:image:height" content="630">
            """);
        site.AssertFile("about/index.html", """
            <meta property="og:image" content="https://recaps.example.org/share.png">
            """);
    }

    [TestCase("diagram.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>")]
    [TestCase("photo.png", "not a PNG at all")]
    public void AnImageNoSocialNetworkShowsIsOnThePageAndTheDrawnCardIsThePreview(string name, string content)
    {
        using var site = TestSite.Create(Sites.OneTalk.Replace("topics: [Engines]", $"topics: [Engines]\nimage: {name}\nalt: A diagram", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(site.Root, "content/conferences/conf-2024/talks", name), content);
        site.Run();

        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
        site.AssertFile("conf-2024/first/index.html", $"""
            <meta property="og:image" content="https://recaps.example.org/conf-2024/first/card.png">
            <meta property="og:image:width" content="1200">
            src="/conf-2024/talks/{name}" alt="A diagram"
            """);
        Assert.That(site.Exists("conf-2024/first/card.png"), Is.True);
    }

    [Test]
    public void JsonLdDescribesTheTalkAsAnEventOfTheConferenceAndSurvivesScriptEndTags()
    {
        using var site = TestSite.Build(TrickySite.Files);

        using var json = site.StructuredData("conf-2024/tricky/index.html");
        var graph = json.RootElement.GetProperty("@graph");
        var article = graph[0];
        var talk = graph[1];
        Assert.Multiple(() =>
        {
            Assert.That(json.RootElement.GetProperty("@context").GetString(), Is.EqualTo("https://schema.org"));
            Assert.That(article.GetProperty("@type").GetString(), Is.EqualTo("Article"));
            Assert.That(article.GetProperty("headline").GetString(), Is.EqualTo(TrickySite.Title));
            Assert.That(article.GetProperty("about").GetProperty("@id").GetString(), Is.EqualTo(talk.GetProperty("@id").GetString()));
            Assert.That(talk.GetProperty("@type").GetString(), Is.EqualTo("EducationEvent"));
            Assert.That(talk.GetProperty("name").GetString(), Is.EqualTo(TrickySite.Title));
            Assert.That(talk.GetProperty("startDate").GetString(), Is.EqualTo("2024-05-03T10:30"));
            Assert.That(talk.GetProperty("performer").EnumerateArray().Select(p => p.GetProperty("name").GetString()), Is.EqualTo(new[] { "Zoë Ångström", "Ada Lovelace" }));
            Assert.That(talk.GetProperty("performer")[0].GetProperty("sameAs").EnumerateArray().Select(s => s.GetString()), Is.EqualTo(new[] { "https://x.com/zoe_a", "https://github.com/zoe" }));
            Assert.That(talk.GetProperty("about").EnumerateArray().Select(p => p.GetProperty("name").GetString()), Is.EqualTo(new[] { "Engines & Co", "Zoë's topic" }));
            Assert.That(talk.GetProperty("superEvent").GetProperty("name").GetString(), Is.EqualTo("Conf <2024> & \"friends\""));
            Assert.That(talk.GetProperty("superEvent").GetProperty("@id").GetString(), Is.EqualTo("https://example.github.io/recaps/conf-2024/#event"));
            Assert.That(talk.GetProperty("superEvent").TryGetProperty("description", out _), Is.False, "the conference is described on its own page");
            Assert.That(talk.GetProperty("description").GetString(), Is.EqualTo("The write-up, with \"quotes\" & a < b."));
            Assert.That(article.TryGetProperty("description", out _), Is.False, "the page's description is said once, by the event");
            Assert.That(talk.GetProperty("location").GetProperty("name").GetString(), Is.EqualTo("Cité </script> Centre"));
            Assert.That(talk.GetProperty("recordedIn").GetProperty("@type").GetString(), Is.EqualTo("VideoObject"));
            Assert.That(talk.GetProperty("recordedIn").GetProperty("url").GetString(), Is.EqualTo("https://video.example/tricky"));
        });
        Assert.That(site.ReadFile("conf-2024/tricky/index.html"), Does.Contain("Zoë Ångström").And.Not.Contain("\\u00EB"), "letters are written as they are");
    }

    [Test]
    public void JsonLdDescribesTheConferenceWithItsTalksAndTheSpeakerAsAPerson()
    {
        using var site = TestSite.Build(TrickySite.Files);

        using var conference = site.StructuredData("conf-2024/index.html");
        var conferenceEvent = conference.RootElement.GetProperty("@graph")[1];
        Assert.Multiple(() =>
        {
            Assert.That(conferenceEvent.GetProperty("@type").GetString(), Is.EqualTo("Event"));
            Assert.That(conferenceEvent.GetProperty("startDate").GetString(), Is.EqualTo("2024-05-02"));
            Assert.That(conferenceEvent.GetProperty("endDate").GetString(), Is.EqualTo("2024-05-03"));
            Assert.That(conferenceEvent.GetProperty("location").GetProperty("address").GetString(), Is.EqualTo("Lyon"));
            Assert.That(conferenceEvent.GetProperty("subEvent").EnumerateArray().Select(e => e.GetProperty("name").GetString()), Is.EqualTo(new[] { "First talk", TrickySite.Title }));
        });

        // A talk is named, dated and linked from its conference's page; its own page describes it.
        using var talk = site.StructuredData("conf-2024/tricky/index.html");
        var named = conference.RootElement.GetProperty("@graph")[1].GetProperty("subEvent")[1];
        Assert.Multiple(() =>
        {
            Assert.That(named.GetProperty("@id").GetString(), Is.EqualTo(talk.RootElement.GetProperty("@graph")[1].GetProperty("@id").GetString()));
            Assert.That(named.GetProperty("url").GetString(), Is.EqualTo("https://example.github.io/recaps/conf-2024/tricky/"));
            Assert.That(named.GetProperty("startDate").GetString(), Is.EqualTo("2024-05-03T10:30"));
            Assert.That(named.GetProperty("performer").EnumerateArray().Select(p => p.GetProperty("url").GetString()), Is.EqualTo(new[] { "https://example.github.io/recaps/speakers/zoe/", "https://example.github.io/recaps/speakers/ada-lovelace/" }));
            Assert.That(named.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "@type", "name", "url", "startDate", "@id", "performer" }));
        });

        using var speaker = site.StructuredData("speakers/zoe/index.html");
        Assert.Multiple(() =>
        {
            Assert.That(speaker.RootElement.GetProperty("@type").GetString(), Is.EqualTo("Person"));
            Assert.That(speaker.RootElement.GetProperty("name").GetString(), Is.EqualTo("Zoë Ångström"));
            Assert.That(speaker.RootElement.GetProperty("worksFor").GetProperty("name").GetString(), Is.EqualTo("Fjord & Co"));
            Assert.That(speaker.RootElement.GetProperty("sameAs").GetArrayLength(), Is.EqualTo(2));
        });
    }
}
