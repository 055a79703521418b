using System.Collections.Concurrent;
using Recap.Output;

namespace Recap.Caching;

/// <summary>
/// A folder of files each named by a key, the SHA-256 of what the file was made from, so that a
/// build makes only the files whose inputs changed and takes the others from what an earlier build
/// left. It remembers the keys a build asked for, so that <see cref="Prune"/> drops the rest, and
/// writes each file whole, since another build may read the same folder. Safe to use from many threads.
/// </summary>
internal sealed class FileCache
{
    /// <summary>The entry of a key whose file is there and needs nothing made.</summary>
    private static readonly Lazy<bool?> Found = new(false);

    private readonly ConcurrentDictionary<string, Lazy<bool?>> _used = new(StringComparer.Ordinal);
    private readonly string? _extension;
    private int _made;
    private int _reused;

    // Set once the folder exists, so that writing the thousands of cards of a first build does not
    // ask for it each time. Two threads may both create it: that is harmless.
    private volatile bool _directoryMade;

    /// <param name="directory">The cache folder; created when a file is first written into it.</param>
    /// <param name="extension">
    /// Every file's extension, as <c>.png</c>; null when each file has its own, and then any extension
    /// of a key asked for keeps a file from <see cref="Prune"/>.
    /// </param>
    public FileCache(string directory, string? extension)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        Directory = Path.GetFullPath(directory);
        _extension = extension;
    }

    public string Directory { get; }

    /// <summary>How many files were made rather than found in the cache.</summary>
    public int Made => Volatile.Read(ref _made);

    /// <summary>How many files were found in the cache.</summary>
    public int Reused => Volatile.Read(ref _reused);

    /// <summary>Where the file of <paramref name="key"/> is kept, with the cache's extension or else <paramref name="extension"/>.</summary>
    public string PathOf(string key, string? extension = null) => Path.Combine(Directory, key + (_extension ?? extension));

    /// <summary>
    /// Keeps the file of <paramref name="key"/> from <see cref="Prune"/>, for a caller that reads,
    /// writes and counts it itself; returns where it is kept.
    /// </summary>
    public string Use(string key)
    {
        _used.TryAdd(key, Found);
        return PathOf(key);
    }

    /// <summary>Counts a file as made by this build, or as found in the cache.</summary>
    public void Count(bool made) => Interlocked.Increment(ref made ? ref _made : ref _reused);

    /// <summary>
    /// Makes the file of <paramref name="key"/> at <paramref name="path"/> unless <paramref name="whole"/>
    /// finds it there already. Whoever asks first makes it; a second caller with the same key waits
    /// for it and reuses it.
    /// </summary>
    /// <param name="make">The file's bytes; null when it cannot be made.</param>
    /// <returns>True when this call made the file, false when it reused it, null when it cannot be made.</returns>
    public bool? GetOrMake(string key, string path, Func<string, bool> whole, Func<byte[]?> make)
    {
        ArgumentNullException.ThrowIfNull(whole);
        ArgumentNullException.ThrowIfNull(make);
        var mine = new Lazy<bool?>(() => Make(path, whole, make));
        var entry = _used.GetOrAdd(key, mine);
        if (entry.Value is not { } made)
        {
            return null;
        }

        var byThisCall = made && ReferenceEquals(entry, mine);
        Count(byThisCall);
        return byThisCall;
    }

    /// <summary>
    /// Whether the file of <paramref name="key"/> is there without making it: this build already
    /// made or found it, or, when nothing asked for it yet, <paramref name="whole"/> finds it at
    /// <paramref name="path"/>. A file being made now is not there yet. Counted as reused when there.
    /// </summary>
    public bool TryReuse(string key, string path, Func<string, bool> whole)
    {
        ArgumentNullException.ThrowIfNull(whole);
        if (_used.TryGetValue(key, out var entry) ? !entry.IsValueCreated : !whole(path))
        {
            return false;
        }

        _used.TryAdd(key, Found);
        Count(made: false);
        return true;
    }

    /// <summary>
    /// Writes <paramref name="path"/> through <paramref name="write"/>, which is given a temporary
    /// file to fill: another build may read the same file, and sees the old one or the new one, never half of one.
    /// </summary>
    public void Write(string path, Action<string> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        if (!_directoryMade)
        {
            System.IO.Directory.CreateDirectory(Directory);
            _directoryMade = true;
        }

        AtomicFile.Write(path, write);
    }

    /// <summary>
    /// What <paramref name="read"/> makes of the file at <paramref name="path"/>, or null when there
    /// is none, or it cannot be read or is damaged (<see cref="InvalidDataException"/>): then the
    /// caller makes it again, and a cache that fails costs time, never a build.
    /// </summary>
    public static T? TryRead<T>(string path, Func<string, T> read)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(read);

        // Nothing kept yet is the common case of a first build: no exception for it.
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return read(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>
    /// <see cref="Write"/>, except that a file that cannot be written is not kept: that costs the next
    /// build time, not this one its output.
    /// </summary>
    public void TryWrite(string path, Action<string> write)
    {
        try
        {
            Write(path, write);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // not kept
        }
    }

    /// <summary>Deletes every file this cache was not asked for, and leftovers of interrupted writes; returns how many files went.</summary>
    public int Prune()
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            return 0;
        }

        var deleted = 0;
        foreach (var file in System.IO.Directory.EnumerateFiles(Directory))
        {
            var asked = _used.ContainsKey(Path.GetFileNameWithoutExtension(file))
                && (_extension is null || Path.GetExtension(file) == _extension);
            if (!asked)
            {
                File.Delete(file);
                deleted++;
            }
        }

        return deleted;
    }

    /// <returns>True when the file had to be made, null when it cannot be.</returns>
    private bool? Make(string path, Func<string, bool> whole, Func<byte[]?> make)
    {
        if (whole(path))
        {
            return false;
        }

        if (make() is not { } bytes)
        {
            return null;
        }

        Write(path, temporary => File.WriteAllBytes(temporary, bytes));
        return true;
    }
}
