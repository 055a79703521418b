using System.Collections.Concurrent;
using Recap.Diagnostics;

namespace Recap.Content;

/// <summary>
/// Documents read by earlier loads, by file, kept while the file's size and time of last write
/// are the same: a rebuild reads and parses only the files that changed, and reports the problems
/// of the others again, as they were.
/// </summary>
internal sealed class ContentCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    private string? _compilation;

    /// <summary>
    /// Forgets every document when Markdown is now compiled otherwise than when they were read
    /// (<c>markdown.unsafe_html</c> or the language's direction changed in site.yml): their bodies
    /// are compiled already.
    /// </summary>
    public void CompiledAs(string compilation)
    {
        if (_compilation != compilation)
        {
            _entries.Clear();
            _compilation = compilation;
        }
    }

    /// <summary>Whether no load has read a file into this cache yet.</summary>
    public bool IsEmpty => _entries.IsEmpty;

    /// <summary>The cached entry for <paramref name="fullPath"/> when its file is unchanged, else what <paramref name="load"/> reads now.</summary>
    public Entry GetOrLoad(string fullPath, Func<(object? Document, IReadOnlyList<Diagnostic> Diagnostics)> load)
    {
        var file = new FileInfo(fullPath);
        var stamp = file.Exists ? (file.LastWriteTimeUtc, file.Length) : (DateTime.MinValue, -1L);
        if (_entries.TryGetValue(fullPath, out var entry) && entry.Stamp == stamp)
        {
            return entry;
        }

        var (document, diagnostics) = load();
        entry = new Entry(stamp, document, diagnostics);
        _entries[fullPath] = entry;
        return entry;
    }

    /// <summary>
    /// Drops the entries of files known to have changed: a file written twice within one tick of
    /// the file system's clock, at the same length, keeps its stamp, and must not keep its entry.
    /// </summary>
    public void Forget(IEnumerable<string> fullPaths)
    {
        foreach (var path in fullPaths)
        {
            _entries.TryRemove(path, out _);
        }
    }

    /// <summary>One file's document (null when it could not be read) and the problems reading it found.</summary>
    internal sealed record Entry((DateTime Modified, long Length) Stamp, object? Document, IReadOnlyList<Diagnostic> Diagnostics);
}
