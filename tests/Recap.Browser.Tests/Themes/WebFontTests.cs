using Microsoft.Playwright;
using Recap.Browser.Tests.Support;

namespace Recap.Browser.Tests.Themes;

/// <summary>
/// In Chromium, a page's text is drawn in Inter, and the page loads only the subsets of Inter
/// its text needs: Latin for an English page, Greek or Latin Extended where a name asks for them.
/// </summary>
public sealed class WebFontTests
{
    private SiteServer _site = null!;

    [OneTimeSetUp]
    public async Task ServeASiteWithNamesInSeveralScriptsAsync()
    {
        _site = await SiteServer.StartAsync(root =>
        {
            SourceFiles.Write(root, "content/site.yml", "title: Recaps\n");
            // A conference each, so no page links to another's title in its own script.
            foreach (var (conference, talk, title, speaker, body) in new[]
            {
                ("c", "plain", "Plain words", "Ann Lee", "What was said."),
                ("g", "greek", "Λόγος", "Γιώργος Παπαδόπουλος", "Τι ειπώθηκε."),
                ("p", "polish", "Łódź at scale", "Łukasz Żółć", "Co zostało powiedziane."),
            })
            {
                SourceFiles.Write(root, $"content/conferences/{conference}/index.md", $"---\nname: {conference.ToUpperInvariant()} 2024\nstart: 2024-05-01\n---\n");
                SourceFiles.Write(root, $"content/conferences/{conference}/talks/{talk}.md", $"---\ntitle: {title}\nspeakers: [{speaker}]\n---\n{body}\n");
            }
        });
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _site.DisposeAsync();

    [TestCase("c/plain/", new[] { "inter-400-latin.woff2", "inter-600-latin.woff2" })]
    [TestCase("g/greek/", new[] { "inter-400-greek.woff2", "inter-400-latin.woff2", "inter-600-greek.woff2", "inter-600-latin.woff2" })]
    [TestCase("p/polish/", new[] { "inter-400-latin-ext.woff2", "inter-400-latin.woff2", "inter-600-latin-ext.woff2", "inter-600-latin.woff2" })]
    public async Task APageLoadsTheSubsetsItsTextNeedsAndDrawsItInInterAsync(string path, string[] subsets)
    {
        await using var context = await BrowserTestRun.Browser.NewContextAsync(new() { BaseURL = _site.BaseUrl.ToString() });
        var page = await context.NewPageAsync();
        var fonts = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Url.EndsWith(".woff2", StringComparison.Ordinal))
            {
                lock (fonts)
                {
                    fonts.Add(request.Url[(request.Url.LastIndexOf('/') + 1)..]);
                }
            }
        };

        await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });
        await page.EvaluateAsync("document.fonts.ready");

        Assert.That(fonts.Order(StringComparer.Ordinal).ToList(), Is.EqualTo(subsets));
        var family = await page.Locator("h1").EvaluateAsync<string>("h => getComputedStyle(h).fontFamily");
        Assert.That(family, Does.StartWith("Inter, \"Inter fallback\""));
        var loaded = await page.EvaluateAsync<string[]>("[...document.fonts].filter(f => f.status === 'loaded').map(f => f.family + ' ' + f.weight)");
        Assert.That(loaded, Does.Contain("Inter 550 900"), "the headings' weight loaded");
        Assert.That(loaded, Does.Contain("Inter 100 500"), "the text's weight loaded");
    }
}
