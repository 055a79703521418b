using Recap.Tests.Support;

namespace Recap.Tests.Pages;

public sealed class SitePagesTests
{
    [Test]
    public void HomeListsLatestConferencesWithTalkCountsAndMostCoveredTopics()
    {
        using var site = TestSite.Build(Sites.Config + """

            -- content/site.yml --
            title: Recaps
            description: Talks I saw.
            options:
              home_conferences: 2
              home_topics: 1
            -- content/conferences/a/index.md --
            ---
            name: Conf A
            start: 2021
            ---
            -- content/conferences/b/index.md --
            ---
            name: Conf B
            start: 2022
            ---
            -- content/conferences/b/talks/one.md --
            ---
            title: One
            topics: [Rust, Go]
            ---
            -- content/conferences/b/talks/two.md --
            ---
            title: Two
            topics: [Rust]
            ---
            -- content/conferences/c/index.md --
            ---
            name: Conf C
            start: 2023
            ---
            """);

        site.AssertClean();
        site.AssertFile("index.html", """
            <title>Recaps</title>
            Talks I saw.
            Conf C
            Conf B
            2&nbsp;talks
            ! Conf A
            href="/conferences/"
            <a href="/topics/rust/">Rust</a>
            ! >Go<
            """);
        site.AssertOrder("index.html", "Conf C", "Conf B");
    }

    [Test]
    public void HomeShowsTheLatestTalksAndTheCoversOfConferences()
    {
        using var site = TestSite.Build(Sites.Config + """

            -- content/site.yml --
            title: Recaps
            base_url: https://user.github.io/recaps/
            options:
              home_talks: 3
            -- content/conferences/old/index.md --
            ---
            name: Old Conf
            start: 2021-03-01
            cover: cover.svg
            cover_alt: ""
            ---
            -- content/conferences/old/cover.svg --
            <svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"/>
            -- content/conferences/old/talks/ancient.md --
            ---
            title: Ancient
            speakers: [Ada Lovelace]
            ---
            -- content/conferences/new/index.md --
            ---
            name: New Conf
            start: 2024-05-02
            end: 2024-05-03
            ---
            -- content/conferences/new/talks/opening.md --
            ---
            title: Opening
            speakers: [Grace Hopper]
            format: keynote
            ---
            -- content/conferences/new/talks/morning.md --
            ---
            title: Morning
            time: "10:00"
            ---
            -- content/conferences/new/talks/afternoon.md --
            ---
            title: Afternoon
            time: "15:00"
            ---
            -- content/conferences/new/talks/second-day.md --
            ---
            title: Second day
            date: 2024-05-03
            ---
            -- content/conferences/new/talks/dropped.md --
            ---
            title: Dropped
            date: 2024-05-03
            status: cancelled
            ---
            """);

        site.AssertClean();
        site.AssertFile("index.html", """
            <h2 id="latest-talks">Latest talks</h2>
            <img class="card-cover" src="/recaps/old/cover.svg" alt="" width="8" height="8" loading="lazy" decoding="async">
            <a href="/recaps/new/second-day/">Second day</a>
            <a href="/recaps/new/afternoon/">Afternoon</a>
            <a href="/recaps/new/morning/">Morning</a>
            <a class="conference-link" href="/recaps/new/">New Conf</a>
            ! >Dropped<
            ! >Ancient<
            ! >Opening<
            """);
        site.AssertOrder("index.html", ">New Conf</a></h3>", "<img class=\"card-cover\"", ">Old Conf</a></h3>", "Latest talks", ">Second day<", ">Afternoon<", ">Morning<");
        site.AssertFile("old/index.html", "<img class=\"cover\" src=\"/recaps/old/cover.svg\" alt=\"\" width=\"8\" height=\"8\" fetchpriority=\"high\" decoding=\"async\">");
        site.AssertFile("conferences/index.html", "! card-cover");
    }

    [Test]
    public void PlainPagesAreRenderedAndCanJoinTheMenu()
    {
        using var site = TestSite.Build(Sites.OneTalk + """

            -- content/pages/about.md --
            ---
            title: About
            menu: true
            ---
            Who writes this.
            -- content/pages/colophon.md --
            ---
            title: Colophon
            ---
            How it is made.
            """);

        site.AssertClean();
        site.AssertFile("about/index.html", """
            <h1>About</h1>
            <p>Who writes this.</p>
            """);
        site.AssertFile("colophon/index.html", "<p>How it is made.</p>");
        site.AssertFile("conf-2024/index.html", """
            href="/about/"
            ! href="/colophon/"
            """);
    }

    [Test]
    public void NotFoundPageLinksWorkFromAnyDepth()
    {
        using var site = TestSite.Build(Sites.OneTalk, "--base-url", "https://user.github.io/recaps/");

        site.AssertFile("404.html", """
            <h1>Page not found</h1>
            href="/recaps/"
            href="/recaps/assets/style.css"
            ! href="assets/
            """);
    }

    [Test]
    public void NotFoundPageIsDescribedAndNotIndexedAndClaimsNoAddress()
    {
        using var site = TestSite.Build(Sites.OneTalk, "--base-url", "https://user.github.io/recaps/");

        site.AssertFile("404.html", """
            <meta name="description" content="There is no page at this address on
            <meta name="robots" content="noindex">
            ! rel="canonical"
            ! og:url
            """);
        site.AssertFile("index.html", """
            <link rel="canonical" href="https://user.github.io/recaps/">
            <meta property="og:url" content="https://user.github.io/recaps/">
            ! name="robots"
            """);
    }

    [Test]
    public void EveryPageIsASemanticHtmlDocument()
    {
        using var site = TestSite.Build(Sites.OneTalk);

        foreach (var file in site.OutputFiles().Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            site.AssertFile(file, """
                <!doctype html>
                <html lang="en">
                <meta name="viewport"
                <header
                <nav
                <main
                <footer
                <h1
                """);
        }
    }
}
