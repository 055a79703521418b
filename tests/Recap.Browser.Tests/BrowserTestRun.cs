using Microsoft.Playwright;
using Recap.Browser.Tests.Support;

namespace Recap.Browser.Tests;

/// <summary>
/// What every browser test shares for the length of a run: one Chromium and one served sample site.
/// Each test opens its own context (<see cref="NewContextAsync"/>), so tests share no state.
/// Without Chromium, <see cref="ChromiumTests"/> fails once and says how to install it, and each test
/// that needs the browser is skipped: a failing setup here would repeat the message for every test.
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
    private static string? _browserProblem;
    private static SiteServer? _site;

    /// <summary>Why Chromium could not be started for this run, or null when it runs.</summary>
    public static string? BrowserProblem => _browserProblem;

    /// <summary>The browser of this run; a test that asks for it when there is none is skipped.</summary>
    public static IBrowser Browser
    {
        get
        {
            if (_browser is null && _browserProblem is not null)
            {
                Assert.Ignore("No browser: ChromiumTests says why.");
            }

            return _browser ?? throw new InvalidOperationException("The browser is not started.");
        }
    }

    /// <summary>The sample site, served for this run.</summary>
    public static SiteServer Site => _site ?? throw new InvalidOperationException("The site is not served.");

    /// <summary>A fresh context on the served site (relative URLs resolve against its root).</summary>
    public static Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.BaseURL = Site.BaseUrl.ToString();
        return Browser.NewContextAsync(options);
    }

    /// <summary>Serves the sample and starts Chromium, when it is installed.</summary>
    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _site = await SiteServer.StartAsync(Repository.Root);
        if (!IsProgram(ChromiumPath))
        {
            _browserProblem = $"The browser tests need Debian's Chromium at {ChromiumPath}: run `apt-get install chromium`, or `./build.sh --target=Test` as root, which installs it (see DEVELOPERS.md).";
            return;
        }

        _playwright = await Playwright.CreateAsync();
        try
        {
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = ChromiumArgs,
            });
        }
        catch (PlaywrightException ex)
        {
            _browserProblem = $"Chromium at {ChromiumPath} did not start: {ex.Message}";
        }
    }

    /// <summary>A file that can be run: hidden or broken installs are missing too.</summary>
    private static bool IsProgram(string path) =>
        File.Exists(path) && (OperatingSystem.IsWindows() || (File.GetUnixFileMode(path) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0);

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
        _browserProblem = null;
        if (_site is not null)
        {
            await _site.DisposeAsync();
            _site = null;
        }
    }
}
