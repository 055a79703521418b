using System.Security.Cryptography;
using System.Text;
using Recap.Caching;

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

    /// <summary>The keys of the blocks this thread asked for while <see cref="Recording"/> runs.</summary>
    [ThreadStatic]
    private static List<string>? t_asked;

    private readonly FileCache _files;

    /// <param name="directory">The cache folder; created when a block is first stored in it.</param>
    public CodeCache(string directory) => _files = new FileCache(directory, ".html");

    public string Directory => _files.Directory;

    /// <summary>How many blocks were highlighted rather than found in the cache.</summary>
    public int Highlighted => _files.Made;

    /// <summary>How many blocks were found in the cache.</summary>
    public int Reused => _files.Reused;

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
        t_asked?.Add(key);
        var path = _files.Use(key);
        if (FileCache.TryRead(path, p => File.ReadAllText(p, Encoding.UTF8)) is { } cached)
        {
            _files.Count(made: false);
            return cached;
        }

        var (html, whole) = highlight();
        _files.Count(made: true);
        if (whole)
        {
            _files.TryWrite(path, temporary => File.WriteAllText(temporary, html, Encoding.UTF8));
        }

        return html;
    }

    /// <summary>
    /// Runs <paramref name="compile"/> and says which blocks it asked this thread's code caches for,
    /// so that a body kept whole elsewhere (<see cref="BodyCache"/>) can keep its blocks too.
    /// </summary>
    public static (T Result, IReadOnlyList<string> Keys) Recording<T>(Func<T> compile)
    {
        ArgumentNullException.ThrowIfNull(compile);
        var outer = t_asked;
        var asked = new List<string>();
        t_asked = asked;
        try
        {
            return (compile(), asked);
        }
        finally
        {
            t_asked = outer;
        }
    }

    /// <summary>Keeps the blocks of <paramref name="keys"/> from <see cref="Prune"/>: they belong to a body taken from its own cache.</summary>
    public void Keep(IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            _files.Use(key);
        }
    }

    /// <summary>Deletes every cached block this cache was not asked for, and leftovers of interrupted writes; returns how many files went.</summary>
    public int Prune() => _files.Prune();

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
}
