using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Recap.Browser.Tests.Support;

namespace Recap.Browser.Tests.LiveReload;

/// <summary>
/// The authoring loop in a real browser: a talk page open in Chromium follows the edits made to
/// its Markdown file, shows the problems of a broken save over the page, and comes back when the
/// file is fixed, all without the test navigating.
/// </summary>
public sealed partial class LiveReloadTests
{
    private const string TalkFile = "content/conferences/dotscale-2018/talks/istio.md";
    private const string TalkPage = "dotscale-2018/istio/";

    /// <summary>Ends the site's copy of the stylesheet, to tell it from the built-in one when served.</summary>
    private const string SiteCopyMarker = "\n/* the site's own copy */\n";

    private SiteServer _site = null!;
    private string _talk = null!;

    [OneTimeSetUp]
    public async Task ServeACopyOfTheSampleAsync()
    {
        _site = await SiteServer.StartAsync(Repository.Root);
        _talk = Path.Combine(_site.Root, TalkFile);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _site.DisposeAsync();

    [Test]
    public async Task PageFollowsEditsShowsABrokenSaveAndComesBackWhenItIsFixed()
    {
        await using var context = await BrowserTestRun.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _site.BaseUrl.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync(TalkPage);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Istio: what a service mesh solves");
        await WaitForLiveReloadAsync(page);
        var original = await File.ReadAllTextAsync(_talk);

        // A save that changes the title and the body: the page shows both, without the test navigating.
        await File.WriteAllTextAsync(_talk, TitleLine().Replace(original, "title: \"Istio, as edited\"", 1) + "\nA sentence written while the page was open.\n");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Istio, as edited", new() { Timeout = 20_000 });
        await Assertions.Expect(page.GetByText("A sentence written while the page was open.")).ToBeVisibleAsync();

        // A save that breaks the front matter: the page stays, with the problem over it.
        await WaitForLiveReloadAsync(page);
        await File.WriteAllTextAsync(_talk, TitleLine().Replace(original, "title: [Istio", 1));
        var overlay = page.Locator("#recap-error-overlay");
        await Assertions.Expect(overlay).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Assertions.Expect(overlay).ToContainTextAsync($"{TalkFile}(2,8): error RC0101:");
        Assert.That(
            await overlay.Locator("pre").EvaluateAsync<string>("pre => getComputedStyle(pre).backgroundColor"),
            Is.EqualTo("rgba(0, 0, 0, 0)"),
            "the problems are light text on the overlay's dark background, not on the theme's light code background");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Istio, as edited");
        Assert.That(_site.Stderr, Does.Contain($"{TalkFile}(2,8): error RC0101:"), "the console says the same");

        // The fix: the problem goes away and the page shows the file as it is now.
        await File.WriteAllTextAsync(_talk, original);
        await Assertions.Expect(overlay).ToHaveCountAsync(0, new() { Timeout = 20_000 });
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Istio: what a service mesh solves", new() { Timeout = 20_000 });
    }

    [Test]
    public async Task StylesheetChangeIsSwappedInWithoutReloadingThePage()
    {
        // The default theme's stylesheet in the site's own themes/default/: a new theme folder, which
        // rebuilds everything and so reloads open pages, so it is served before the page opens.
        var stylesheet = Path.Combine(_site.Root, "themes", "default", "assets", "style.css");
        using var client = new HttpClient();
        var css = await client.GetStringAsync(new Uri(_site.BaseUrl, "assets/style.css"));
        Directory.CreateDirectory(Path.GetDirectoryName(stylesheet)!);
        await File.WriteAllTextAsync(stylesheet, css + SiteCopyMarker);
        await WaitUntilServedAsync(client, "assets/style.css", SiteCopyMarker);

        await using var context = await BrowserTestRun.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _site.BaseUrl.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync(TalkPage);
        await WaitForLiveReloadAsync(page);
        await page.EvaluateAsync("() => { window.recapTestMarker = 'still the same page'; }");

        await File.WriteAllTextAsync(stylesheet, css + SiteCopyMarker + "\nbody { background: rgb(1, 2, 3) !important; }\n");

        await Assertions.Expect(page.Locator("body")).ToHaveCSSAsync("background-color", "rgb(1, 2, 3)", new() { Timeout = 20_000 });
        Assert.That(await page.EvaluateAsync<string?>("() => window.recapTestMarker"), Is.EqualTo("still the same page"), "swapped, not reloaded");
        File.Delete(stylesheet);
    }

    /// <summary>
    /// Waits until the server serves <paramref name="path"/> holding <paramref name="text"/>: the
    /// rebuild that read the saved file is published. The folders were made before the file was
    /// written, so any rebuild still to come is for the file alone, which does not reload a page.
    /// </summary>
    private async Task WaitUntilServedAsync(HttpClient client, string path, string text)
    {
        var url = new Uri(_site.BaseUrl, path);
        for (var waited = 0; ; waited += 50)
        {
            using (var response = await client.GetAsync(url))
            {
                // 503 while a build replaces the file.
                if (response.IsSuccessStatusCode && (await response.Content.ReadAsStringAsync()).Contains(text, StringComparison.Ordinal))
                {
                    return;
                }
            }

            Assert.That(waited, Is.LessThan(20_000), $"/{path} is not the saved copy: no rebuild");
            await Task.Delay(50);
        }
    }

    /// <summary>Waits until the page listens for rebuilds, so that a save right after is heard.</summary>
    private static async Task WaitForLiveReloadAsync(IPage page)
    {
        await page.Locator("html[data-recap-live=open]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }

    [GeneratedRegex("^title: .*$", RegexOptions.Multiline)]
    private static partial Regex TitleLine();
}
