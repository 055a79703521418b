using Recap.Tests.Support;
using SkiaSharp;

namespace Recap.Tests.Sharing;

public sealed class CardBuildTests
{
    [Test]
    public void SecondBuildWithNoChangeDrawsNoCard()
    {
        using var site = TestSite.Build(Sites.OneTalk);

        Assert.That(site.Stdout, Does.Contain("drew 5 social cards (reused 0)"), "the site, the talk, the conference, the speaker, the topic");
        var card = File.ReadAllBytes(Path.Combine(site.Output, "conf-2024/first/card.png"));

        site.Run();

        Assert.That(site.Stdout, Does.Contain("drew 0 social cards (reused 5)"));
        Assert.That(File.ReadAllBytes(Path.Combine(site.Output, "conf-2024/first/card.png")), Is.EqualTo(card));
    }

    [Test]
    public void CharactersNoFontDrawsAreToldOfOnEveryBuild()
    {
        // U+0378 and U+0379 are unassigned: no font on any machine draws them.
        using var site = TestSite.Build(Sites.OneTalk.Replace("title: First talk", "title: \"First \u0378\u0379 talk\"", StringComparison.Ordinal));
        const string Advice = "Social cards show boxes for characters no font on this machine draws: \u0378 (U+0378), \u0379 (U+0379). Install a font that has them (on Debian or Ubuntu, fonts-noto-core) and build again.\n";

        site.AssertClean();
        Assert.That(site.Stdout, Does.Contain(" ms.\n" + Advice), "after the summary line");
        Assert.That(site.Stdout, Does.Contain("drew 5 social cards"));

        site.Run();

        Assert.That(site.Stdout, Does.Contain("drew 0 social cards (reused 5)"));
        Assert.That(site.Stdout, Does.EndWith(Advice), "a reused card shows the same boxes");
    }

    [Test]
    public void ChangingATalkTitleRedrawsOnlyItsCard()
    {
        using var site = TestSite.Build(Sites.OneTalk);
        var before = File.ReadAllBytes(Path.Combine(site.Output, "conf-2024/first/card.png"));

        site.Write(Sites.OneTalk.Replace("title: First talk", "title: The first talk", StringComparison.Ordinal));
        site.Run();

        Assert.That(site.Stdout, Does.Contain("drew 1 social card (reused 4)"));
        Assert.That(File.ReadAllBytes(Path.Combine(site.Output, "conf-2024/first/card.png")), Is.Not.EqualTo(before));
    }

    [Test]
    public void CardsAreCachedBesideTheOutputNotInIt()
    {
        using var site = TestSite.Build(Sites.OneTalk);

        var cache = Path.Combine(site.Root, ".recap-cache", "_site", "cards");
        Assert.That(Directory.GetFiles(cache, "*.png"), Has.Length.EqualTo(5));
        Assert.That(site.OutputFiles().Count(f => f.EndsWith("card.png", StringComparison.Ordinal)), Is.EqualTo(5));
    }

    [Test]
    public void PageWithItsOwnImageGetsNoCard()
    {
        using var site = TestSite.Create(Sites.OneTalk.Replace("topics: [Engines]", "topics: [Engines]\nimage: photo.png", StringComparison.Ordinal));
        File.WriteAllBytes(Path.Combine(site.Root, "content/conferences/conf-2024/talks/photo.png"), Checks.CheckSites.Png(1200, 630));
        site.Run();

        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
        Assert.That(site.Exists("conf-2024/first/card.png"), Is.False);
        Assert.That(site.Stdout, Does.Contain("drew 4 social cards"));
    }

    [Test]
    public void ThemeColoursPaintTheCards()
    {
        using var site = TestSite.Build(Sites.OneTalk.Replace("title: Recaps", "title: Recaps\ntheme: night", StringComparison.Ordinal) + """

            -- themes/night/theme.yml --
            name: night
            card:
              background: "#101820"
              foreground: "#f0f0f0"
              accent: "#ff8800"
            """);
        Assert.That(site.ExitCode, Is.Zero, site.Stderr);

        using var card = SKBitmap.Decode(Path.Combine(site.Output, "conf-2024/first/card.png"));
        Assert.That(card.GetPixel(5, 5), Is.EqualTo(new SKColor(0x10, 0x18, 0x20)));
    }

    [Test]
    public void WithoutSocialCardsEveryPageShowsTheSiteCard()
    {
        using var site = TestSite.Build(Sites.OneTalk.Replace("title: Recaps", "title: Recaps\noptions:\n  social_cards: false", StringComparison.Ordinal));

        site.AssertClean();
        Assert.That(site.Stdout, Does.Contain("drew 1 social card (reused 0)"));
        Assert.That(site.OutputFiles().Where(f => f.EndsWith("card.png", StringComparison.Ordinal)), Is.EqualTo(new[] { "card.png" }));
        site.AssertFile("conf-2024/first/index.html", """
            <meta property="og:image" content="https://recaps.example.org/card.png">
            """);
    }
}
