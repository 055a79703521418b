using System.Diagnostics;
using System.Globalization;
using Recap.Incremental;

namespace Recap.Cli.Serve;

/// <summary>
/// Draws the social cards <c>recap serve</c>'s builds left out, in the background, one batch per
/// turn of the lock rebuilds take, so a save made meanwhile waits for one batch, not every card.
/// </summary>
/// <param name="drew">Told how many cards were drawn, once the drawing ends: what to do with the memory it left.</param>
internal sealed class CardDrawer(LiveSite live, SemaphoreSlim gate, Func<bool> stopped, TextWriter stdout, TextWriter stderr, Action<int> drew)
{
    /// <summary>Cards drawn while a rebuild waits: about a tenth of a second of drawing.</summary>
    public const int Batch = 64;

    private int _running;

    /// <summary>Ends when the drawing started last has ended.</summary>
    public Task Drawing { get; private set; } = Task.CompletedTask;

    /// <summary>Starts drawing when cards are pending and no drawing runs. Called with the lock held or not.</summary>
    public void Start()
    {
        if (live.PendingCards == 0 || Interlocked.Exchange(ref _running, 1) == 1)
        {
            return;
        }

        Drawing = Task.Run(Draw, CancellationToken.None);
    }

    private void Draw()
    {
        var clock = Stopwatch.StartNew();
        var drawn = 0;
        while (true)
        {
            gate.Wait(CancellationToken.None);
            try
            {
                // Decided under the lock: a build that leaves cards out holds it, then calls Start.
                var batch = stopped() ? 0 : live.DrawPendingCards(Batch);
                if (batch == 0)
                {
                    Volatile.Write(ref _running, 0);
                    break;
                }

                drawn += batch;
            }
            catch (Exception ex)
            {
                Volatile.Write(ref _running, 0);
                ServeCommand.ReportError(ex, stderr);
                return;
            }
            finally
            {
                gate.Release();
            }
        }

        drew(drawn);
        if (drawn > 0)
        {
            stdout.WriteLine($"{DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture)} Drew {Text.Plural.Count(drawn, "social card")} in {clock.ElapsedMilliseconds} ms.");
            stdout.Flush();
        }
    }
}
