using System.Text.RegularExpressions;
using Recap.Cards;
using Recap.Content;
using Recap.Diagnostics;
using Recap.Sharing;
using Recap.Tests.Support;
using Recap.Themes;
using SkiaSharp;

namespace Recap.Tests.Cards;

public sealed class CardColorsTests
{
    [TestCase("#0a6570", 0x0a, 0x65, 0x70)]
    [TestCase("#FBFAF7", 0xfb, 0xfa, 0xf7)]
    [TestCase(" #abc ", 0xaa, 0xbb, 0xcc)]
    public void HexColoursAreRead(string text, int red, int green, int blue)
    {
        Assert.That(CardColors.TryParse(text, out var color), Is.True);
        Assert.That(color, Is.EqualTo(new SKColor((byte)red, (byte)green, (byte)blue)));
    }

    [TestCase("blue")]
    [TestCase("0a6570")]
    [TestCase("#0a657")]
    [TestCase("#0a6570ff")]
    [TestCase("#ggg")]
    [TestCase("")]
    public void OtherTextIsNotAColour(string text) =>
        Assert.That(CardColors.TryParse(text, out _), Is.False);

    [Test]
    public void DefaultThemeCardsUseItsStylesheetColours()
    {
        var css = File.ReadAllText(Path.Combine(Repository.Root, "themes", "default", "assets", "style.css"));
        string Light(string name) => Regex.Match(css, $@"--{name}:\s*(#[0-9a-f]{{6}})").Groups[1].Value;

        using var site = TestSite.Create(Sites.OneTalk);
        var diagnostics = new DiagnosticBag();
        var colors = Theme.Load(site.Root, "default", null, diagnostics, null)!.Config.CardColors;

        Assert.That(diagnostics.Count, Is.Zero);
        Assert.That(CardColors.ToHex(colors.Background), Is.EqualTo(Light("bg")));
        Assert.That(CardColors.ToHex(colors.Foreground), Is.EqualTo(Light("text")));
        Assert.That(CardColors.ToHex(colors.Accent), Is.EqualTo(Light("accent")));
        Assert.That(colors, Is.EqualTo(CardColors.Default), "a theme that sets no colours gets the default theme's");
    }

    [Test]
    public void ThemeSetsTheCardColours()
    {
        using var site = TestSite.Create(Sites.OneTalk + """

            -- themes/default/theme.yml --
            name: default
            card:
              accent: "#c00"
            """);
        var diagnostics = new DiagnosticBag();
        var colors = Theme.Load(site.Root, "default", null, diagnostics, null)!.Config.CardColors;

        Assert.That(diagnostics.Count, Is.Zero);
        Assert.That(colors, Is.EqualTo(CardColors.Default with { Accent = new SKColor(0xcc, 0, 0) }));
    }

    [Test]
    public void CardColourThatIsNotAColourIsAnError()
    {
        using var site = TestSite.Build(Sites.OneTalk + """

            -- themes/default/theme.yml --
            name: default
            card:
              background: "#fff"
              accent: teal
              foreground: #1c1e21
            """);

        Assert.That(site.ExitCode, Is.Not.Zero);
        Assert.That(site.Stderr, Does.Contain("""themes/default/theme.yml(4,3): error RC0403: 'card.accent' must be a colour like "#0a6570" or "#fff", not 'teal'"""));
        Assert.That(site.Stderr, Does.Contain("""themes/default/theme.yml(5,3): error RC0403: 'card.foreground' is empty (a # starts a YAML comment, so quote colours: foreground: "#0a6570")"""));
    }

    /// <summary>
    /// A format's badge on a card has the colours of its badge on the site's pages, read from the
    /// stylesheet as a browser does: <c>.badge-lightning</c> names <c>--lightning-bg</c>, and a
    /// format without a rule of its own gets what <c>.badge</c> falls back to.
    /// </summary>
    [TestCase(TalkFormat.Keynote)]
    [TestCase(TalkFormat.Talk)]
    [TestCase(TalkFormat.Lightning)]
    [TestCase(TalkFormat.Workshop)]
    [TestCase(TalkFormat.Panel)]
    public void FormatBadgeHasTheColoursOfTheSitesBadge(TalkFormat format)
    {
        var css = File.ReadAllText(Path.Combine(Repository.Root, "themes", "default", "assets", "style.css"));
        string Light(string name) => Regex.Match(css, $@"--{name}:\s*(#[0-9a-f]{{6}})").Groups[1].Value;
        var own = Regex.Match(css, $@"\.badge-{format.ToString().ToLowerInvariant()}\s*\{{\s*--badge-bg:\s*var\(--([a-z-]+)\);\s*--badge-fg:\s*var\(--([a-z-]+)\);");
        var fallback = Regex.Match(css, @"\.badge\s*\{[^}]*background:\s*var\(--badge-bg,\s*var\(--([a-z-]+)\)\);\s*color:\s*var\(--badge-fg,\s*var\(--([a-z-]+)\)\);");
        var rule = own.Success ? own : fallback;
        Assert.That(rule.Success, Is.True, "the stylesheet names the badge's colours");

        var colors = CardBadges.Of(format);

        Assert.That(CardColors.ToHex(colors.Fill), Is.EqualTo(Light(rule.Groups[1].Value)), rule.Groups[1].Value);
        Assert.That(CardColors.ToHex(colors.Text), Is.EqualTo(Light(rule.Groups[2].Value)), rule.Groups[2].Value);
    }

    [Test]
    public void LightningTalkBadgeIsAmberAndTheOthersDiffer()
    {
        var formats = Enum.GetValues<TalkFormat>().Select(CardBadges.Of).ToList();

        Assert.That(CardColors.ToHex(CardBadges.Of(TalkFormat.Lightning).Fill), Is.EqualTo("#fcefcc"));
        Assert.That(formats.Select(c => c.Fill), Is.Unique);
    }

    /// <summary>WCAG AA for text: 4.5:1, for every format's badge and for the accent's badge whatever the accent.</summary>
    [Test]
    public void BadgeTextReadsOnItsFill()
    {
        Assert.Multiple(() =>
        {
            foreach (var format in Enum.GetValues<TalkFormat>())
            {
                var badge = CardBadges.Of(format);
                Assert.That(CardColors.Contrast(badge.Text, badge.Fill), Is.GreaterThanOrEqualTo(4.5), format.ToString());
            }

            foreach (var accent in new[] { "#0a6570", "#5cc8c0", "#ff8800", "#ffcc00", "#777777", "#c00", "#000", "#fff" })
            {
                Assert.That(CardColors.TryParse(accent, out var color), Is.True);
                var badge = CardPainter.BadgeOf(CardColors.Default with { Accent = color }, null);
                Assert.That(badge.Fill, Is.EqualTo(color));
                Assert.That(CardColors.Contrast(badge.Text, badge.Fill), Is.GreaterThanOrEqualTo(4.5), accent);
            }
        });
    }

    [TestCase("#ffffff", "#000000", 21.0)]
    [TestCase("#744800", "#fcefcc", 6.88)]
    [TestCase("#0a6570", "#fbfaf7", 6.47)]
    public void ContrastIsTheWcagRatio(string a, string b, double ratio)
    {
        Assert.That(CardColors.TryParse(a, out var first), Is.True);
        Assert.That(CardColors.TryParse(b, out var second), Is.True);

        Assert.That(CardColors.Contrast(first, second), Is.EqualTo(ratio).Within(0.01));
    }
}
