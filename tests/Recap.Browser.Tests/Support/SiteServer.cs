using Recap.Cli.Serve;

namespace Recap.Browser.Tests.Support;

/// <summary>
/// A copy of a site served by <c>recap serve</c> (run in this process, on a free port): the server
/// an author previews with, live reload included. Tests may edit the copy's files.
/// </summary>
public sealed class SiteServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    // What serve writes, from several threads: a synchronized writer locks itself, so reads lock it too.
    private readonly StringWriter _stdoutText = new();
    private readonly StringWriter _stderrText = new();
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;
    private Task<int>? _serving;

    private SiteServer(string root)
    {
        Root = root;
        _stdout = TextWriter.Synchronized(_stdoutText);
        _stderr = TextWriter.Synchronized(_stderrText);
    }

    /// <summary>The site's root URL, <c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The copy of the site being served: the folder holding <c>content/</c>.</summary>
    public string Root { get; }

    /// <summary>What the server printed on standard error (diagnostics of failed builds).</summary>
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

    /// <summary>Copies the site whose root holds <c>content/</c> and serves the copy on a free port.</summary>
    public static Task<SiteServer> StartAsync(string siteRoot) =>
        StartAsync(root => Copy(Path.Combine(siteRoot, "content"), Path.Combine(root, "content")));

    /// <summary>
    /// Serves a site a test makes for itself: <paramref name="write"/> writes its files
    /// (<see cref="SourceFiles.Write"/>) into the folder served, which disposing deletes.
    /// </summary>
    public static async Task<SiteServer> StartAsync(Action<string> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var server = new SiteServer(Path.Combine(Path.GetTempPath(), "recap-browser", Guid.NewGuid().ToString("N")));
        write(server.Root);
        var options = new ServeOptions(new SiteOptions { Source = server.Root }, Port: 0, Open: false);
        server._serving = Task.Run(() => ServeCommand.RunAsync(options, server._stdout, server._stderr, server._stop.Token));
        for (var waited = 0; waited < 120_000; waited += 50)
        {
            string? line;
            bool built;
            lock (server._stdout)
            {
                var printed = server._stdoutText.ToString();
                line = printed.Split('\n').FirstOrDefault(l => l.StartsWith("Serving ", StringComparison.Ordinal));
                built = printed.Contains(" Built ", StringComparison.Ordinal);
            }

            // Serve answers while its first build runs; a test starts once it is done, so that the
            // live reload that follows the first build does not reload the page under test.
            if (line is not null && (built || server.Stderr.Contains("Build failed", StringComparison.Ordinal)))
            {
                server.BaseUrl = new Uri(line.Split(' ')[1]);
                return server;
            }

            if (server._serving.IsCompleted)
            {
                break;
            }

            await Task.Delay(50).ConfigureAwait(false);
        }

        throw new InvalidOperationException("recap serve did not start:\n" + server._stdoutText + server.Stderr);
    }

    /// <summary>Stops the server and deletes the copy.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        if (_serving is not null)
        {
            await _serving.ConfigureAwait(false);
        }

        _stop.Dispose();
        _stdoutText.Dispose();
        _stderrText.Dispose();
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
