using AngleSharp.Html.Parser;
using Recap.Cards;
using Recap.Diagnostics;
using Recap.Sharing;
using Recap.Tests.Cards;
using Recap.Tests.Support;
using SkiaSharp;

namespace Recap.Tests.Sample;

/// <summary>The social cards of the sample: every talk page's preview image is its own drawn card.</summary>
public sealed class SampleCardTests
{
    [Test]
    public void EveryTalkPageHasACardWithItsTitleDrawn()
    {
        var site = SampleSite.Build();
        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
        var model = Site.Load(new SiteOptions { Source = Repository.Root }, new DiagnosticBag()).Model!;
        var talks = model.Outputs.Entries.OfType<Recap.Model.CardOutput>()
            .Where(c => c.Owner is Recap.Model.Talk)
            .Select(c => (SitePath: c.Path, c.Card))
            .ToList();
        Assert.That(talks, Has.Count.EqualTo(11));

        Assert.Multiple(() =>
        {
            foreach (var (sitePath, card) in talks)
            {
                var page = sitePath.Replace("card.png", "index.html", StringComparison.Ordinal);
                var image = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, page)))
                    .QuerySelector("meta[property='og:image']")!.GetAttribute("content");
                Assert.That(image, Is.EqualTo("https://recap.example.com/" + sitePath), page);

                using var painted = SKBitmap.Decode(Path.Combine(site.Output, sitePath));
                Assert.That((painted.Width, painted.Height), Is.EqualTo((1200, 630)), sitePath);
                var everything = new SKRectI(0, 0, painted.Width, painted.Height);
                Assert.That(Pixels.NotOfColor(painted, everything, painted.GetPixel(0, 0)), Is.GreaterThan(Pixels.Area(everything) / 100), $"{sitePath} is not one flat colour");

                // The first word of the title, where the layout puts it: drawn, where a card without a title has nothing.
                var text = new CardText();
                var geometry = CardPainter.Layout(card, text);
                var firstWord = geometry.Title.Lines[0].Split(' ')[0];
                var width = text.Measure(firstWord, CardFonts.Bold, geometry.TitleSize);
                var box = SKRectI.Round(new SKRect(geometry.TitleArea.Left, geometry.TitleArea.Top, geometry.TitleArea.Left + width, geometry.TitleArea.Top + (geometry.TitleArea.Height / geometry.Title.Lines.Count)));
                using var blank = Pixels.Decode(CardPainter.Paint(card with { Title = string.Empty }));
                Assert.That(Pixels.Differing(painted, blank, box), Is.GreaterThan(Pixels.Area(box) / 10), $"'{firstWord}' is drawn on {sitePath}");
            }
        });
    }
}
