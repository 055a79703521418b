using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Recap.Caching;
using Recap.Markdown.Highlighting;

namespace Recap.Markdown;

/// <summary>
/// A folder of compiled Markdown bodies (<see cref="CompiledMarkdown"/>), one file per body named
/// by the SHA-256 of its text, how it is compiled and the compiler's own build: a build with the
/// folder kept (CI restores it with the cards) parses and renders only the bodies that changed.
/// Parsing and rendering were two thirds of reading a 10,000-talk site. A body taken from here
/// keeps its highlighted code blocks in the code cache too. Safe to use from many threads.
/// </summary>
internal sealed class BodyCache
{
    /// <summary>Recap's, Markdig's and the grammars' builds: a new version of any may render a body otherwise.</summary>
    private static readonly string Version = string.Join(
        '/',
        "2",
        typeof(BodyCache).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
        typeof(Markdig.Markdown).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
        typeof(TextMateSharp.Grammars.RegistryOptions).Assembly.ManifestModule.ModuleVersionId.ToString("N"));

    private readonly FileCache _files;
    private readonly string _pipeline;
    private readonly CodeCache? _code;

    /// <param name="directory">The cache folder; created when a body is first stored in it.</param>
    /// <param name="pipeline">What of the site's configuration the Markdown pipeline depends on, as text.</param>
    /// <param name="code">The code cache the pipeline highlights with, whose blocks a cached body keeps.</param>
    public BodyCache(string directory, string pipeline, CodeCache? code)
    {
        _files = new FileCache(directory, ".body");
        _pipeline = pipeline;
        _code = code;
    }

    /// <summary>How many bodies were compiled rather than found in the cache.</summary>
    public int Compiled => _files.Made;

    /// <summary>How many bodies were found in the cache.</summary>
    public int Reused => _files.Reused;

    /// <summary>
    /// The compiled <paramref name="body"/>: from the cache, or made by <paramref name="compile"/>
    /// (null when the body cannot be compiled; then nothing is kept, and the next build reports it again).
    /// </summary>
    public CompiledMarkdown? GetOrCompile(ReadOnlySpan<char> body, bool splitAtTalks, Func<CompiledMarkdown?> compile)
    {
        ArgumentNullException.ThrowIfNull(compile);
        var key = Key(body, splitAtTalks);
        var path = _files.Use(key);
        // A damaged or cut-short file is compiled again and written over.
        if (FileCache.TryRead(path, p => CacheRecordReader.ReadFile(p, CompiledMarkdown.ReadFrom)) is { } cached)
        {
            _files.Count(made: false);
            _code?.Keep(cached.CodeBlocks);
            return cached with { Key = key };
        }

        var (compiled, blocks) = CodeCache.Recording(compile);
        if (compiled is null)
        {
            return null;
        }

        compiled = compiled with { CodeBlocks = blocks, Key = key };
        _files.Count(made: true);
        _files.TryWrite(path, temporary =>
        {
            using var file = new BufferedStream(File.Create(temporary), 64 * 1024);
            compiled.WriteTo(new CacheRecordWriter(file));
        });
        return compiled;
    }

    /// <summary>Deletes every cached body this cache was not asked for; returns how many files went.</summary>
    public int Prune() => _files.Prune();

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
}
