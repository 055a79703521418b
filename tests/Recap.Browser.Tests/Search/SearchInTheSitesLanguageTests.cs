using Microsoft.Playwright;
using Recap.Browser.Tests.Support;

namespace Recap.Browser.Tests.Search;

/// <summary>The search page's script says what it found in the site's language, with the count's plural form.</summary>
public sealed class SearchInTheSitesLanguageTests
{
    private SiteServer _site = null!;

    [OneTimeSetUp]
    public async Task ServeAFrenchSiteAsync()
    {
        _site = await SiteServer.StartAsync(root =>
        {
            SourceFiles.Write(root, "content/site.yml", "title: Récaps\nbase_url: https://example.github.io/recaps/\nlanguage: fr\n");
            SourceFiles.Write(root, "content/conferences/devfest-2024/index.md", "---\nname: DevFest 2024\nstart: 2024-10-17\n---\n");
            SourceFiles.Write(root, "content/conferences/devfest-2024/talks/flux.md", "---\ntitle: Les flux de données\nspeakers: [Zoë Martin]\n---\n");
            SourceFiles.Write(root, "content/conferences/devfest-2024/talks/lacs.md", "---\ntitle: Des lacs de données\nspeakers: [Léa Petit]\n---\n");
        });
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _site.DisposeAsync();

    [TestCase("flux", "1\u00a0résultat pour «\u00a0flux\u00a0».")]
    [TestCase("donnees", "2\u00a0résultats pour «\u00a0donnees\u00a0».")]
    [TestCase("xyzzy", "Aucun résultat pour «\u00a0xyzzy\u00a0».")]
    public async Task TheStatusIsInFrenchAsync(string query, string status)
    {
        await using var context = await BrowserTestRun.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _site.BaseUrl.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("search/");

        await page.GetByLabel("Rechercher dans Récaps").FillAsync(query);

        await Assertions.Expect(page.Locator(".search-status")).ToHaveTextAsync(status);
        Assert.That(await page.Locator(".search-status").TextContentAsync(), Is.EqualTo(status), "a count stays on one line with its word");
        if (!status.StartsWith("Aucun", StringComparison.Ordinal))
        {
            await Assertions.Expect(page.Locator(".search-kind").First).ToHaveTextAsync("Présentation");
        }
    }
}
