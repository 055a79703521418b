using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Recap.Caching;
using Recap.Markdown.Highlighting;
using Recap.Output;

namespace Recap.Markdown;

/// <summary>
/// Compiled Markdown bodies (<see cref="CompiledMarkdown"/>) kept in one file, each under the
/// SHA-256 of its text, how it is compiled and the compiler's own build: a build with the file kept
/// (CI restores it with the cards) parses and renders only the bodies that changed. Parsing and
/// rendering were two thirds of reading a 10,000-talk site; one file rather than one a body spares
/// a first build creating, and a later one opening, thousands of files. A body taken from here
/// keeps its highlighted code blocks in the code cache too. Safe to use from many threads.
/// </summary>
internal sealed class BodyCache
{
    /// <summary>The file's name in the cache folder.</summary>
    public const string FileName = "bodies.pack";

    /// <summary>Recap's, Markdig's and the grammars' builds: a new version of any may render a body otherwise.</summary>
    private static readonly string Version = string.Join(
        '/',
        "2",
        typeof(BodyCache).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
        typeof(Markdig.Markdown).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
        typeof(TextMateSharp.Grammars.RegistryOptions).Assembly.ManifestModule.ModuleVersionId.ToString("N"));

    /// <summary>The file's first bytes, which name its layout: after them, each body's key (32 bytes), length (4, little-endian) and record.</summary>
    private static readonly byte[] Signature = "recap bodies 1\n"u8.ToArray();

    private const int KeyBytes = 32;

    private readonly string _directory;
    private readonly string _pipeline;
    private readonly CodeCache? _code;
    private Lazy<Kept> _kept;
    private readonly ConcurrentDictionary<string, ReadOnlyMemory<byte>> _used = new(StringComparer.Ordinal);
    private int _compiled;
    private int _reused;

    /// <param name="directory">The cache folder; created when the bodies are first kept in it.</param>
    /// <param name="pipeline">What of the site's configuration the Markdown pipeline depends on, as text.</param>
    /// <param name="code">The code cache the pipeline highlights with, whose blocks a cached body keeps.</param>
    /// <param name="whole">
    /// Whether every body of the site will be asked for, as a build does, so that <see cref="Save"/>
    /// may keep them. A rebuild of <c>recap serve</c> asks only for the bodies of files that changed:
    /// it compiles them rather than read the kept bodies of the whole site for them.
    /// </param>
    public BodyCache(string directory, string pipeline, CodeCache? code, bool whole = true)
    {
        _directory = Path.GetFullPath(directory);
        _pipeline = pipeline;
        _code = code;
        _kept = whole ? new(() => Read(Path.Combine(_directory, FileName))) : new(Kept.None);
    }

    /// <summary>How many bodies were compiled rather than found in the cache.</summary>
    public int Compiled => Volatile.Read(ref _compiled);

    /// <summary>How many bodies were found in the cache.</summary>
    public int Reused => Volatile.Read(ref _reused);

    /// <summary>
    /// The compiled <paramref name="body"/>: from the cache, or made by <paramref name="compile"/>
    /// (null when the body cannot be compiled; then nothing is kept, and the next build reports it again).
    /// </summary>
    public CompiledMarkdown? GetOrCompile(ReadOnlySpan<char> body, bool splitAtTalks, Func<CompiledMarkdown?> compile)
    {
        ArgumentNullException.ThrowIfNull(compile);
        var key = Key(body, splitAtTalks);
        // A record cut short or damaged is compiled again, and kept anew.
        if ((_used.TryGetValue(key, out var record) || _kept.Value.Records.TryGetValue(key, out record)) && TryRead(record) is { } cached)
        {
            _used.TryAdd(key, record);
            Interlocked.Increment(ref _reused);
            _code?.Keep(cached.CodeBlocks);
            return cached with { Key = key };
        }

        var (compiled, blocks) = CodeCache.Recording(compile);
        if (compiled is null)
        {
            return null;
        }

        compiled = compiled with { CodeBlocks = blocks, Key = key };
        using var bytes = new MemoryStream();
        compiled.WriteTo(new CacheRecordWriter(bytes));
        _used[key] = bytes.ToArray();
        Interlocked.Increment(ref _compiled);
        return compiled;
    }

