using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Recap.Browser.Tests.Accessibility;
using Recap.Browser.Tests.Support;

namespace Recap.Browser.Tests.Search;

/// <summary>
/// The search page in Chromium: names typed without accents, in several scripts, find their talks
/// on a small site served by recap serve, and on an archive of 20,000 talks the first query
/// fetches a few small files, not the index.
/// </summary>
public sealed class SearchPageTests
{
    private SiteServer _site = null!;

    [OneTimeSetUp]
    public async Task ServeASiteWithNamesInSeveralScriptsAsync()
    {
        _site = await SiteServer.StartAsync(root =>
        {
            SourceFiles.Write(root, "content/site.yml", "title: Recaps\nbase_url: https://example.github.io/recaps/\n");
            SourceFiles.Write(root, "content/conferences/devconf-2024/index.md", "---\nname: DevConf 2024\nstart: 2024-05-02\n---\n");
            SourceFiles.Write(root, "content/conferences/devconf-2024/talks/backpressure.md", "---\ntitle: Backpressure in practice\nspeakers: [Zoë Ångström, Łukasz Øster]\ntopics: [Streams]\n---\nQueues that say no.\n");
            SourceFiles.Write(root, "content/conferences/devconf-2024/talks/yamada.md", "---\ntitle: 分散システム入門\nspeakers: [山田太郎]\n---\nConsensus, slowly.\n");
            SourceFiles.Write(root, "content/conferences/devconf-2024/talks/greek.md", "---\ntitle: Μηχανική αξιοπιστίας\nspeakers: [Σοφία Παπαδοπούλου]\n---\nSRE in Athens.\n");
            SourceFiles.Write(root, "content/conferences/devconf-2024/talks/arabic.md", "---\ntitle: دروس في العـــربية\nspeakers: [ليلى حداد]\n---\nIn Arabic.\n");
            SourceFiles.Write(root, "content/conferences/devconf-2024/talks/straße.md", "---\ntitle: Die Straße der Daten\nspeakers: [Jürgen Weiß]\nslug: strasse\n---\nPipelines.\n");
            for (var n = 1; n <= 30; n++)
            {
                SourceFiles.Write(root, $"content/conferences/pycon-2023/talks/lesson-{n}.md", $"---\ntitle: Python lesson {n}\n---\n");
            }

            SourceFiles.Write(root, "content/conferences/pycon-2023/index.md", "---\nname: PyCon 2023\nstart: 2023-09-16\n---\n");
        });
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _site.DisposeAsync();

    [TestCase("zoe angstrom", "Backpressure in practice")]
    [TestCase("LUKASZ oster", "Backpressure in practice")]
    [TestCase("backpres", "Backpressure in practice")]
    [TestCase("山田", "分散システム入門")]
    [TestCase("σοφια", "Μηχανική αξιοπιστίας")]
    [TestCase("العربية", "دروس في العـــربية")]
    [TestCase("العـربية", "دروس في العـــربية")]
    [TestCase("ليلى", "دروس في العـــربية")]
    [TestCase("juergen weiss", null)]
    [TestCase("jurgen weiss strasse", "Die Straße der Daten")]
    public async Task TypedWordsFindTheTalkWhateverTheirAccentsAsync(string query, string? talk)
    {
        await using var context = await BrowserTestRun.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _site.BaseUrl.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("search/");

        await Assertions.Expect(page.GetByText("Search runs in your browser")).ToBeHiddenAsync();
        await page.GetByLabel("Search Recaps").FillAsync(query);

        var status = page.Locator(".search-status").First;
        await Assertions.Expect(status).ToContainTextAsync(query);
        var results = page.Locator(".search-results a");
        if (talk is null)
        {
            await Assertions.Expect(status).ToContainTextAsync("with some of them");
            return;
        }

        await Assertions.Expect(results.Filter(new() { HasText = talk })).ToHaveCountAsync(1);
        Assert.That(await results.Filter(new() { HasText = talk }).GetAttributeAsync("href"), Does.StartWith("/recaps/devconf-2024/"));
        Assert.That(page.Url, Does.Contain("?q="), "the address keeps the query");
    }

    [Test]
    public async Task TheHomePagesSearchBoxOpensTheSearchPageWithItsAnswersAsync()
    {
        await using var context = await BrowserTestRun.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _site.BaseUrl.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("");

        await page.GetByLabel("Search talks, speakers and topics").FillAsync("zoe angstrom");
        await page.Keyboard.PressAsync("Enter");

        // The form asks for ?q=zoe+angstrom; the page's script may write the query back as it keeps it.
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/recaps/search/\?q=zoe(\+|%20)angstrom$"));
        await Assertions.Expect(page.GetByLabel("Search Recaps")).ToHaveValueAsync("zoe angstrom");
        await Assertions.Expect(page.Locator(".search-results a").Filter(new() { HasText = "Backpressure in practice" })).ToHaveCountAsync(1);
    }

    [TestCase(ColorScheme.Light)]
    [TestCase(ColorScheme.Dark)]
    public async Task SearchPageMeetsWcagAAWithResultsAsync(ColorScheme scheme)
    {
        await using var context = await BrowserTestRun.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _site.BaseUrl.ToString(), ColorScheme = scheme });
        var page = await context.NewPageAsync();
        await page.GotoAsync("search/?q=backpressure");
        await Assertions.Expect(page.Locator(".search-results li")).ToHaveCountAsync(1);

        var axe = await page.RunAxe(AccessibilityTests.WcagAA);

