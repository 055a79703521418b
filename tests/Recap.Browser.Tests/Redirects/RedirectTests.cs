using Microsoft.Playwright;
using Recap.Browser.Tests.Support;

namespace Recap.Browser.Tests.Redirects;

/// <summary>
/// A talk that moved, in Chromium: a link shared to one of its old URLs (<c>redirect_from:</c>)
/// lands on the talk's page, with JavaScript or without.
/// </summary>
public sealed class RedirectTests
{
    private const string TalkPage = "c/kafka-in-practice/";

    private SiteServer _site = null!;

    [OneTimeSetUp]
    public async Task ServeASiteWithAMovedTalkAsync()
    {
        _site = await SiteServer.StartAsync(root =>
        {
            SourceFiles.Write(root, "content/site.yml", "title: Recaps\nbase_url: https://recaps.example.org/\n");
            SourceFiles.Write(root, "content/conferences/c/index.md", "---\nname: C 2024\nstart: 2024-05-01\n---\n");
            SourceFiles.Write(root, "content/conferences/c/talks/kafka-in-practice.md", "---\ntitle: Kafka in practice\nspeakers: [Ann Lee]\nredirect_from: [/c/kafka/, /2019/05/kafka.html]\n---\nWhat was said.\n");
        });
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _site.DisposeAsync();

    [TestCase("c/kafka/", true)]
    [TestCase("2019/05/kafka.html", true)]
    [TestCase("c/kafka/", false)]
    public async Task AnOldUrlLandsOnTheTalksPageAsync(string oldUrl, bool javaScript)
    {
        await using var context = await BrowserTestRun.Browser.NewContextAsync(new() { BaseURL = _site.BaseUrl.ToString(), JavaScriptEnabled = javaScript });
        var page = await context.NewPageAsync();

        await page.GotoAsync(oldUrl);
        // The refresh may come while the old page is still loading: the URL is what is awaited, not a load.
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(_site.BaseUrl, TalkPage).ToString());
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Kafka in practice");
        Assert.That(_site.Stderr, Is.Empty);
    }
}
