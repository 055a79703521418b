using System.Globalization;
using System.Text.RegularExpressions;
using Recap.Markdown.Highlighting;
using Recap.Tests.Support;

namespace Recap.Tests.Themes;

/// <summary>The default theme's colours for highlighted code, read from its stylesheet.</summary>
public sealed partial class CodeColourTests
{
    private static readonly string Css = File.ReadAllText(Path.Combine(Repository.Root, "themes", "default", "assets", "style.css"));

    public static IEnumerable<TestCaseData> Schemes()
    {
        var dark = Css.IndexOf("@media (prefers-color-scheme: dark)", StringComparison.Ordinal);
        yield return new TestCaseData("light", Css[..dark]).SetName("{m}(light)");
        yield return new TestCaseData("dark", Css[dark..Css.IndexOf("/* Base */", dark, StringComparison.Ordinal)]).SetName("{m}(dark)");
    }

    /// <summary>WCAG 2.1 AA: 4.5:1 for text of normal size, against the code block's background (<c>--surface-2</c>).</summary>
    [TestCaseSource(nameof(Schemes))]
    public void EveryTokenColourAndTheLabelMeetAAOnTheCodeBackground(string scheme, string block)
    {
        var colours = Colours(block);
        var background = colours["surface-2"];
        Assert.Multiple(() =>
        {
            foreach (var name in ScopeClasses.All.Select(c => c).Append("muted").Append("text"))
            {
                var ratio = Contrast(colours[name], background);
                TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{scheme} {name} {colours[name]} on {background}: {ratio:F2}"));
                Assert.That(ratio, Is.GreaterThanOrEqualTo(4.5), $"{scheme}: {name}");
            }
        });
    }

    [TestCaseSource(nameof(Schemes))]
    public void EveryTokenClassHasItsOwnColourApartFromTheText(string scheme, string block)
    {
        var colours = Colours(block);
        var tokens = ScopeClasses.All.Select(c => colours[c]).Append(colours["text"]).ToList();
        Assert.That(tokens, Is.Unique, scheme);
    }

    [Test]
    public void EveryTokenClassIsStyled()
    {
        Assert.Multiple(() =>
        {
            foreach (var name in ScopeClasses.All)
            {
                Assert.That(Css, Does.Contain($".{name} {{ color: var(--{name});"), name);
            }
        });
    }

    /// <summary>Every custom property set to a hex colour in <paramref name="block"/>, without its dashes.</summary>
    private static Dictionary<string, string> Colours(string block) =>
        Property().Matches(block).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value, StringComparer.Ordinal);

    private static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int at)
        {
            var c = int.Parse(hex.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
    }

    [GeneratedRegex(@"--([a-z0-9-]+):\s*(#[0-9a-fA-F]{6})\b")]
    private static partial Regex Property();
}
