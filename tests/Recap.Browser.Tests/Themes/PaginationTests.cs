using Microsoft.Playwright;
using Recap.Browser.Tests.Accessibility;
using Recap.Browser.Tests.Support;
using Deque.AxeCore.Playwright;

namespace Recap.Browser.Tests.Themes;

/// <summary>
/// In Chromium, the pages of a topic's talks are reached by "Newer talks", "Older talks" and their
/// numbers, those of a conference's programme by "Earlier talks" and "Later talks", and those of
/// the speakers index by "Previous page", "Next page" and its letters: links large enough to tap
/// that fit a phone's width, in both schemes.
/// </summary>
public sealed class PaginationTests
{
    private SiteServer _site = null!;

    [OneTimeSetUp]
    public async Task ServeAsync() => _site = await SiteServer.StartAsync(root =>
    {
        SourceFiles.Write(root, "content/site.yml", "title: Recaps\noptions: { talks_per_page: 2, speakers_per_page: 2, social_cards: false }\n");
        SourceFiles.Write(root, "content/conferences/d/index.md", "---\nname: D 2023\nstart: 2023-05-01\n---\n");
        SourceFiles.Write(root, "content/conferences/d/talks/panel.md", "---\ntitle: Panel\nspeakers: [Grace Hopper, Alan Turing, Anna Émond, Bob Eng, Zoë Ångström]\ndate: 2023-05-01\n---\n");
        SourceFiles.Write(root, "content/conferences/c/index.md", "---\nname: C 2024\nstart: 2024-05-01\nend: 2024-05-31\n---\n");
        for (var n = 1; n <= 12; n++)
        {
            SourceFiles.Write(root, $"content/conferences/c/talks/t{n:00}.md", $"---\ntitle: Talk {n}\nspeakers: [Ada Lovelace]\ntopics: [Rust]\ndate: 2024-05-{n:00}\n---\n");
        }
    });

    [OneTimeTearDown]
    public async Task StopAsync() => await _site.DisposeAsync();

    [TestCase(390, "light")]
    [TestCase(390, "dark")]
    [TestCase(1280, "light")]
    [TestCase(1280, "dark")]
    public async Task ThePagesOfATopicsTalksAreReachedByLinksThatFitAndCanBeTappedAsync(int width, string scheme)
    {
        await using var context = await NewContextAsync(width, scheme);
        var page = await context.NewPageAsync();
        await page.GotoAsync("topics/rust/page/3/");
        var pages = page.GetByRole(AriaRole.Navigation, new() { Name = "Pages" });

        await Assertions.Expect(pages.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Newer talks", "1", "2", "3", "4", "5", "6", "Older talks"]);
        await Assertions.Expect(pages.Locator("[aria-current=page]")).ToHaveAccessibleNameAsync("Page 3");
        await AssertTappableAndAccessibleAsync(page, pages, width);

        await pages.GetByRole(AriaRole.Link, new() { Name = "Older talks" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(_site.BaseUrl, "topics/rust/page/4/").ToString());
        await Assertions.Expect(page.Locator("#talks ~ .card-list .card-title")).ToHaveTextAsync(["Talk 6", "Talk 5"]);
        await Assertions.Expect(page).ToHaveTitleAsync("Rust, page 4 of 6 · Recaps");
    }

    /// <summary>A conference's programme goes on in programme order, its talks numbered on from page to page.</summary>
    [TestCase(390, "light")]
    [TestCase(1280, "dark")]
    public async Task AProgrammesPagesNumberItsTalksOnAsync(int width, string scheme)
    {
        await using var context = await NewContextAsync(width, scheme);
        var page = await context.NewPageAsync();
        await page.GotoAsync("c/page/3/");
        var pages = page.GetByRole(AriaRole.Navigation, new() { Name = "Pages" });

        await Assertions.Expect(pages.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Earlier talks", "1", "2", "3", "4", "5", "6", "Later talks"]);
        Assert.That(await page.Locator("#talks ~ .card-list > li").EvaluateAllAsync<string[]>("items => items.map(li => li.value + ' ' + li.querySelector('.card-title').textContent.trim())"), Is.EqualTo(new[] { "5 Talk 5", "6 Talk 6" }));
        await AssertTappableAndAccessibleAsync(page, pages, width);

        await pages.GetByRole(AriaRole.Link, new() { Name = "Later talks" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(_site.BaseUrl, "c/page/4/").ToString());
        await Assertions.Expect(page.Locator("#talks ~ .card-list .card-title")).ToHaveTextAsync(["Talk 7", "Talk 8"]);
        await Assertions.Expect(page).ToHaveTitleAsync("C 2024, page 4 of 6 · Recaps");
    }

    /// <summary>Each letter of the speakers index leads to its heading, on the page its names start on.</summary>
    [TestCase(390, "light")]
    [TestCase(1280, "dark")]
    public async Task EveryLetterOfTheSpeakersIndexLeadsToItsPageAsync(int width, string scheme)
    {
        await using var context = await NewContextAsync(width, scheme);
        var page = await context.NewPageAsync();
        await page.GotoAsync("speakers/");
        var pages = page.GetByRole(AriaRole.Navigation, new() { Name = "Pages" });

        await Assertions.Expect(pages.GetByRole(AriaRole.Link)).ToHaveTextAsync(["1", "2", "3", "Next page"]);
        await Assertions.Expect(page.Locator(".people a")).ToHaveTextAsync(["Zoë Ångström", "Anna Émond"]);
        await AssertTappableAndAccessibleAsync(page, pages, width);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Jump to letter" }).GetByRole(AriaRole.Link, new() { Name = "T", Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(_site.BaseUrl, "speakers/page/3/#letter-t").ToString());
        await Assertions.Expect(page).ToHaveTitleAsync("Speakers, page 3 of 3 · Recaps");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "T", Exact = true })).ToBeInViewportAsync();
        await Assertions.Expect(page.Locator(".people a")).ToHaveTextAsync(["Ada Lovelace", "Alan Turing"]);
        await Assertions.Expect(pages.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Previous page", "1", "2", "3"]);
    }

    private Task<IBrowserContext> NewContextAsync(int width, string scheme) => BrowserTestRun.Browser.NewContextAsync(new()
    {
        BaseURL = _site.BaseUrl.ToString(),
        ViewportSize = new() { Width = width, Height = 900 },
        ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
    });

    /// <summary>Every link of <paramref name="pages"/> is at least 44 pixels each way and on the screen, nothing is wider than it, and axe finds nothing.</summary>
    private static async Task AssertTappableAndAccessibleAsync(IPage page, ILocator pages, int width)
    {
        foreach (var link in await pages.GetByRole(AriaRole.Link).AllAsync())
        {
            var box = await link.BoundingBoxAsync();
            Assert.That(box!.Height, Is.GreaterThanOrEqualTo(44), $"'{await link.TextContentAsync()}' is tall enough to tap");
            Assert.That(box.Width, Is.GreaterThanOrEqualTo(44), $"'{await link.TextContentAsync()}' is wide enough to tap");
            Assert.That(box.X + box.Width, Is.LessThanOrEqualTo(width), $"'{await link.TextContentAsync()}' is on the screen");
        }

        Assert.That(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= document.documentElement.clientWidth"), Is.True, "nothing is wider than the screen");
        var axe = await page.RunAxe(AccessibilityTests.WcagAA);
        Assert.That(axe.Violations, Has.Length.Zero, () => AccessibilityTests.Describe(axe.Violations));
    }
}
