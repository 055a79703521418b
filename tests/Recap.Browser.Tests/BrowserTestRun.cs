using Microsoft.Playwright;
using Recap.Browser.Tests.Support;

namespace Recap.Browser.Tests;

/// <summary>
/// What every browser test shares for the length of a run: one Chromium and one served sample site.
/// Each test opens its own context (<see cref="NewContextAsync"/>), so tests share no state.
/// </summary>
[SetUpFixture]
public sealed class BrowserTestRun
{
    /// <summary>Debian's Chromium. Playwright never downloads a browser of its own here.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>
    /// Headless, no sandbox (CI runs as root), and nothing that reaches the network on its own:
    /// no QUIC, first-run tasks, background requests, component updates or sync.
    /// </summary>
    public static readonly IReadOnlyList<string> ChromiumArgs =
    [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];

    private static IPlaywright? _playwright;
    private static IBrowser? _browser;
    private static SiteServer? _site;

    /// <summary>The browser of this run.</summary>
    public static IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not started.");

    /// <summary>The sample site, served for this run.</summary>
    public static SiteServer Site => _site ?? throw new InvalidOperationException("The site is not served.");

    /// <summary>A fresh context on the served site (relative URLs resolve against its root).</summary>
    public static Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.BaseURL = Site.BaseUrl.ToString();
        return Browser.NewContextAsync(options);
    }

    /// <summary>Serves the sample and starts Chromium.</summary>
    [OneTimeSetUp]
    public async Task StartAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            Assert.Fail($"The browser tests need Debian's Chromium at {ChromiumPath}: run `apt-get install chromium` (see DEVELOPERS.md).");
        }

        _site = await SiteServer.StartAsync(Repository.Root);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>Closes the browser and stops the site.</summary>
    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            _browser = null;
        }

        _playwright?.Dispose();
        _playwright = null;
        if (_site is not null)
        {
            await _site.DisposeAsync();
            _site = null;
        }
    }
}
