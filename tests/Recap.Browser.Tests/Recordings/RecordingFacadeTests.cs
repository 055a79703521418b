using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Recap.Browser.Tests.Accessibility;
using Recap.Browser.Tests.Support;

namespace Recap.Browser.Tests.Recordings;

/// <summary>
/// A talk with a YouTube recording, in Chromium: the page asks the video host for nothing until
/// play is pressed, then plays it in an iframe; without JavaScript, play opens the video's page.
/// Every request that leaves the served site is answered here, so nothing reaches the network.
/// </summary>
public sealed class RecordingFacadeTests
{
    private const string VideoId = "dQw4w9WgXcQ";
    private const string TalkPage = "c/tube/";

    /// <summary>A one-pixel PNG, for the video's still.</summary>
    private static readonly byte[] Pixel = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private SiteServer _site = null!;

    [OneTimeSetUp]
    public async Task ServeASiteWithARecordingAsync()
    {
        _site = await SiteServer.StartAsync(root =>
        {
            SourceFiles.Write(root, "content/site.yml", "title: Recaps\nbase_url: https://recaps.example.org/\n");
            SourceFiles.Write(root, "content/conferences/c/index.md", "---\nname: C 2024\nstart: 2024-05-01\n---\n");
            SourceFiles.Write(root, "content/conferences/c/talks/tube.md", $"---\ntitle: A talk worth watching\nspeakers: [Ann Lee]\nvideo: https://www.youtube.com/watch?v={VideoId}&t=90\n---\nWhat was said.\n");
        });
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _site.DisposeAsync();

    [TestCase(ColorScheme.Light)]
    [TestCase(ColorScheme.Dark)]
    public async Task NothingIsAskedOfTheVideoHostUntilPlayIsPressedAsync(ColorScheme scheme)
    {
        await using var context = await NewContextAsync(new BrowserNewContextOptions { ColorScheme = scheme });
        var requests = await AnswerOutsideRequestsAsync(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync(TalkPage, new() { WaitUntil = WaitUntilState.NetworkIdle });

        var play = page.GetByRole(AriaRole.Link, new() { Name = "Play the recording from YouTube" });
        await Assertions.Expect(play).ToBeVisibleAsync();
        Assert.That(requests.Where(IsVideoHost), Is.Empty, "no request to the video host before play");
        Assert.That(requests, Does.Contain($"https://i.ytimg.com/vi/{VideoId}/hqdefault.jpg"), "the still is its image");
        var axe = await page.RunAxe(AccessibilityTests.WcagAA);
        Assert.That(axe.Violations, Has.Length.Zero, () => AccessibilityTests.Describe(axe.Violations));

        await play.ClickAsync();
        var player = page.Locator("figure.recording iframe");
        await Assertions.Expect(player).ToHaveAttributeAsync("src", $"https://www.youtube-nocookie.com/embed/{VideoId}?start=90&autoplay=1");
        await Assertions.Expect(player).ToHaveAttributeAsync("title", "Recording of A talk worth watching");
        await Assertions.Expect(page.FrameLocator("figure.recording iframe").Locator("h1")).ToHaveTextAsync("The player");
        Assert.That(requests.Where(IsVideoHost), Is.EqualTo(new[] { $"https://www.youtube-nocookie.com/embed/{VideoId}?start=90&autoplay=1" }), "the player loads on play, from the no-cookie host");
        Assert.That(page.Url, Does.EndWith(TalkPage), "the reader stays on the talk page");
    }

    [Test]
    public async Task WithoutJavaScriptPlayOpensTheVideosPageAsync()
    {
        await using var context = await NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var requests = await AnswerOutsideRequestsAsync(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync(TalkPage);

        await page.GetByRole(AriaRole.Link, new() { Name = "Play the recording from YouTube" }).ClickAsync();

        await page.WaitForURLAsync($"https://www.youtube.com/watch?v={VideoId}&t=90");
        Assert.That(requests, Does.Contain($"https://www.youtube.com/watch?v={VideoId}&t=90"));
    }

    private Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions options)
    {
        options.BaseURL = _site.BaseUrl.ToString();
        return BrowserTestRun.Browser.NewContextAsync(options);
    }

    /// <summary>Answers every request for another host (a still, a player page) here, and lists them in order.</summary>
    private async Task<List<string>> AnswerOutsideRequestsAsync(IBrowserContext context)
    {
        var requests = new List<string>();
        await context.RouteAsync(url => new Uri(url).Authority != _site.BaseUrl.Authority, async route =>
        {
            lock (requests)
            {
                requests.Add(route.Request.Url);
            }

            await (route.Request.Url.Contains("ytimg.com", StringComparison.Ordinal)
                ? route.FulfillAsync(new() { ContentType = "image/png", BodyBytes = Pixel })
                : route.FulfillAsync(new() { ContentType = "text/html", Body = "<!doctype html><title>Player</title><h1>The player</h1>" }));
        });
        return requests;
    }

    /// <summary>YouTube's pages and players (its image host, for the still, is not one).</summary>
    private static bool IsVideoHost(string url) =>
        new Uri(url).Host is "www.youtube.com" or "youtube.com" or "www.youtube-nocookie.com" or "youtube-nocookie.com" or "m.youtube.com"
        || new Uri(url).Host.EndsWith(".googlevideo.com", StringComparison.Ordinal);
}
