using Recap.Cards;
using SkiaSharp;

namespace Recap.Tests.Cards;

public sealed class CardPainterTests
{
    private static readonly SocialCard Talk = new()
    {
        SiteName = "Recaps",
        Kicker = "dotScale 2018",
        Title = "Kubernetes everywhere",
        People = ["Jane Doe · Acme"],
        Badge = "Keynote",
    };

    [Test]
    public void CardIsA1200By630Png()
    {
        var png = CardPainter.Paint(Talk);
        using var codec = SKCodec.Create(new MemoryStream(png));
        using var image = Pixels.Decode(png);

        Assert.That(codec.EncodedFormat, Is.EqualTo(SKEncodedImageFormat.Png));
        Assert.That((image.Width, image.Height), Is.EqualTo((1200, 630)));
    }

    [Test]
    public void CardIsAPaletteImageOfAFewKilobytes()
    {
        var png = CardPainter.Paint(Talk);

        Assert.That(png[25], Is.EqualTo(3), "IHDR colour type 3: a palette");
        Assert.That(png, Has.Length.LessThan(25 * 1024));
    }

    [Test]
    public void CardLooksAsDrawnToWithinAShade()
    {
        var card = Talk with { Colors = new CardColors(new SKColor(0x12, 0x14, 0x17), new SKColor(0xe7, 0xe5, 0xe0), new SKColor(0x5c, 0xc8, 0xc0)) };
        using var drawn = CardPainter.Render(card);
        using var painted = Pixels.Decode(CardPainter.Paint(card));

        Assert.That(Pixels.LargestDifference(drawn, painted), Is.InRange(0, 24), "each edge keeps 6 shades of its 256: within half a step, 213 / 5 / 2, and rounding");
        Assert.That(Pixels.Differing(drawn, painted, new SKRectI(0, 0, 1200, 630)), Is.LessThan(1200 * 630 / 20));
    }

    [Test]
    public void CardWithColoursOffItsRampsIsWrittenAsItIs()
    {
        // A machine font may draw a glyph in colour (an emoji): no palette of the card's ramps has it.
        using var drawn = CardPainter.Render(Talk);
        using (var canvas = new SKCanvas(drawn))
        using (var red = new SKPaint { Color = SKColors.Red })
        {
            canvas.DrawCircle(1000, 400, 40, red);
        }

        using var painted = Pixels.Decode(CardPainter.Encode(drawn, Talk.Colors));

        Assert.That(painted.GetPixel(1000, 400), Is.EqualTo(SKColors.Red));
        Assert.That(Pixels.LargestDifference(drawn, painted), Is.Zero);
    }

    [Test]
    public void PixelNearANarrowRampIsWrittenAsTheStepOfTheWideRampItLiesOn()
    {
        // Grey 118 lies on black to white, 16 from its step 102; it is nearer (8) to the end of a
        // ramp between two close greys, which allows an error of 7 only.
        using var bitmap = new SKBitmap(new SKImageInfo(64, 8, SKColorType.Bgra8888, SKAlphaType.Opaque));
        bitmap.Erase(SKColors.Black);
        using (var canvas = new SKCanvas(bitmap))
        using (var grey = new SKPaint { Color = new SKColor(118, 118, 118) })
        using (var white = new SKPaint { Color = SKColors.White })
        {
            canvas.DrawRect(0, 0, 16, 8, grey);
            canvas.DrawRect(48, 0, 16, 8, white);
        }

        (SKColor, SKColor)[] ramps = [(SKColors.Black, SKColors.White), (new SKColor(100, 100, 100), new SKColor(110, 110, 110))];
        var png = IndexedPng.Encode(bitmap, ramps, new System.IO.Compression.ZLibCompressionOptions { CompressionLevel = 3 });

        Assert.That(png, Is.Not.Null, "written with the palette, not as an image off its ramps");
        using var image = Pixels.Decode(png!);
        Assert.That(image.GetPixel(4, 4), Is.EqualTo(new SKColor(102, 102, 102)));
        Assert.That(image.GetPixel(60, 4), Is.EqualTo(SKColors.White));
    }

    [Test]
    public void CardWithABadgeOfItsOwnColoursStaysAtFourBitsAnIndexAndTheTitleKeepsItsShades()
    {
        // The badge's fill and text add two ramps, 26 colours at 6 shades each: the inks after the
        // title's give up shades until 16 colours hold them all.
        var card = Talk with { BadgeColors = new BadgeColors(new SKColor(0xfd, 0xe6, 0x8a), new SKColor(0x71, 0x3f, 0x12)) };
        var png = CardPainter.Paint(card);
        var geometry = CardPainter.Layout(card, new CardText());
        using var drawn = CardPainter.Render(card);
        using var painted = Pixels.Decode(png);

        Assert.That(png[24], Is.EqualTo(4), "IHDR: 4 bits an index");
        Assert.That(PaletteColours(png), Is.EqualTo(16));
        Assert.That(Pixels.LargestDifference(drawn, painted, SKRectI.Round(geometry.TitleArea)), Is.InRange(0, 24), "the title's edge keeps 6 shades");
        Assert.That(Pixels.LargestDifference(drawn, painted), Is.InRange(0, 48), "the badge's text keeps 3: within half a step, 0xe6 - 0x3f over 4, and rounding");
        Assert.That(Pixels.Differing(drawn, painted, new SKRectI(0, 0, 1200, 630)), Is.LessThan(1200 * 630 / 20));
    }

