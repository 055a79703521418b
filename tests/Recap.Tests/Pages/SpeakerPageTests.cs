using Recap.Tests.Support;

namespace Recap.Tests.Pages;

public sealed class SpeakerPageTests
{
    [Test]
    public void TalkCardsOnASpeakersPageNameOnlyTheOtherSpeakers()
    {
        using var site = TestSite.Build(Sites.Config + """

            -- content/conferences/c/index.md --
            ---
            name: C
            ---
            -- content/conferences/c/talks/solo.md --
            ---
            title: Solo
            speakers: [Ada Lovelace]
            ---
            -- content/conferences/c/talks/duo.md --
            ---
            title: Duo
            speakers: [Ada Lovelace, Charles Babbage]
            ---
            """);

        site.AssertClean();
        site.AssertFile("speakers/ada-lovelace/index.html", """
            <h1>Ada Lovelace</h1>
            <span class="speakers">With <a href="/speakers/charles-babbage/">Charles Babbage</a></span>
            ! <a href="/speakers/ada-lovelace/">
            """);
        site.AssertFile("speakers/charles-babbage/index.html", """
            <span class="speakers">With <a href="/speakers/ada-lovelace/">Ada Lovelace</a></span>
            ! <a href="/speakers/charles-babbage/">
            """);
        var solo = site.ReadFile("speakers/ada-lovelace/index.html");
        Assert.That(solo, Does.Match(@">Solo</a></h3>\s*<p class=""card-meta"">\s*<a class=""conference-link"" href=""/c/"">C</a>"), "the card of a talk given alone names nobody");
        site.AssertFile("c/index.html", """
            <span class="speakers"><a href="/speakers/ada-lovelace/">Ada Lovelace</a>, <a href="/speakers/charles-babbage/">Charles Babbage</a></span>
            """);
    }
}
