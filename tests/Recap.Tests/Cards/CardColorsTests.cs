using System.Text.RegularExpressions;
using Recap.Cards;
using Recap.Diagnostics;
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
        var colors = Theme.Load(site.Root, "default", diagnostics, null)!.Config.CardColors;

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
        var colors = Theme.Load(site.Root, "default", diagnostics, null)!.Config.CardColors;

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
}
