using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Recap.Browser.Tests.Accessibility;
using Recap.Browser.Tests.Support;

namespace Recap.Browser.Tests.Themes;

/// <summary>
/// In Chromium, an Arabic title on an English site reads right to left, with its question mark at
/// its end; two Hebrew speakers keep their order in an English byline; and an Arabic site is laid
/// out right to left, its previous talk on the right, the theme's English sentences still in order.
/// </summary>
public sealed class TextDirectionTests
{
    private const string ArabicTalk = "---\ntitle: ما هو Rust؟\nspeakers: [דוד כהן, יעל לוי]\norder: 1\n---\nنص الحديث.\n";

    private const string EnglishTalk = "---\ntitle: Plain words\nspeakers: [Ann Lee]\norder: 2\n---\nWhat was said.\n";

    private const string LastTalk = "---\ntitle: Last words\nspeakers: [Ann Lee]\norder: 3\n---\nWhat was said last.\n";

    private SiteServer _english = null!;
    private SiteServer _arabic = null!;

    [OneTimeSetUp]
    public async Task ServeAnEnglishAndAnArabicSiteAsync()
    {
        _english = await ServeAsync("en");
        _arabic = await ServeAsync("ar");
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _english.DisposeAsync();
        await _arabic.DisposeAsync();
    }

    [Test]
    public async Task OnAnEnglishSiteAnArabicTitleReadsRightToLeftAndHebrewSpeakersKeepTheirOrderAsync()
    {
        await using var context = await NewContextAsync(_english);
        var page = await context.NewPageAsync();
        await page.GotoAsync("c/arabic/");

        var title = page.Locator("h1");
        Assert.That(await title.EvaluateAsync<string>("h => getComputedStyle(h).direction"), Is.EqualTo("rtl"));
        var (first, last) = (await LeftOfCharacterAsync(title, 0), await LeftOfCharacterAsync(title, "ما هو Rust؟".Length - 1));
        Assert.That(last, Is.LessThan(first), "the question mark ends the title, on its left");
        Assert.That(
            await LeftOfAsync(page.Locator(".byline a").First),
            Is.LessThan(await LeftOfAsync(page.Locator(".byline a").Last)),
            "the first speaker is read first, on the left of an English line");
        Assert.That(await page.Locator(".prose p").EvaluateAsync<string>("p => getComputedStyle(p).direction"), Is.EqualTo("rtl"));
        await AssertAccessibleAsync(page);
    }

    [Test]
    public async Task AnArabicSiteIsLaidOutRightToLeftWithEnglishTextLeftToRightAsync()
    {
        await using var context = await NewContextAsync(_arabic);
        var page = await context.NewPageAsync();
        await page.GotoAsync("c/plain/");

        Assert.That(await page.EvaluateAsync<string>("getComputedStyle(document.body).direction"), Is.EqualTo("rtl"));
        Assert.That(await page.Locator("h1").EvaluateAsync<string>("h => getComputedStyle(h).direction"), Is.EqualTo("ltr"));
        Assert.That(
            await LeftOfAsync(page.Locator(".pager-previous")),
            Is.GreaterThan(await LeftOfAsync(page.Locator(".pager-next"))),
            "the previous talk is on the right, where an Arabic reader starts");
        Assert.That(
            await LeftOfAsync(page.Locator(".site-title")),
            Is.GreaterThan(await LeftOfAsync(page.Locator(".site-nav"))),
            "the site's name is on the right of the header");
        var footer = page.Locator(".site-footer p");
        var sentence = await footer.TextContentAsync();
        Assert.That(sentence, Is.EqualTo("Built with Recap."));
        Assert.That(
            await LeftOfCharacterAsync(footer, sentence!.Length - 1),
            Is.GreaterThan(await LeftOfCharacterAsync(footer, 0)),
            "the theme's English sentence ends with its full stop, on the right");
        await AssertAccessibleAsync(page);
    }

    private static Task<SiteServer> ServeAsync(string language) => SiteServer.StartAsync(root =>
    {
        SourceFiles.Write(root, "content/site.yml", $"title: Recaps\nlanguage: {language}\n");
        SourceFiles.Write(root, "content/conferences/c/index.md", "---\nname: C 2024\nstart: 2024-05-01\n---\n");
        SourceFiles.Write(root, "content/conferences/c/talks/arabic.md", ArabicTalk);
        SourceFiles.Write(root, "content/conferences/c/talks/plain.md", EnglishTalk);
        SourceFiles.Write(root, "content/conferences/c/talks/last.md", LastTalk);
    });

    private static Task<IBrowserContext> NewContextAsync(SiteServer site) =>
        BrowserTestRun.Browser.NewContextAsync(new() { BaseURL = site.BaseUrl.ToString(), ViewportSize = new() { Width = 1280, Height = 900 } });

    private static Task<double> LeftOfAsync(ILocator element) => element.EvaluateAsync<double>("e => e.getBoundingClientRect().left");

    /// <summary>Where the character at <paramref name="index"/> of the element's text is drawn.</summary>
    private static Task<double> LeftOfCharacterAsync(ILocator element, int index) => element.EvaluateAsync<double>(
        "(e, i) => { const r = document.createRange(); r.setStart(e.firstChild, i); r.setEnd(e.firstChild, i + 1); return r.getBoundingClientRect().left; }",
        index);

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var axe = await page.RunAxe(AccessibilityTests.WcagAA);
        Assert.That(axe.Violations, Has.Length.Zero, () => AccessibilityTests.Describe(axe.Violations));
    }
}
