using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Recap.Markdown.Highlighting;

/// <summary>
/// A folder of highlighted code, one file per block named by the SHA-256 of its language, its
/// lines and the highlighter's own build, so a build with the folder kept (CI restores it with
/// the cards) loads no grammar for code it has highlighted before: compiling a grammar costs more
/// than highlighting thousands of blocks with it. Safe to use from the threads that compile bodies.
/// </summary>
internal sealed class CodeCache
{
    /// <summary>
    /// Recap's and the grammars' builds: a new version of either may colour code differently, so
    /// it starts a cache of its own rather than trusting one an older version wrote.
    /// </summary>
    private static readonly string Version =
        $"{typeof(CodeCache).Assembly.ManifestModule.ModuleVersionId:N}/{typeof(TextMateSharp.Grammars.RegistryOptions).Assembly.ManifestModule.ModuleVersionId:N}";

    private readonly ConcurrentDictionary<string, byte> _used = new(StringComparer.Ordinal);
    private int _highlighted;
    private int _reused;

    /// <param name="directory">The cache folder; created when a block is first stored in it.</param>
    public CodeCache(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        Directory = Path.GetFullPath(directory);
    }

    public string Directory { get; }

    /// <summary>How many blocks were highlighted rather than found in the cache.</summary>
    public int Highlighted => Volatile.Read(ref _highlighted);

    /// <summary>How many blocks were found in the cache.</summary>
    public int Reused => Volatile.Read(ref _reused);

    /// <summary>
    /// The HTML of <paramref name="lines"/> in <paramref name="language"/>: from the cache, or made
    /// by <paramref name="highlight"/>, which says whether its HTML is whole (a block cut short by
    /// its time is not kept, so that the next build tries it again).
    /// </summary>
    public string GetOrHighlight(CodeLanguage language, IReadOnlyList<string> lines, Func<(string Html, bool Whole)> highlight)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(highlight);
        var key = Key(language, lines);
        _used.TryAdd(key, 0);
        var path = Path.Combine(Directory, key + ".html");
        if (Read(path) is { } cached)
        {
            Interlocked.Increment(ref _reused);
            return cached;
        }

        var (html, whole) = highlight();
        Interlocked.Increment(ref _highlighted);
        if (whole)
        {
            Write(path, html);
        }

        return html;
    }

    /// <summary>Deletes every cached block this cache was not asked for, and leftovers of interrupted writes; returns how many files went.</summary>
    public int Prune()
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            return 0;
        }

        var deleted = 0;
        foreach (var file in System.IO.Directory.EnumerateFiles(Directory))
        {
            var name = Path.GetFileName(file);
            if (!(name.EndsWith(".html", StringComparison.Ordinal) && _used.ContainsKey(name[..^5])))
            {
                File.Delete(file);
                deleted++;
            }
        }

        return deleted;
    }

    /// <summary>SHA-256, in lowercase hex, of the version, the language and each line, length-prefixed so that no two blocks serialise alike.</summary>
    private static string Key(CodeLanguage language, IReadOnlyList<string> lines)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Field(string value) => hash.AppendData(Encoding.UTF8.GetBytes($"{value.Length}:{value}\n"));
        Field(Version);
        Field(language.Scope);
        foreach (var line in lines)
        {
            Field(line);
        }

        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    private static string? Read(string path)
    {
        // A block not highlighted yet is the common case of a first build: no exception for it.
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private void Write(string path, string html)
    {
        // Another build may read the same file: it sees the whole block or none, never half of one.
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            File.WriteAllText(temporary, html, Encoding.UTF8);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written costs the next build time, not this one its code.
            try
            {
                File.Delete(temporary);
            }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException)
            {
            }
        }
    }
}
