using Recap.Cards;
using SkiaSharp;

namespace Recap.Tests.Cards;

public sealed class CardCacheTests
{
    private static readonly SocialCard Card = new()
    {
        SiteName = "Recaps",
        Kicker = "dotScale 2018",
        Title = "Istio",
        People = ["Jane Doe · Acme"],
        Badge = "Talk",
    };

    private string _directory = null!;

    [SetUp]
    public void CreateFolder() => _directory = Path.Combine(Path.GetTempPath(), "recap-tests", Guid.NewGuid().ToString("N"), "cards");

    [TearDown]
    public void DeleteFolder()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Test]
    public void FirstBuildPaintsTheCard()
    {
        var cache = new CardCache(_directory);

        var path = cache.GetOrPaint(Card, out var drawn);

        Assert.That(drawn, Is.True);
        Assert.That((cache.Drawn, cache.Reused), Is.EqualTo((1, 0)));
        Assert.That(File.ReadAllBytes(path), Is.EqualTo(CardPainter.Paint(Card)));
        Assert.That(Path.GetDirectoryName(path), Is.EqualTo(_directory));
    }

    [Test]
    public void NextBuildReusesTheCard()
    {
        var path = new CardCache(_directory).GetOrPaint(Card, out _);
        var written = File.GetLastWriteTimeUtc(path);

        var cache = new CardCache(_directory);
        var again = cache.GetOrPaint(Card with { People = ["Jane Doe · Acme"] }, out var drawn);

        Assert.That(drawn, Is.False);
        Assert.That((cache.Drawn, cache.Reused), Is.EqualTo((0, 1)));
        Assert.That(again, Is.EqualTo(path));
        Assert.That(File.GetLastWriteTimeUtc(path), Is.EqualTo(written));
    }

    [Test]
    public void ChangedTitleIsPaintedAgain()
    {
        var path = new CardCache(_directory).GetOrPaint(Card, out _);

        var cache = new CardCache(_directory);
        var changed = cache.GetOrPaint(Card with { Title = "Istio in production" }, out var drawn);

        Assert.That(drawn, Is.True);
        Assert.That((cache.Drawn, cache.Reused), Is.EqualTo((1, 0)));
        Assert.That(changed, Is.Not.EqualTo(path));
    }

    [Test]
    public void CardDrawnWithBoxesIsPaintedAgainOnceAMachineFontHasTheCharacters()
    {
        var card = Card with { Title = "東京の夜", People = ["山田 花子"] };
        string? installed = null;
        var asked = new List<(int CodePoint, string Face)>();
        string? MachineFont(int codePoint, SKTypeface face)
        {
            asked.Add((codePoint, face.FamilyName));
            return installed;
        }

        var boxes = new CardCache(_directory, MachineFont).GetOrPaint(card, out _);
        var stillBoxes = new CardCache(_directory, MachineFont).GetOrPaint(card, out var drawnWithoutFont);
        installed = "Noto Sans CJK JP 700 5 Upright";
        var cache = new CardCache(_directory, MachineFont);
        var drawn = cache.GetOrPaint(card, out var drawnWithFont);
        var again = new CardCache(_directory, MachineFont).GetOrPaint(card, out var drawnAgain);

        Assert.That((drawnWithoutFont, drawnWithFont, drawnAgain), Is.EqualTo((false, true, false)));
        Assert.That(stillBoxes, Is.EqualTo(boxes));
        Assert.That(drawn, Is.Not.EqualTo(boxes));
        Assert.That(again, Is.EqualTo(drawn));
        Assert.That(asked.Select(a => a.CodePoint).Distinct().Select(char.ConvertFromUtf32), Is.EquivalentTo(new[] { "東", "京", "の", "夜", "山", "田", "花", "子" }), "only what Inter lacks is asked for; the space is Inter's");
        Assert.That(asked.Select(a => a.Face).Distinct(), Is.EquivalentTo(new[] { "Inter", "Inter Display" }), "the title is asked for in the face it is drawn in");
    }

    [Test]
    public void CardTheEmbeddedFontsDrawWholeDoesNotDependOnMachineFonts()
    {
        var card = Card with { Title = "Café Zürich — “naïve” ½", People = ["Zoë Ångström · Ørsted"], Footer = "Kraków · 2024" };
        var asked = 0;

        var keys = new[] { "Noto Sans", null }.Select(name => CardCache.Key(card, (_, _) =>
        {
            asked++;
            return name;
        })).ToList();

        Assert.That(keys.Distinct(), Is.EqualTo(new[] { CardCache.Key(card) }));
        Assert.That(asked, Is.Zero);
    }

    /// <summary>The key takes these as Inter's without loading it; one Inter lacks would keep a card with a box.</summary>
    [Test]
    public void CharactersTakenForInterSAreInEveryEmbeddedFace()
    {
        var covered = Enumerable.Range(0, 0x3000).Where(CardFonts.Covers).ToList();
        SKTypeface[] faces = [CardFonts.Regular, CardFonts.SemiBold, CardFonts.Bold];

        Assert.That(covered.Where(c => !faces.All(f => CardFonts.Has(f, c))).Select(c => $"U+{c:X4}"), Is.Empty);
        Assert.That(covered, Does.Contain('·').And.Contain('ł').And.Contain('—').And.Contain('“'));
    }

    [TestCase("garbage")]
    [TestCase("truncated")]
    [TestCase("empty")]
    [TestCase("other size")]
    public void DamagedCardIsPaintedAgain(string damage)
    {
        var path = new CardCache(_directory).GetOrPaint(Card, out _);
        var png = File.ReadAllBytes(path);
        File.WriteAllBytes(path, damage switch
        {
            "garbage" => "not a png"u8.ToArray(),
            "truncated" => png[..(png.Length / 2)],
            "other size" => SmallPng(),
            _ => [],
        });

        var cache = new CardCache(_directory);
        cache.GetOrPaint(Card, out var drawn);

        Assert.That(drawn, Is.True);
        Assert.That((cache.Drawn, cache.Reused), Is.EqualTo((1, 0)));
        Assert.That(File.ReadAllBytes(path), Is.EqualTo(png));
        using var image = SKBitmap.Decode(path);
        Assert.That((image?.Width, image?.Height), Is.EqualTo((CardPainter.Width, CardPainter.Height)));
    }

    private static byte[] SmallPng()
    {
        using var bitmap = new SKBitmap(600, 315);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    [Test]
    public void CardAskedForByManyPagesAtOnceIsPaintedOnce()
    {
        var cache = new CardCache(_directory);
        var drawn = new bool[16];

        Parallel.For(0, drawn.Length, i => cache.GetOrPaint(Card, out drawn[i]));

        Assert.That(drawn.Count(d => d), Is.EqualTo(1));
        Assert.That((cache.Drawn, cache.Reused), Is.EqualTo((1, 15)));
        Assert.That(Directory.GetFiles(_directory), Has.Length.EqualTo(1), "no temporary file is left behind");
    }

    [Test]
    public void PruneDeletesCardsThisBuildDidNotAskFor()
    {
        var old = new CardCache(_directory).GetOrPaint(Card with { Title = "Old title" }, out _);
        File.WriteAllText(Path.Combine(_directory, "left-over.png.0123.tmp"), "half");
        var cache = new CardCache(_directory);
        var kept = cache.GetOrPaint(Card, out _);

        var deleted = cache.Prune();

        Assert.That(deleted, Is.EqualTo(2));
        Assert.That(Directory.GetFiles(_directory), Is.EqualTo(new[] { kept }));
        Assert.That(File.Exists(old), Is.False);
    }

    [Test]
    public void EveryFieldIsInTheKey()
    {
        SocialCard[] cards =
        [
            Card,
            Card with { SiteName = "Recap" },
            Card with { Kicker = null },
            Card with { Kicker = string.Empty },
            Card with { Title = "Istio " },
            Card with { People = [] },
            Card with { People = ["Jane Doe", "Acme"] },
            Card with { Badge = "Keynote" },
            Card with { Footer = "dotScale 2018 · Paris" },
            Card with { Footer = string.Empty },
            Card with { BadgeColors = new BadgeColors(SKColors.Yellow, SKColors.Black) },
            Card with { BadgeColors = new BadgeColors(SKColors.Yellow, SKColors.Blue) },
            Card with { BadgeColors = new BadgeColors(SKColors.Blue, SKColors.Black) },
            Card with { Colors = CardColors.Default with { Accent = SKColors.Red } },
            Card with { Colors = CardColors.Default with { Background = SKColors.White } },
            Card with { Colors = CardColors.Default with { Foreground = SKColors.Black } },
        ];

        var keys = cards.Select(c => CardCache.Key(c)).ToList();

        Assert.That(keys, Is.Unique);
        Assert.That(keys, Has.All.Match("^[0-9a-f]{64}$"));
        Assert.That(CardCache.Key(Card with { People = ["Jane Doe · Acme"] }), Is.EqualTo(keys[0]), "equal cards share a key");
    }

    /// <summary>A card drawn from a field the key leaves out would never be redrawn when that field changed.</summary>
    [Test]
    public void KeyCoversEveryFieldOfACard()
    {
        var fields = typeof(SocialCard).GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal);

        Assert.That(fields, Is.EqualTo(new[] { "Badge", "BadgeColors", "Colors", "Footer", "Kicker", "People", "SiteName", "Title" }), "a new field goes into CardCache.Key, then into this list and EveryFieldIsInTheKey");
    }
}