    /// <summary>
    /// Keeps the bodies this cache was asked for, and only those, in its file, once every body of
    /// the site has been asked for: written whole (another build may read it), and left as it is when
    /// nothing changed. Other files in the folder (an older layout's, a write cut short) are deleted.
    /// The bodies are then let go: a later rebuild compiles the bodies that changed.
    /// </summary>
    public void Save()
    {
        var kept = _kept.Value;
        var changed = Compiled > 0 || _used.Count != kept.Records.Count || !kept.Whole;
        try
        {
            Write(changed);
        }
        finally
        {
            _kept = new(Kept.None);
            _used.Clear();
        }
    }

    private void Write(bool changed)
    {
        if (!changed && !Directory.Exists(_directory))
        {
            return;
        }

        Directory.CreateDirectory(_directory);
        var path = Path.Combine(_directory, FileName);
        if (changed)
        {
            try
            {
                AtomicFile.Write(path, temporary =>
                {
                    using var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
                    file.Write(Signature);
                    Span<byte> head = stackalloc byte[KeyBytes + 4];
                    foreach (var (key, record) in _used.OrderBy(entry => entry.Key, StringComparer.Ordinal))
                    {
                        Convert.FromHexString(key, head[..KeyBytes], out _, out _);
                        BinaryPrimitives.WriteInt32LittleEndian(head[KeyBytes..], record.Length);
                        file.Write(head);
                        file.Write(record.Span);
                    }
                });
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Not kept: that costs the next build time, not this one its output.
            }
        }

        foreach (var other in Directory.EnumerateFiles(_directory).Where(f => Path.GetFileName(f) != FileName))
        {
            File.Delete(other);
        }
    }

    /// <summary>The keys of the bodies kept in the file at <paramref name="path"/>, in the file's order.</summary>
    internal static IReadOnlyList<string> KeysIn(string path) => [.. Read(path).Records.Keys];

    /// <summary>The records of the file at <paramref name="path"/> by key: none when there is no file, and those before the first damage when it is damaged.</summary>
    private static Kept Read(string path)
    {
        var records = new Dictionary<string, ReadOnlyMemory<byte>>(StringComparer.Ordinal);
        byte[] bytes;
        try
        {
            if (!File.Exists(path))
            {
                return new Kept(records, Whole: true);
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Kept(records, Whole: false);
        }

        if (!bytes.AsSpan().StartsWith(Signature))
        {
            return new Kept(records, Whole: false);
        }

        var at = Signature.Length;
        while (bytes.Length - at >= KeyBytes + 4)
        {
            var key = Convert.ToHexStringLower(bytes, at, KeyBytes);
            var length = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(at + KeyBytes));
            if (length < 0 || length > bytes.Length - at - KeyBytes - 4)
            {
                break;
            }

            at += KeyBytes + 4;
            records[key] = bytes.AsMemory(at, length);
            at += length;
        }

        return new Kept(records, Whole: at == bytes.Length);
    }

    private static CompiledMarkdown? TryRead(ReadOnlyMemory<byte> record)
    {
        try
        {
            return CompiledMarkdown.ReadFrom(new CacheRecordReader(record));
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>SHA-256, in lowercase hex, of each field's length and UTF-16 code units: the body is hashed as it is held, not encoded first.</summary>
    private string Key(ReadOnlySpan<char> body, bool splitAtTalks)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Field(hash, Version);
        Field(hash, _pipeline);
        Field(hash, splitAtTalks ? "split at talks" : "whole");
        Field(hash, body);
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    private static void Field(IncrementalHash hash, ReadOnlySpan<char> value)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, value.Length);
        hash.AppendData(length);
        hash.AppendData(MemoryMarshal.AsBytes(value));
    }

    /// <summary>The bodies a file holds, by key, and whether the file was whole: one that is not is written again.</summary>
    private sealed record Kept(Dictionary<string, ReadOnlyMemory<byte>> Records, bool Whole)
    {
        public static Kept None => new(new Dictionary<string, ReadOnlyMemory<byte>>(), Whole: true);
    }
}
