using Recap.Cards;
using Recap.Tests.Support;

namespace Recap.Tests.Cards;

/// <summary>The cards in docs/cards/, painted again when the painter changes: run these by name, then look at them.</summary>
[Explicit("writes docs/cards/")]
public sealed class SampleCards
{
    private static readonly Dictionary<string, SocialCard> Cards = new()
    {
        ["talk-long"] = new SocialCard
        {
            SiteName = "Conference recaps",
            Kicker = "dotScale 2018",
            Title = "Data pipelines for Call of Duty: how we process billions of game events a day with Kafka, Spark and a lot of patience, and what we would do differently if we started again today",
            People = ["Yaroslav Tkachenko · Activision", "Jane Doe · Acme Corporation"],
            Badge = "Lightning talk",
        },
        ["talk-hebrew"] = new SocialCard
        {
            SiteName = "Conference recaps",
            Kicker = "ReversimSummit 2019",
            Title = "שלום עולם: Rust בפרודקשן",
            People = ["דנה כהן · Wix"],
            Badge = "Talk",
        },
        ["speaker"] = new SocialCard
        {
            SiteName = "Conference recaps",
            Title = "Zoë Ångström",
            People = ["Staff engineer · Acme", "3 talks at dotScale 2018, dotGo 2019"],
            Badge = "Speaker",
        },
    };

    [TestCase("talk-long")]
    [TestCase("talk-hebrew")]
    [TestCase("speaker")]
    public void Paint(string name)
    {
        var path = Path.Combine(Repository.Root, "docs", "cards", name + ".png");
        File.WriteAllBytes(path, CardPainter.Paint(Cards[name]));
        TestContext.Out.WriteLine(path);
    }
}
