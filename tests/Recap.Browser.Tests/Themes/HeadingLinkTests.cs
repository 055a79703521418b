using Microsoft.Playwright;
using Recap.Browser.Tests.Accessibility;
using Recap.Browser.Tests.Support;
using Deque.AxeCore.Playwright;

namespace Recap.Browser.Tests.Themes;

/// <summary>
/// In Chromium, a section's heading looks like a heading, shows a # when pointed at or focused, is
/// named by its text alone, and, clicked, puts the section's address in the address bar to copy.
/// </summary>
public sealed class HeadingLinkTests
{
    private SiteServer _site = null!;

    [OneTimeSetUp]
    public async Task ServeAsync() => _site = await SiteServer.StartAsync(root =>
    {
        SourceFiles.Write(root, "content/site.yml", "title: Recaps\n");
        SourceFiles.Write(root, "content/conferences/c/index.md", "---\nname: C 2024\nstart: 2024-05-01\n---\n");
        SourceFiles.Write(root, "content/conferences/c/talks/notes.md", "---\ntitle: Notes\n---\nFirst words.\n\n## Storage tiers\n\nHot and cold.\n\n## Ça marche\n\nIt works.\n");
    });

    [OneTimeTearDown]
    public async Task StopAsync() => await _site.DisposeAsync();

    [TestCase("light")]
    [TestCase("dark")]
    public async Task AHeadingLinksToItselfAndLooksLikeAHeadingAsync(string scheme)
    {
        await using var context = await BrowserTestRun.Browser.NewContextAsync(new()
        {
            BaseURL = _site.BaseUrl.ToString(),
            ViewportSize = new() { Width = 1280, Height = 900 },
            ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("c/notes/");
        var link = page.Locator(".prose h2 a").Last;

        Assert.That(await link.EvaluateAsync<string>("a => getComputedStyle(a).color"), Is.EqualTo(await page.Locator(".prose h2").Last.EvaluateAsync<string>("h => getComputedStyle(h.parentElement).color")), "the heading keeps the text's colour");
        Assert.That(await MarkAsync(link), Is.EqualTo("none"), "no # until pointed at");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Ça marche", Exact = true })).ToHaveCountAsync(1);

        await link.HoverAsync();
        Assert.That(await MarkAsync(link), Is.EqualTo("\"#\" / \"\""), "a # beside the pointed heading");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Ça marche", Exact = true })).ToHaveCountAsync(1);
        var axe = await page.RunAxe(AccessibilityTests.WcagAA);
        Assert.That(axe.Violations, Has.Length.Zero, () => AccessibilityTests.Describe(axe.Violations));

        await link.ClickAsync();
        Assert.That(new Uri(page.Url).Fragment, Is.EqualTo("#ca-marche"));
        Assert.That(await page.EvaluateAsync<string>("document.querySelector(':target').textContent"), Is.EqualTo("Ça marche"));
    }

    private static Task<string> MarkAsync(ILocator link) => link.EvaluateAsync<string>("a => getComputedStyle(a, '::after').content");
}