        Assert.That(axe.Violations, Has.Length.Zero, () => AccessibilityTests.Describe(axe.Violations));
    }

    /// <summary>
    /// A linked search (<c>?q=</c>) fills its results after the page is drawn: nothing drawn may move
    /// then, as Lighthouse counts it in Cumulative Layout Shift. At Lighthouse's phone and desktop sizes.
    /// </summary>
    [TestCase(412, 823, "backpressure", 1)]
    [TestCase(1350, 940, "backpressure", 1)]
    [TestCase(412, 823, "python", 20)]
    [TestCase(1350, 940, "python", 20)]
    public async Task ALinkedSearchShowsItsResultsWithoutMovingWhatIsDrawnAsync(int width, int height, string query, int results)
    {
        await using var context = await BrowserTestRun.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _site.BaseUrl.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("search/?q=" + query);
        await Assertions.Expect(page.Locator(".search-results li")).ToHaveCountAsync(results);
        // Shifts are found when a frame is drawn: wait for two after the results are in.
        await page.EvaluateAsync("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");

        var shifts = await page.EvaluateAsync<string[]>("""
            () => {
              const observer = new PerformanceObserver(() => {});
              observer.observe({ type: "layout-shift", buffered: true });
              const shifts = observer.takeRecords().filter(shift => !shift.hadRecentInput);
              observer.disconnect();
              return shifts.map(shift => shift.value.toFixed(4) + " " + shift.sources.map(source => source.node ? source.node.outerHTML.slice(0, 60) : "?").join(", "));
            }
            """);

        Assert.That(shifts, Is.Empty, "layout shifts (value, elements moved)");
    }

    [Test]
    public async Task WithoutJavaScriptTheSearchPageLinksToTheIndexesAsync()
    {
        await using var context = await BrowserTestRun.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _site.BaseUrl.ToString(), JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync("search/");

        await Assertions.Expect(page.GetByText("Search runs in your browser and needs JavaScript.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Browse" }).GetByRole(AriaRole.Link, new() { Name = "Speakers" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Speakers");
    }

    /// <summary>
    /// 20,000 talks by 12,000 people named only on their talks, as a programme archive is: the
    /// built site is answered from disk. The first query fetches the page, its script and a few
    /// small index files (reported: bytes, and compressed bytes as a web server sends them).
    /// </summary>
    [Test]
    public async Task OnAnArchiveOf20000TalksTheFirstQueryFetchesLittleAsync()
    {
        var archive = Directory.CreateTempSubdirectory("recap-archive-").FullName;
        try
        {
            var target = ArchiveCorpus.Write(archive, conferences: 500, talksPerConference: 40, people: 12_000);
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            Assert.That(Recap.Cli.RecapCommand.Run(["build", "--source", archive, "--quiet"], stdout, stderr), Is.Zero, stderr.ToString());
            var output = Path.Combine(archive, "_site");

            await using var context = await BrowserTestRun.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = "https://archive.test/" });
            var fetched = new List<(string Path, long Bytes, long Compressed)>();
            await context.RouteAsync("https://archive.test/**", async route =>
            {
                var path = new Uri(route.Request.Url).AbsolutePath.TrimStart('/');
                var file = Path.Combine(output, path.EndsWith('/') || path.Length == 0 ? path + "index.html" : path);
                if (!File.Exists(file))
                {
                    await route.FulfillAsync(new() { Status = 404 });
                    return;
                }

                var bytes = await File.ReadAllBytesAsync(file);
                lock (fetched)
                {
                    fetched.Add((path, bytes.Length, Gzipped(bytes)));
                }

                await route.FulfillAsync(new() { BodyBytes = bytes, ContentType = ContentType(file) });
            });
            var page = await context.NewPageAsync();
            await page.GotoAsync("search/");
            var atStart = fetched.Count;

            var typed = Stopwatch.StartNew();
            await page.GetByLabel("Search Conference Archive").FillAsync("renee angstrom");
            await Assertions.Expect(page.Locator(".search-results a").Filter(new() { HasText = target })).ToHaveCountAsync(1);
            typed.Stop();
            // The browser asks for the site's icon when it pleases; that is not the query's doing.
            var query = fetched.Skip(atStart).Where(f => !f.Path.StartsWith("favicon.", StringComparison.Ordinal)).ToList();
            var all = fetched.ToList();

            // The same words again, their files fetched already: the time the page takes to answer.
            await page.GetByLabel("Search Conference Archive").FillAsync("angstrom renee");
            await Assertions.Expect(page.Locator(".search-status")).ToContainTextAsync("for “angstrom renee”");
            var answered = await page.Locator(".search-status").GetAttributeAsync("data-ms");
            var index = Directory.GetFiles(Path.Combine(output, "search", "index"));
            TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"search index: {index.Length} files, {index.Sum(f => new FileInfo(f).Length):N0} bytes; first query fetched {query.Count} files, {query.Sum(f => f.Bytes):N0} bytes ({query.Sum(f => f.Compressed):N0} compressed); with the page and its script {all.Sum(f => f.Bytes):N0} bytes ({all.Sum(f => f.Compressed):N0} compressed); found in {typed.ElapsedMilliseconds} ms after typing (120 ms of it waiting for the typing to stop); a query on fetched files answered in {answered} ms"));
            Assert.That(query.Select(f => f.Path), Is.All.StartsWith("search/index/"));
            Assert.That(all.Sum(f => f.Compressed), Is.LessThanOrEqualTo(100 * 1024), "the page, its script and the first query's files, compressed");
        }
        finally
        {
            Directory.Delete(archive, recursive: true);
        }
    }

    private static long Gzipped(byte[] bytes)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return compressed.Length;
    }

    private static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".json" => "application/json",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        _ => "application/octet-stream",
    };
}
