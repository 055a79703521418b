using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Recap.Diagnostics;
using Recap.Incremental;
using Recap.Model;
using Recap.Output;
using Recap.Sharing;

namespace Recap.Cli.Serve;

/// <summary>
/// <c>recap serve</c>: builds the site into a temporary folder, serves it on 127.0.0.1 under its
/// base path, and rebuilds what each saved change affects, telling open pages to reload. A build
/// with errors leaves the last good site served and shows its problems over the page. Social
/// cards not drawn yet are drawn after the pages are served, a batch at a time between rebuilds.
/// </summary>
internal static class ServeCommand
{
    /// <summary>
    /// How long the sources must stay still before a rebuild starts: an editor's save (a write, or a
    /// temporary file renamed over the old one, a backup made and deleted) takes a few milliseconds,
    /// and every millisecond waited here is one more between the save and the page.
    /// </summary>
    internal static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(30);

    /// <summary>How long serve waits after a rebuild of displayed talk fields before it gives their memory back.</summary>
    private static readonly TimeSpan IdleBeforeCollecting = TimeSpan.FromSeconds(1);

    /// <summary>Diagnostics as <see cref="Problems"/> formatted them, for as long as a build holds them.</summary>
    private static readonly ConditionalWeakTable<Diagnostic, string> Formatted = [];

