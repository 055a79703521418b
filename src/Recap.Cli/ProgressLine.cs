using System.Globalization;

namespace Recap.Cli;

/// <summary>
/// One line on a terminal, rewritten in place, saying where a build is: shown only once the build
/// has taken a second, so quick builds print nothing more than their summary, and wiped when done.
/// </summary>
internal sealed class ProgressLine : IDisposable
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    private readonly BuildProgress _progress;
    private readonly TextWriter _terminal;
    private readonly Timer _timer;
    private readonly Lock _lock = new();
    private int _shown;
    private bool _disposed;

    public ProgressLine(BuildProgress progress, TextWriter terminal)
    {
        _progress = progress;
        _terminal = terminal;
        _timer = new Timer(_ => Show(), null, Delay, Interval);
    }

    /// <summary>"Writing 1,234 of 20,000 outputs (pages, feeds, cards, files)".</summary>
    public static string Text(BuildProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return progress.Step switch
        {
            "Writing" => string.Create(CultureInfo.InvariantCulture, $"Writing {progress.Done:N0} of {progress.Total:N0} outputs (pages, feeds, cards, files)"),
            "Resolving" => "Resolving talks, speakers and topics...",
            "Importing" => "Reading the programme...",
            "Saving" => string.Create(CultureInfo.InvariantCulture, $"Writing {progress.Done:N0} of {progress.Total:N0} content files"),
            _ => "Reading content...",
        };
    }

    public void Dispose()
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _timer.Dispose();
            if (_shown > 0)
            {
                _terminal.Write("\r" + new string(' ', _shown) + "\r");
                _terminal.Flush();
            }
        }
    }

    private void Show()
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            var text = Text(_progress);
            _terminal.Write("\r" + text.PadRight(_shown));
            _terminal.Flush();
            _shown = Math.Max(_shown, text.Length);
        }
    }
}
