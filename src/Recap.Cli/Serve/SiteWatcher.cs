namespace Recap.Cli.Serve;

/// <summary>
/// Watches a site's sources (content, site.yml, layouts, partials, i18n, themes) and reports each burst
/// of changes once it has settled: editors save by writing a temporary file and renaming it, or
/// by several writes, and one rebuild should follow, not five. When the watcher loses track (its
/// buffer overflowed), the change is reported as null: rebuild everything.
/// </summary>
internal sealed class SiteWatcher : IDisposable
{
    private static readonly string[] Watched = ["content/", "layouts/", "partials/", "i18n/", "themes/"];

    private readonly string _root;
    private readonly FileSystemWatcher _watcher;
    private readonly Action<IReadOnlyCollection<string>?> _changed;
    private readonly TimeSpan _quiet;
    private readonly Lock _lock = new();
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private readonly Timer _timer;
    private bool _everything;

    /// <param name="changed">Called, on a timer thread, with the changed paths relative to the root, or null for everything.</param>
    public SiteWatcher(string root, Action<IReadOnlyCollection<string>?> changed, TimeSpan quiet)
    {
        _root = root;
        _changed = changed;
        _quiet = quiet;
        _timer = new Timer(_ => Flush());
        _watcher = new FileSystemWatcher(root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        _watcher.Changed += (_, e) => Add(e.FullPath);
        _watcher.Created += (_, e) => Add(e.FullPath);
        _watcher.Deleted += (_, e) => Add(e.FullPath);
        _watcher.Renamed += (_, e) =>
        {
            Add(e.OldFullPath);
            Add(e.FullPath);
        };
        _watcher.Error += (_, _) => Everything();
        _watcher.EnableRaisingEvents = true;
    }

    public void Dispose()
    {
        _watcher.Dispose();
        _timer.Dispose();
    }

    private void Add(string fullPath)
    {
        var path = Path.GetRelativePath(_root, fullPath).Replace('\\', '/');
        // A watched folder itself counts: a new themes/ is often all the watcher sees, since what is
        // made in it at once can come before the watcher watches it.
        if (path is not "content/site.yml" && !Watched.Any(w => path.StartsWith(w, StringComparison.Ordinal) || path == w[..^1]))
        {
            return; // the output, .git, an editor's files beside the site
        }

        // A folder moved in or out stands for the files in it: the rebuild reads the whole tree
        // again (unchanged files from its cache), so naming the folder is enough.
        lock (_lock)
        {
            _pending.Add(path);
            _timer.Change(_quiet, Timeout.InfiniteTimeSpan);
        }
    }

    private void Everything()
    {
        lock (_lock)
        {
            _everything = true;
            _timer.Change(_quiet, Timeout.InfiniteTimeSpan);
        }
    }

    private void Flush()
    {
        IReadOnlyCollection<string>? batch;
        lock (_lock)
        {
            batch = _everything ? null : [.. _pending];
            _pending.Clear();
            _everything = false;
        }

        _changed(batch);
    }
}