    public static Command Declare(TextWriter stdout, TextWriter stderr)
    {
        const string PortNeeds = "--port needs a number from 0 to 65535 (0 picks a free port)";
        var source = CommonOptions.Source();
        var drafts = CommonOptions.Drafts();
        var future = CommonOptions.Future();
        var quiet = CommonOptions.Quiet();
        var port = new Option<int>("--port")
        {
            Description = "The port on 127.0.0.1; 0 picks a free one",
            HelpName = "N",
            DefaultValueFactory = _ => 8000,
            CustomParser = result =>
            {
                if (result.Tokens is [var token] && int.TryParse(token.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number <= 65535)
                {
                    return number;
                }

                result.AddError(PortNeeds);
                return 0;
            },
        }.Needs(PortNeeds);
        var open = new Option<bool>("--open") { Description = "Open the site in the default browser" };
        var command = new Command("serve", "Build the site, serve it on 127.0.0.1 and rebuild it as you save") { source, drafts, future, quiet, port, open };
        command.SetAction(result => Run(
            new ServeOptions(new SiteOptions { Source = result.GetValue(source)!, Drafts = result.GetValue(drafts), Future = result.GetValue(future) }, result.GetValue(port), result.GetValue(open)),
            stdout,
            stderr));
        return command;
    }

    public static int Run(ServeOptions options, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(stderr);
        if (BuildOptions.CheckFolders(options.Site) is { } error)
        {
            stderr.WriteLine("recap serve: " + error);
            stderr.WriteLine("Run 'recap --help' for usage.");
            return RecapCommand.UsageError;
        }

        // Ctrl+C, or a process manager's SIGTERM: stop serving and remove the temporary site.
        using var stop = new CancellationTokenSource();
        void Stop(PosixSignalContext signal)
        {
            signal.Cancel = true;
            stop.Cancel();
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        return RunAsync(options, stdout, stderr, stop.Token).GetAwaiter().GetResult();
    }

    /// <summary>Serves until <paramref name="cancellation"/> fires; what tests call.</summary>
    public static async Task<int> RunAsync(ServeOptions options, TextWriter stdout, TextWriter stderr, CancellationToken cancellation)
    {
        var scratch = Path.Combine(Path.GetTempPath(), "recap-serve", Guid.NewGuid().ToString("N"));
        var site = options.Site with
        {
            Output = Path.Combine(scratch, "site"),
            CardCache = SocialCards.TemporaryCacheFolder("serve", options.Site.SourceDirectory),
            DeferCards = true,
        };
        var live = new LiveSite(site);
        var gate = new SemaphoreSlim(1, 1);
        LiveServer? server = null;
        var basePath = "/";
        var stopped = false;
        // A rebuild of displayed talk fields skips the full collection so the next save need not
        // wait for it; once saves stop for a while, the memory those rebuilds left goes back.
        using var idle = new Timer(_ =>
        {
            if (!gate.Wait(0))
            {
                return; // busy: the rebuild that holds the gate sets the timer again
            }

            try
            {
                if (!stopped)
                {
                    ReturnMemory();
                }
            }
            finally
            {
                gate.Release();
            }
        });

        // The cards of the first build, or of a theme change, are thousands: the memory drawing them
        // left goes back at once. The card or two a saved title redraws leave little, and a full
        // collection of a 10,000-talk site (a few tenths of a second, every thread stopped) would
        // hold up the next save: that waits for saves to stop, as above.
        var cards = new CardDrawer(live, gate, () => stopped, stdout, stderr, drawn =>
        {
            if (drawn > CardDrawer.Batch)
            {
                ReturnMemory();
            }
            else
            {
                idle.Change(IdleBeforeCollecting, Timeout.InfiniteTimeSpan);
            }
        });

        // The watcher starts before the first build, so a save made while it runs is not lost: its
        // rebuild waits for the gate, which the first build holds until the site is served.
        await gate.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        var serving = false;
        var watcher = new SiteWatcher(site.SourceDirectory, changed =>
        {
            gate.Wait(CancellationToken.None);
            try
            {
                if (server is null || stopped)
                {
                    return;
                }

                var build = live.Build(changed);
                Report(build, stdout, stderr, site.SourceDirectory);
                server.Announce(Event(build, basePath));
                cards.Start();
                if (build.Reloaded)
                {
                    ReturnMemory();
                }
                else
                {
                    idle.Change(IdleBeforeCollecting, Timeout.InfiniteTimeSpan);
                }
            }
            catch (Exception ex)
            {
                // Keep serving the last good site whatever went wrong; the next save tries again.
                ReportError(ex, stderr);
            }
            finally
            {
                gate.Release();
            }
        }, Quiet);
        try
        {
            basePath = BasePathOf(site) ?? "/";
            try
            {
                server = await LiveServer.StartAsync(site.OutputDirectory, basePath, options.Port, cancellation).ConfigureAwait(false);
            }
            catch (IOException ex)
            {
                stderr.WriteLine($"recap serve: cannot listen on 127.0.0.1:{options.Port} ({ex.Message}); pass another --port, or --port 0 for a free one");
                return RecapCommand.UsageError;
            }

            // Served from the start: while the first build writes the site, a page asked for is
            // made alone as soon as the site is loaded, rather than after the last page is written.
            SitePreview? early = null;
            var loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            server.Early = async (path, aborted) =>
            {
                await loaded.Task.WaitAsync(aborted).ConfigureAwait(false);
                try
                {
                    return early?.Make(path);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    return null; // a file changing under the preview: the build reports it, if it lasts
                }
            };
            stdout.WriteLine($"Serving {server.Url} (Ctrl+C to stop)");
            stdout.Flush();
            if (options.Open)
            {
                OpenBrowser(server.Url);
            }

            LiveBuild first;
            try
            {
                first = live.Build(loaded: preview =>
                {
                    early = preview;
                    loaded.TrySetResult();
                });
            }
            finally
            {
                server.Early = null;
                early = null; // the first build's model, which a later full build replaces
                loaded.TrySetResult();
            }

            Report(first, stdout, stderr, site.SourceDirectory);

            // A page served while the first build ran was made from the same site: nothing to reload.
            server.Announce(Event(first, basePath) with { Initial = true });
            serving = true;
            ReturnMemory();
            gate.Release();
            cards.Start();

            try
            {
                using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellation, server.Stopping);
                await Task.Delay(Timeout.Infinite, stopping.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C
            }

            return RecapCommand.Success;
        }
        finally
        {
            // No new rebuild starts, the one running ends, then the server and the scratch folder go.
            watcher.Dispose();
            if (serving)
            {
                await gate.WaitAsync(CancellationToken.None).ConfigureAwait(false);
            }

            stopped = true;
            gate.Release();
            await cards.Drawing.ConfigureAwait(false);
            if (server is not null)
            {
                await server.DisposeAsync().ConfigureAwait(false);
            }

            if (Directory.Exists(scratch))
            {
                Directory.Delete(scratch, recursive: true);
            }
        }
    }

    /// <summary>
    /// A build that loads the site again makes a whole new model and leaves the last one to the
    /// collector; a full compacting collection after it gives the memory back (at 10,000 talks it
    /// takes a few tenths of a second, and serve stays near 400 MB instead of growing past 1 GB).
    /// </summary>
    internal static void ReturnMemory() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

    /// <summary>A rebuild or a batch of cards failed: say why and keep serving; the next save tries again.</summary>
    internal static void ReportError(Exception ex, TextWriter stderr) =>
        stderr.WriteLine(ex is IOException or UnauthorizedAccessException ? "recap serve: error: " + ex.Message : $"recap serve: internal error: {ex}");

    /// <summary>The path of base_url (<c>/recaps/</c>), read from what the build resolved.</summary>
    private static string? BasePathOf(SiteOptions site)
    {
        var diagnostics = new DiagnosticBag();
        var config = Configuration.SiteConfigLoader.Load(site.SourceDirectory, site.BaseUrl, diagnostics);
        return config is null ? null : new UrlBuilder(config.BaseUrl).BasePath;
    }

    private static BuildEvent Event(LiveBuild build, string basePath)
    {
        var pages = build.Result.Written
            .Where(f => f.EndsWith(".html", StringComparison.Ordinal))
            .Select(f => basePath + (f.EndsWith("index.html", StringComparison.Ordinal) ? f[..^"index.html".Length] : f))
            .ToList();
        return new BuildEvent(build.Result.Succeeded, build.Everything, build.StylesOnly, pages, Problems(build.Diagnostics));
    }

    /// <summary>
    /// The build's problems as the console shows them, each formatted once: a rebuild of displayed
    /// talk fields keeps the last build's diagnostics, and with hundreds of warnings formatting them
    /// again took longer than the rebuild.
    /// </summary>
    private static string Problems(DiagnosticBag diagnostics) =>
        string.Concat(diagnostics.Sorted().Select(d => Formatted.GetValue(d, d => DiagnosticFormatter.FormatHuman(d, diagnostics))));

    private static void Report(LiveBuild build, TextWriter stdout, TextWriter stderr, string root)
    {
        var diagnostics = build.Diagnostics;
        stderr.Write(Problems(diagnostics));

        var time = DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        if (!build.Result.Succeeded)
        {
            stderr.WriteLine(DiagnosticFormatter.Summary(diagnostics.ErrorCount, diagnostics.WarningCount));
            stderr.WriteLine($"{time} Build failed; still serving the last good build.");
            stderr.Flush();
            return;
        }

        var result = build.Result;
        stdout.WriteLine(build.Everything
            ? $"{time} Built {Text.Plural.Count(result.Pages, "page")} from {Path.GetFileName(Path.TrimEndingDirectorySeparator(root))} in {build.ElapsedMilliseconds} ms."
            : $"{time} Rebuilt {Text.Plural.Count(result.Written.Count, "file")}{(result.Deleted.Count > 0 ? $", removed {result.Deleted.Count}" : string.Empty)} in {build.ElapsedMilliseconds} ms.");
        stdout.Flush();
    }

    private static void OpenBrowser(string url)
    {
        try
        {
            Process.Start(new ProcessStartInfo(url) { UseShellExecute = true })?.Dispose();
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            // No browser to open (a server, a container): the URL is printed.
        }
    }
}