    [Test]
    public void ImageOfAnOddWidthIsPackedTwoIndicesAByteToItsLastPixel()
    {
        using var bitmap = new SKBitmap(new SKImageInfo(65, 4, SKColorType.Bgra8888, SKAlphaType.Opaque));
        bitmap.Erase(SKColors.Black);
        for (var y = 0; y < 4; y++)
        {
            bitmap.SetPixel(64, y, SKColors.White);
            bitmap.SetPixel(31 + y, y, new SKColor(102, 102, 102));
        }

        var png = IndexedPng.Encode(bitmap, [(SKColors.Black, SKColors.White)], new System.IO.Compression.ZLibCompressionOptions { CompressionLevel = 2 });

        Assert.That(png, Is.Not.Null);
        Assert.That(png![24], Is.EqualTo(4), "IHDR: 4 bits an index");
        using var image = Pixels.Decode(png);
        Assert.That(Pixels.LargestDifference(bitmap, image), Is.Zero);
    }

    [Test]
    public void ImageOfMoreInksThanSixteenColoursHoldIsWrittenAtEightBitsAnIndex()
    {
        // Seven inks on one background: 1 + 6 × 2 more colours than the title's 6 even at 3 shades each.
        SKColor[] inks = [SKColors.White, SKColors.Red, SKColors.Lime, SKColors.Blue, SKColors.Yellow, SKColors.Cyan, SKColors.Magenta];
        using var bitmap = new SKBitmap(new SKImageInfo(70, 8, SKColorType.Bgra8888, SKAlphaType.Opaque));
        bitmap.Erase(SKColors.Black);
        using (var canvas = new SKCanvas(bitmap))
        {
            for (var i = 0; i < inks.Length; i++)
            {
                using var ink = new SKPaint { Color = inks[i] };
                canvas.DrawRect(i * 10, 0, 10, 8, ink);
            }
        }

        var png = IndexedPng.Encode(bitmap, [.. inks.Select(ink => (SKColors.Black, ink))], new System.IO.Compression.ZLibCompressionOptions { CompressionLevel = 2 });

        Assert.That(png, Is.Not.Null);
        Assert.That(png![24], Is.EqualTo(8), "IHDR: 8 bits an index");
        Assert.That(PaletteColours(png), Is.EqualTo(1 + (7 * 5)), "every ink keeps its 6 shades");
        using var image = Pixels.Decode(png);
        Assert.That(Pixels.LargestDifference(bitmap, image), Is.Zero);
    }

    [Test]
    public void CardIsTheSameWhateverWasPaintedBeforeIt()
    {
        var first = CardPainter.Paint(Talk);
        CardPainter.Paint(Talk with { Title = string.Join(' ', Enumerable.Repeat("Much longer title", 10)), Badge = null });
        var afterAnother = CardPainter.Paint(Talk);
        var onOtherThreads = new byte[4][];
        Parallel.For(0, onOtherThreads.Length, i => onOtherThreads[i] = CardPainter.Paint(i % 2 == 0 ? Talk : Talk with { Title = "Other" }));

        Assert.That(afterAnother, Is.EqualTo(first));
        Assert.That(onOtherThreads[0], Is.EqualTo(first));
        Assert.That(onOtherThreads[2], Is.EqualTo(first));
    }

    [Test]
    public void CardIsNotOneFlatColour()
    {
        using var image = Pixels.Decode(CardPainter.Paint(Talk));

        var colours = Enumerable.Range(0, image.Height).SelectMany(y => Enumerable.Range(0, image.Width).Select(x => image.GetPixel(x, y))).Distinct().Count();
        Assert.That(colours, Is.GreaterThan(10), "anti-aliased text has many shades");
    }

    [Test]
    public void CardIsPaintedInItsColours()
    {
        var colours = new CardColors(new SKColor(0x12, 0x14, 0x17), new SKColor(0xe7, 0xe5, 0xe0), new SKColor(0x5c, 0xc8, 0xc0));
        using var image = Pixels.Decode(CardPainter.Paint(Talk with { Colors = colours }));

        Assert.That(image.GetPixel(4, 4), Is.EqualTo(colours.Background));
        Assert.That(image.GetPixel(600, 627), Is.EqualTo(colours.Accent), "the stripe along the bottom");
    }

