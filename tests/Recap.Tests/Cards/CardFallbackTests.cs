using Recap.Cards;
using SkiaSharp;

namespace Recap.Tests.Cards;

/// <summary>
/// Inter has no Hebrew; DejaVu Sans, on every machine that builds Recap (Debian's fonts-dejavu-core),
/// has. Hebrew on a card must come out in DejaVu (or any other machine font), never as boxes.
/// </summary>
public sealed class CardFallbackTests
{
    private const string Hebrew = "שלום";

    [OneTimeSetUp]
    public void MachineHasAHebrewFont()
    {
        Assert.That(CardFonts.Has(CardFonts.Bold, 'ש'), Is.False, "the embedded font has no Hebrew");
        Assert.That(CardFonts.Fallback('ש', CardFonts.Bold), Is.Not.Null, "no font on this machine has Hebrew: apt-get install fonts-dejavu-core");
    }

    [Test]
    public void TextTheEmbeddedFontLacksIsARunOfAMachineFont()
    {
        var runs = CardText.Split("Shalom " + Hebrew + " means hello", CardFonts.Bold);

        Assert.That(runs.Select(r => r.Text), Is.EqualTo(new[] { "Shalom ", Hebrew, " means hello" }));
        Assert.That(runs[0].Typeface, Is.SameAs(CardFonts.Bold));
        Assert.That(runs[1].Typeface, Is.Not.SameAs(CardFonts.Bold));
        Assert.That(Hebrew.Select(c => CardFonts.Has(runs[1].Typeface, c)), Has.All.True);
        Assert.That(runs[2].Typeface, Is.SameAs(CardFonts.Bold));
    }

    [Test]
    public void SpacesBetweenWordsOfAFallbackScriptStayInItsRun()
    {
        var runs = CardText.Split("Talk: שלום עולם!", CardFonts.Bold);

        Assert.That(runs.Select(r => r.Text), Is.EqualTo(new[] { "Talk: ", "שלום עולם", "!" }));
    }

    [Test]
    public void RightToLeftLineIsDrawnRightToLeft()
    {
        // A line that starts in Hebrew reads from the right: the Latin word after it is drawn to its left.
        var text = new CardText();
        var runs = text.VisualRuns(Hebrew + " Rust", CardFonts.Bold).Select(r => (r.Run.Text, r.RightToLeft)).ToList();

        Assert.That(runs, Is.EqualTo(new[] { ("Rust", false), (" ", true), (Hebrew, true) }));
    }

    [TestCase("2024 " + Hebrew, true)]
    [TestCase("3. " + Hebrew + " Rust", true)]
    [TestCase("2024 Rust " + Hebrew, false)]
    [TestCase("2024", false)]
    public void ALineReadsInTheDirectionOfItsFirstLetterNotOfItsDigits(string line, bool rightToLeft)
    {
        Assert.That(CardText.IsRightToLeft(line), Is.EqualTo(rightToLeft));
    }

    [Test]
    public void AYearBeforeAHebrewTitleIsDrawnAtItsRight()
    {
        var runs = new CardText().VisualRuns("2024 " + Hebrew, CardFonts.Bold).Select(r => (r.Run.Text, r.RightToLeft)).ToList();

        Assert.That(runs, Is.EqualTo(new[] { (Hebrew, true), (" ", true), ("2024", false) }));
    }

    [Test]
    public void HebrewTitleIsDrawnWithGlyphsNotBoxes()
    {
        var card = new SocialCard { SiteName = "Recaps", Title = Hebrew + " " + Hebrew };
        var text = new CardText();
        var area = SKRectI.Round(CardPainter.Layout(card, text).TitleArea);

        using var drawn = Pixels.Decode(CardPainter.Paint(card));
        using var boxes = Pixels.Decode(CardPainter.Paint(card, fallback: false));
        using var blank = Pixels.Decode(CardPainter.Paint(card with { Title = string.Empty }));

        Assert.That(Pixels.Differing(boxes, blank, area), Is.GreaterThan(0), "without fallback the embedded font draws its .notdef boxes");
        Assert.That(Pixels.Differing(drawn, blank, area), Is.GreaterThan(0), "the Hebrew is drawn");
        Assert.That(Pixels.Differing(drawn, boxes, area), Is.GreaterThan(Pixels.Area(area) / 20), "and not as boxes");
    }

    [Test]
    public void HebrewNamesAndPlacesUnderTheTitleAreDrawnWithGlyphsNotBoxes()
    {
        var card = new SocialCard { SiteName = "Recaps", Title = "Rust", People = [Hebrew + " " + Hebrew], Footer = Hebrew + " 2019 · " + Hebrew };
        var geometry = CardPainter.Layout(card, new CardText());
        var people = new SKRectI(80, (int)geometry.PeopleBaselines[0] - 24, 1120, (int)geometry.PeopleBaselines[0] + 6);
        var footer = new SKRectI(80, (int)geometry.FooterBaseline - 24, 1120, (int)geometry.FooterBaseline + 6);

        using var drawn = Pixels.Decode(CardPainter.Paint(card));
        using var boxes = Pixels.Decode(CardPainter.Paint(card, fallback: false));

        Assert.That(Pixels.Differing(drawn, boxes, people), Is.GreaterThan(Pixels.Area(people) / 100), "the speaker's name");
        Assert.That(Pixels.Differing(drawn, boxes, footer), Is.GreaterThan(Pixels.Area(footer) / 100), "the conference and its city");
    }
}
