using System.Globalization;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Recap.Browser.Tests.Support;
using Recap.Tests.Support;

namespace Recap.Browser.Tests.Accessibility;

/// <summary>
/// Every page kind of the sample, light and dark, on a phone and on a desktop: no WCAG 2.1 A or AA
/// violation that axe finds, and no horizontal scrolling.
/// </summary>
public sealed class AccessibilityTests
{
    private static readonly int[] Widths = [360, 1280];

    internal static readonly AxeRunOptions WcagAA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },

        // Only violations are reported; the nodes that pass are not worth sending back from the page.
        ResultTypes = [ResultType.Violations],
    };

    /// <summary>Page x colour scheme x width, each named like <c>talk dark 360</c>.</summary>
    public static IEnumerable<TestCaseData> Cases() =>
        (from page in SamplePage.EveryKind
         from scheme in new[] { ColorScheme.Light, ColorScheme.Dark }
         from width in Widths
         select new TestCaseData(page, scheme, width)
            .SetName(string.Create(CultureInfo.InvariantCulture, $"{page.Kind} {scheme.ToString().ToLowerInvariant()} {width}")))
        .AtLeastOne("SamplePage.EveryKind");

    /// <summary>Loads the page in its own context, runs axe, and measures the page's width.</summary>
    [TestCaseSource(nameof(Cases))]
    public async Task PageMeetsWcagAAAndFitsTheWidth(SamplePage page, ColorScheme scheme, int width)
    {
        ArgumentNullException.ThrowIfNull(page);
        await using var context = await BrowserTestRun.NewContextAsync(new BrowserNewContextOptions
        {
            ColorScheme = scheme,
            ViewportSize = new ViewportSize { Width = width, Height = 800 },
        });
        var tab = await context.NewPageAsync();
        var response = await tab.GotoAsync(page.Path);
        var title = await tab.TitleAsync();
        var axe = await tab.RunAxe(WcagAA);
        var size = await tab.EvaluateAsync<PageWidth>(PageWidth.Script);
        var dark = await tab.EvaluateAsync<bool>("matchMedia('(prefers-color-scheme: dark)').matches");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response?.Status, Is.EqualTo(page.Status), $"status of /{page.Path}");
            Assert.That(title, page.Title is null ? Is.Not.Empty : Does.StartWith(page.Title));
            Assert.That(dark, Is.EqualTo(scheme == ColorScheme.Dark), "the page sees the emulated colour scheme");
            Assert.That(axe.Violations, Has.Length.Zero, () => Describe(axe.Violations));
            Assert.That(size.ScrollWidth, Is.LessThanOrEqualTo(size.ClientWidth), size.Describe);
        }
    }

    internal static string Describe(IEnumerable<AxeResultItem> violations)
    {
        var text = new StringBuilder("axe found WCAG 2.1 A/AA violations:");
        foreach (var violation in violations)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{violation.Id} ({violation.Impact}): {violation.Help} {violation.HelpUrl}");
            foreach (var node in violation.Nodes)
            {
                var checks = node.Any.Concat(node.All).Concat(node.None).Select(check => check.Message);
                text.Append(CultureInfo.InvariantCulture, $"\n  {node.Target}: {string.Join("; ", checks)}");
            }
        }

        return text.ToString();
    }
}