    [Test]
    public void TitleFirstWordIsDrawn()
    {
        var card = new SocialCard { SiteName = "Recaps", Title = "Kubernetes everywhere" };
        var text = new CardText();
        var geometry = CardPainter.Layout(card, text);
        var width = text.Measure("Kubernetes", CardFonts.Bold, geometry.TitleSize);
        var firstWord = SKRectI.Round(new SKRect(geometry.TitleArea.Left, geometry.TitleArea.Top, geometry.TitleArea.Left + width, geometry.TitleArea.Top + (geometry.TitleArea.Height / geometry.Title.Lines.Count)));

        using var painted = Pixels.Decode(CardPainter.Paint(card));
        using var blank = Pixels.Decode(CardPainter.Paint(card with { Title = string.Empty }));

        Assert.That(geometry.Title.Lines[0], Does.StartWith("Kubernetes"));
        Assert.That(Pixels.NotOfColor(blank, firstWord, card.Colors.Background), Is.Zero, "nothing is there without a title");
        Assert.That(Pixels.Differing(painted, blank, firstWord), Is.GreaterThan(Pixels.Area(firstWord) / 10), "a bold word covers a good part of its box");
    }

    [Test]
    public void LongTitleIsCutAfterTheThirdLine()
    {
        var card = new SocialCard
        {
            SiteName = "Recaps",
            Title = string.Join(' ', Enumerable.Repeat("Data pipelines for Call of Duty", 8)),
        };
        var text = new CardText();
        var geometry = CardPainter.Layout(card, text);

        Assert.That(geometry.Title.Lines, Has.Count.EqualTo(3));
        Assert.That(geometry.Title.Lines[2], Does.EndWith("…"));

        // No people: below the third line there is only background down to the stripe.
        using var image = Pixels.Decode(CardPainter.Paint(card));
        var below = new SKRectI(0, (int)Math.Ceiling(geometry.TitleArea.Bottom), CardPainter.Width, CardPainter.Height - 12);
        Assert.That(below.Height, Is.GreaterThan(40));
        Assert.That(Pixels.NotOfColor(image, below, card.Colors.Background), Is.Zero);
    }

    [Test]
    public void LongerTitlesAreSmaller()
    {
        var text = new CardText();
        var shortTitle = CardPainter.Layout(Talk, text);
        var longTitle = CardPainter.Layout(Talk with { Title = "Data pipelines for Call of Duty: how we process billions of game events a day with Kafka, Spark and a lot of patience" }, text);

        Assert.That(longTitle.TitleSize, Is.LessThan(shortTitle.TitleSize));
    }

    [Test]
    public void ManyPeopleEndWithHowManyMore()
    {
        var card = Talk with { Title = "A panel with a rather long title that takes up three lines of the card", People = [.. Enumerable.Range(1, 8).Select(i => $"Person {i} · Company {i}")] };
        var text = new CardText();
        var geometry = CardPainter.Layout(card, text);

        Assert.That(geometry.People, Has.Count.LessThan(8));
        Assert.That(geometry.People[^1], Is.EqualTo($"and {8 - geometry.People.Count + 1} more"));
        Assert.That(geometry.PeopleBaselines[^1], Is.LessThan(CardPainter.Height - 12 - 30));
    }

    [Test]
    public void SameCardGivesTheSameBytes()
    {
        Assert.That(CardPainter.Paint(Talk), Is.EqualTo(CardPainter.Paint(Talk with { People = ["Jane Doe · Acme"] })));
    }

    [Test]
    public void SiteNameIsNotDrawnAgainAboveATitleThatIsTheSiteName()
    {
        var header = new SKRectI(80, 64, 600, 112);
        using var site = Pixels.Decode(CardPainter.Paint(new SocialCard { SiteName = "Recaps", Title = "recaps " }));
        using var talk = Pixels.Decode(CardPainter.Paint(new SocialCard { SiteName = "Recaps", Title = "Kubernetes everywhere" }));

        Assert.That(Pixels.NotOfColor(site, header, CardColors.Default.Background), Is.Zero);
        Assert.That(Pixels.NotOfColor(talk, header, CardColors.Default.Background), Is.GreaterThan(100), "other cards name the site");
    }

