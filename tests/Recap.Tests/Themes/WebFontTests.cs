using System.Text.RegularExpressions;
using Recap.Tests.Support;

namespace Recap.Tests.Themes;

/// <summary>The default theme sets its text in Inter, the social cards' typeface, from subsets it ships.</summary>
public sealed partial class WebFontTests
{
    [Test]
    public void EveryFontTheStylesheetNamesIsWrittenBesideItWithItsLicence()
    {
        using var site = TestSite.Build(Sites.OneTalk);

        site.AssertClean();
        var stylesheet = site.ReadFile("assets/style.css");
        var named = FontUrl().Matches(stylesheet).Select(m => "assets/" + m.Groups[1].Value).ToList();
        var written = site.OutputFiles().Where(f => f.EndsWith(".woff2", StringComparison.Ordinal)).ToList();

        Assert.That(named, Has.Count.EqualTo(10), "two weights of five subsets");
        Assert.That(named, Is.EquivalentTo(written), "each font the stylesheet names is written, and no other");
        Assert.That(written.Select(f => File.ReadAllBytes(Path.Combine(site.Output, f))[..4]), Has.All.EqualTo("wOF2"u8.ToArray()));
        Assert.That(site.ReadFile("assets/fonts/OFL.txt"), Does.Contain("SIL Open Font License, Version 1.1").And.Contain("The Inter Project Authors"));
    }

    [Test]
    public void TextIsSetInInterAndShownAtOnceInAFallbackOfItsSize()
    {
        using var site = TestSite.Build(Sites.OneTalk);

        var stylesheet = site.ReadFile("assets/style.css");
        Assert.That(stylesheet, Does.Contain("--font-sans: \"Inter\", \"Inter fallback\", system-ui,"));
        Assert.That(FontFaces().Matches(stylesheet).Select(m => m.Value), Has.All.Contain("font-display: swap;"));
        Assert.That(stylesheet, Does.Contain("@font-face { font-family: \"Inter fallback\"; src: local(\"Arial\")"));
    }

    [GeneratedRegex("""url\("(fonts/[^"]+\.woff2)"\)""")]
    private static partial Regex FontUrl();

    [GeneratedRegex("""@font-face \{ font-family: "Inter";[^}]*\}""")]
    private static partial Regex FontFaces();
}
