using Recap.Cli.Serve;
using Recap.Tests.Support;

namespace Recap.Tests.Serve;

/// <summary>A running <c>recap serve</c> on a test site, in this process, with a client that does not follow redirects.</summary>
internal sealed class Served : IAsyncDisposable
{
    /// <summary>Long enough for the first build of the sample, cards included, on a slow machine.</summary>
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    private static readonly System.Text.RegularExpressions.Regex FirstBuildReported = new(@"(?m)^[0-9:]{8} (Built|Build failed)");

    private readonly CancellationTokenSource _stop = new();
    // What serve writes, from several threads: a synchronized writer locks itself, so reads lock it too.
    private readonly StringWriter _stdoutText = new();
    private readonly StringWriter _stderrText = new();
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;
    private Task<int>? _running;

    private Served(TestSite site)
    {
        Site = site;
        _stdout = TextWriter.Synchronized(_stdoutText);
        _stderr = TextWriter.Synchronized(_stderrText);
    }

    public TestSite Site { get; }

    public HttpClient Client { get; } = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>The address <c>recap serve</c> printed: <c>http://127.0.0.1:PORT/recaps/</c>.</summary>
    public string Url { get; private set; } = string.Empty;

    /// <summary><c>http://127.0.0.1:PORT</c>.</summary>
    public string Origin => new Uri(Url).GetLeftPart(UriPartial.Authority);

    public string Stdout
    {
        get
        {
            lock (_stdout)
            {
                return _stdoutText.ToString();
            }
        }
    }

    public string Stderr
    {
        get
        {
            lock (_stderr)
            {
                return _stderrText.ToString();
            }
        }
    }

    /// <summary>Writes the files (as <see cref="TestSite.Create"/> reads them) and serves them.</summary>
    public static Task<Served> StartAsync(string files) => StartAsync(TestSite.Create(files));

    /// <summary>Serves a copy of the sample site of the repository (<c>content/</c>), which tests may edit.</summary>
    public static Task<Served> StartSampleAsync()
    {
        var site = TestSite.Create(string.Empty);
        var content = Path.Combine(Repository.Root, "content");
        foreach (var file in Directory.EnumerateFiles(content, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(site.Root, "content", Path.GetRelativePath(content, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return StartAsync(site);
    }

    private static async Task<Served> StartAsync(TestSite site)
    {
        var served = new Served(site);
        var options = new ServeOptions(new SiteOptions { Source = served.Site.Root }, Port: 0, Open: false);
        served._running = Task.Run(() => ServeCommand.RunAsync(options, served._stdout, served._stderr, served._stop.Token));
        var waiting = System.Diagnostics.Stopwatch.StartNew();
        while (served.Url.Length == 0 && waiting.Elapsed < StartTimeout)
        {
            await Task.Delay(50);
            lock (served._stdout)
            {
                var line = served._stdoutText.ToString().Split('\n').FirstOrDefault(l => l.StartsWith("Serving ", StringComparison.Ordinal));
                served.Url = line?.Split(' ')[1] ?? string.Empty;
            }

            Assert.That(served._running.IsCompleted, Is.False, served.Stderr);
        }

        Assert.That(served.Url, Does.Match("^http://127.0.0.1:[0-9]+/"), served.Stderr);

        // Serve answers from the start; tests begin where the first build has said how it went.
        while (!FirstBuildReported.IsMatch(served.Stdout + served.Stderr) && waiting.Elapsed < StartTimeout)
        {
            await Task.Delay(20);
            Assert.That(served._running.IsCompleted, Is.False, served.Stderr);
        }

        Assert.That(served.Stdout + served.Stderr, Does.Match(FirstBuildReported.ToString()));
        return served;
    }

    /// <summary>Waits for the social cards, which serve draws after it starts serving (a new site's cache has none).</summary>
    public async Task WaitForCardsAsync()
    {
        var waiting = System.Diagnostics.Stopwatch.StartNew();
        while (!Stdout.Contains(" Drew ", StringComparison.Ordinal) && waiting.Elapsed < StartTimeout)
        {
            await Task.Delay(20);
        }

        Assert.That(Stdout, Does.Match(@"[0-9:]{8} Drew [0-9]+ social cards? in [0-9]+ ms\.\n"), Stderr);
    }

    /// <summary>Sends <paramref name="target"/> exactly as written (see <see cref="RawHttp"/>).</summary>
    public Task<RawResponse> SendAsync(string method, string target) => RawHttp.SendAsync(new Uri(Url), method, target);

    public async Task<EventStream> EventsAsync() => new(await Client.GetStreamAsync(Origin + "/__recap/events"));

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        Assert.That(await _running!, Is.Zero);
        Client.Dispose();
        _stop.Dispose();

        // Serve keeps its cache in the temporary folder for the next serve of the same site; no
        // test site is served again once disposed.
        var cache = Path.GetDirectoryName(Recap.Sharing.SocialCards.TemporaryCacheFolder("serve", new SiteOptions { Source = Site.Root }.SourceDirectory))!;
        if (Directory.Exists(cache))
        {
            Directory.Delete(cache, recursive: true);
        }

        Site.Dispose();
    }
}