    [Test]
    public void FooterIsDrawnInTheLowerThirdBelowTheTitleAndPeople()
    {
        var card = Talk with { Title = "A title long enough to take up three lines of the card, or very nearly three", People = ["Jane Doe · Acme", "John Roe · Initech"], Footer = "dotScale 2018 · Paris" };
        var text = new CardText();
        var geometry = CardPainter.Layout(card, text);
        var band = new SKRectI(80, (int)geometry.FooterBaseline - 30, 600, (int)geometry.FooterBaseline + 8);

        using var painted = Pixels.Decode(CardPainter.Paint(card));
        using var without = Pixels.Decode(CardPainter.Paint(card with { Footer = null }));

        Assert.That(geometry.Footer, Is.EqualTo("dotScale 2018 · Paris"));
        Assert.That(geometry.FooterBaseline, Is.GreaterThan(CardPainter.Height * 2 / 3f), "in the lower third");
        Assert.That(geometry.People, Is.EqualTo(new[] { "Jane Doe · Acme", "John Roe · Initech" }), "both speakers, under a title of several lines");
        Assert.That(geometry.PeopleBaselines[^1], Is.LessThan(band.Top - 20));
        Assert.That(Pixels.Differing(painted, without, band), Is.GreaterThan(Pixels.Area(band) / 20));
    }

    [Test]
    public void OnePeopleLineForManyPeopleNamesTheFirst()
    {
        var card = Talk with { Title = string.Join(' ', Enumerable.Repeat("Data pipelines", 6)), People = ["Jane Doe", "John Roe", "Ann Smith"], Footer = "dotScale 2018", Kicker = "A kicker" };
        var geometry = CardPainter.Layout(card, new CardText());

        Assert.That(geometry.Title.Lines, Has.Count.EqualTo(3));
        Assert.That(geometry.People, Is.EqualTo(new[] { "Jane Doe and 2 more" }));
    }

    [Test]
    public void BadgeIsFilledWithItsOwnColoursOrTheAccent()
    {
        var amber = new BadgeColors(new SKColor(0xfc, 0xef, 0xcc), new SKColor(0x74, 0x48, 0x00));
        using var lightning = Pixels.Decode(CardPainter.Paint(Talk with { Badge = "Lightning talk", BadgeColors = amber }));
        using var accent = Pixels.Decode(CardPainter.Paint(Talk with { Badge = "Lightning talk" }));

        // Inside the pill, right of its text: 80 px from the right edge of the card is the pill's.
        Assert.That(lightning.GetPixel(1106, 88), Is.EqualTo(amber.Fill));
        Assert.That(accent.GetPixel(1106, 88), Is.EqualTo(CardColors.Default.Accent));
        Assert.That(Pixels.NotOfColor(lightning, new SKRectI(900, 70, 1100, 106), amber.Fill), Is.GreaterThan(200), "its text is drawn on it");
    }

    /// <summary>The colours of a PNG's palette: its PLTE chunk comes right after the 13 bytes of IHDR.</summary>
    private static int PaletteColours(byte[] png)
    {
        Assert.That(System.Text.Encoding.ASCII.GetString(png, 37, 4), Is.EqualTo("PLTE"));
        return System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(33)) / 3;
    }

    /// <summary>Each line starts on the side it reads from: a Hebrew title and name end on the right margin, an English name starts on the left, and the badge faces an Arabic site name from the left.</summary>
    [Test]
    public void TextThatReadsFromTheRightEndsOnTheRightMargin()
    {
        var card = new SocialCard { SiteName = "ملخصات", Title = "שלום", People = ["דנה כהן", "Ada Lovelace"], Badge = "Talk", Footer = "Conf 2025 · Lyon" };
        var geometry = CardPainter.Layout(card, new CardText());
        using var drawn = Pixels.Decode(CardPainter.Paint(card));
        var background = CardColors.Default.Background;
        int InkIn(int left, int right, float baseline, int above) => Pixels.NotOfColor(drawn, new SKRectI(left, (int)baseline - above, right, (int)baseline + 8), background);

        Assert.That(geometry.TitleArea.Right, Is.EqualTo(1120).Within(0.5), "the title ends on the right margin");
        Assert.That(InkIn(80, 600, geometry.TitleBaselines[0], 80), Is.Zero, "nothing of the title on the left");
        Assert.That(InkIn(80, 600, geometry.PeopleBaselines[0], 24), Is.Zero, "the Hebrew name is on the right");
        Assert.That(InkIn(920, 1120, geometry.PeopleBaselines[0], 24), Is.GreaterThan(0));
        Assert.That(InkIn(80, 280, geometry.PeopleBaselines[1], 24), Is.GreaterThan(0), "the English name is on the left");
        Assert.That(InkIn(600, 1120, geometry.PeopleBaselines[1], 24), Is.Zero);
        Assert.That(InkIn(80, 200, geometry.FooterBaseline, 24), Is.GreaterThan(0), "the English footer is on the left");
        Assert.That(InkIn(80, 180, 90, 20), Is.GreaterThan(0), "the badge is on the left of the header");
        Assert.That(InkIn(920, 1120, 90, 20), Is.GreaterThan(0), "the Arabic site name on its right");
    }
}
