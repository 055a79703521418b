using Recap.Incremental;
using Recap.Tests.Support;

namespace Recap.Tests.Incremental;

/// <summary>
/// <c>recap serve</c> writes pages before their social cards: a build leaves out the cards its
/// cache does not hold, and they are drawn after, a batch at a time, between rebuilds.
/// </summary>
public sealed class DeferredCardsTests
{
    private const string Site = """
        -- content/site.yml --
        title: Recaps
        base_url: https://recaps.example.org/
        -- content/speakers/ada.md --
        ---
        name: Ada Lovelace
        ---
        -- content/conferences/c1/index.md --
        ---
        name: Conf One
        start: 2024-05-02
        ---
        -- content/conferences/c1/talks/a.md --
        ---
        title: Talk A
        speakers: [ada]
        topics: [engines]
        ---
        A.
        -- content/conferences/c1/talks/b.md --
        ---
        title: Talk B
        speakers: [ada]
        topics: [engines]
        ---
        B.
        """;

    private static readonly string[] Cards =
        ["c1/a/card.png", "c1/b/card.png", "c1/card.png", "card.png", "speakers/ada/card.png", "topics/engines/card.png"];

    [Test]
    public void FirstBuildWritesPagesThatNameCardsNotDrawnYet()
    {
        using var live = new LiveSiteFixture(Site, deferCards: true);

        Assert.That(live.First.Result.PendingCards.Select(c => c.Path), Is.EqualTo(Cards));
        Assert.That(live.Live.PendingCards, Is.EqualTo(Cards.Length));
        Assert.That(Folder.Files(live.Output).Where(f => f.EndsWith("card.png", StringComparison.Ordinal)), Is.Empty);
        Assert.That(File.ReadAllText(Path.Combine(live.Output, "c1/a/index.html")), Does.Contain("""<meta property="og:image" content="https://recaps.example.org/c1/a/card.png">"""));
    }

    [Test]
    public void PendingCardsAreDrawnInBatchesUntilTheSiteIsWhole()
    {
        using var live = new LiveSiteFixture(Site, deferCards: true);

        Assert.That(live.Live.DrawPendingCards(4), Is.EqualTo(4));
        Assert.That(live.Live.PendingCards, Is.EqualTo(2));
        Assert.That(live.Live.DrawPendingCards(4), Is.EqualTo(2));
        Assert.That(live.Live.DrawPendingCards(4), Is.Zero);
        live.AssertSameAsCleanBuild();
    }

    [Test]
    public void CardOfATitleEditedBeforeItWasDrawnShowsTheNewTitle()
    {
        using var live = new LiveSiteFixture(Site, deferCards: true);
        live.Live.DrawPendingCards(1); // c1/a/card.png, with the old title
        live.Write("""
            -- content/conferences/c1/talks/b.md --
            ---
            title: Talk B, renamed
            speakers: [ada]
            topics: [engines]
            ---
            B.
            """);
        var rebuild = live.Rebuild("content/conferences/c1/talks/b.md");

        Assert.That(rebuild.Result.PendingCards.Select(c => c.Path), Does.Contain("c1/b/card.png"));
        while (live.Live.DrawPendingCards(2) > 0)
        {
        }

        live.AssertSameAsCleanBuild();
    }

    [Test]
    public void CardsTheCacheHoldsAreWrittenWithThePages()
    {
        using var live = new LiveSiteFixture(Site, deferCards: true);
        while (live.Live.DrawPendingCards(10) > 0)
        {
        }

        // serve started again on the same site: its cache has every card.
        var again = new LiveSite(new SiteOptions
        {
            Source = live.Root,
            Output = Path.Combine(live.Root, "_again"),
            CardCache = Path.Combine(live.Root, ".recap-cache", "_site", "cards"),
            Today = new DateOnly(2026, 6, 1),
            DeferCards = true,
        }).Build();

        Assert.That(again.Result.PendingCards, Is.Empty);
        Assert.That(again.Result.CardsReused, Is.EqualTo(Cards.Length));
        Assert.That(Folder.Files(Path.Combine(live.Root, "_again")).Where(f => f.EndsWith("card.png", StringComparison.Ordinal)), Is.EqualTo(Cards));
    }
}
