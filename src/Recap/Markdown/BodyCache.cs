using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Win32.SafeHandles;
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

    /// <summary>Recap's, Markdig's and the grammars' builds, as the key hashes them: a new version of any may render a body otherwise.</summary>
    private static readonly byte[] Version = Encoding.UTF8.GetBytes(string.Join(
        '/',
        "3",
        typeof(BodyCache).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
        typeof(Markdig.Markdown).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
        typeof(TextMateSharp.Grammars.RegistryOptions).Assembly.ManifestModule.ModuleVersionId.ToString("N")));

    /// <summary>
    /// The file's first bytes, which name its layout: after them the number of bodies (4 bytes,
    /// little-endian), then each body's key (32), the offset of its record (8) and its length (4),
    /// in the order of the keys, then the records one after another in that order.
    /// </summary>
    private static readonly byte[] Signature = "recap bodies 2\n"u8.ToArray();

    private const int KeyBytes = 32;

    private const int EntryBytes = KeyBytes + 8 + 4;

    private readonly string _directory;
    /// <summary>The pipeline's configuration, as the key hashes it.</summary>
    private readonly byte[] _pipeline;
    private readonly CodeCache? _code;
    private readonly bool _leaveInFile;
    private Lazy<Kept> _kept;

    /// <summary>With <c>leaveInFile</c>, the bodies this cache handed out from memory (compiled now): once the file keeps them, they are left there too.</summary>
    private readonly ConcurrentQueue<CompiledMarkdown> _inMemory = new();

    /// <summary>The bodies compiled by this cache, as records, by key.</summary>
    private readonly ConcurrentDictionary<string, byte[]> _compiledRecords = new(StringComparer.Ordinal);

    /// <summary>The keys of the bodies taken from the file.</summary>
    private readonly ConcurrentDictionary<string, bool> _reusedKeys = new(StringComparer.Ordinal);

    /// <param name="directory">The cache folder; created when the bodies are first kept in it.</param>
    /// <param name="pipeline">What of the site's configuration the Markdown pipeline depends on, as text.</param>
    /// <param name="code">The code cache the pipeline highlights with, whose blocks a cached body keeps.</param>
    /// <param name="whole">
    /// Whether every body of the site will be asked for, as a build does, so that <see cref="Save"/>
    /// may keep them. A rebuild of <c>recap serve</c> asks only for the bodies of files that changed:
    /// it compiles them rather than look for them among the kept bodies of the whole site.
    /// </param>
    /// <param name="leaveInFile">
    /// Whether a body taken from the file leaves its HTML there, to be read each time a page needs
    /// it, rather than in memory: <c>recap serve</c> keeps a site loaded for hours and writes a
    /// body's page again only when it is edited, or its links' pages move.
    /// </param>
    public BodyCache(string directory, string pipeline, CodeCache? code, bool whole = true, bool leaveInFile = false)
    {
        _directory = Path.GetFullPath(directory);
        _pipeline = Encoding.UTF8.GetBytes(pipeline);
        _code = code;
        _leaveInFile = leaveInFile;
        _kept = whole ? new(() => Kept.Open(Path.Combine(_directory, FileName), leaveInFile)) : new(Kept.None);
    }

    /// <summary>
    /// The compiled <paramref name="body"/>: from the cache, or made by <paramref name="compile"/>
    /// (null when the body cannot be compiled; then nothing is kept, and the next build reports it again).
    /// </summary>
    public CompiledMarkdown? GetOrCompile(ReadOnlySpan<byte> body, bool splitAtTalks, Func<CompiledMarkdown?> compile)
    {
        ArgumentNullException.ThrowIfNull(compile);
        var key = Key(body, splitAtTalks);
        // A record cut short or damaged is compiled again, and kept anew.
        var cached = _compiledRecords.TryGetValue(key, out var record) ? TryRead(record) : _kept.Value.TryRead(key);
        if (cached is not null)
        {
            if (record is null)
            {
                _reusedKeys.TryAdd(key, true);
            }

            _code?.Keep(cached.CodeBlocks);
            return InMemory(cached with { Key = key }, record is not null);
        }

        var (compiled, blocks) = CodeCache.Recording(compile);
        if (compiled is null)
        {
            return null;
        }

        compiled = compiled with { CodeBlocks = blocks, Key = key };
        using var bytes = new MemoryStream();
        compiled.WriteTo(new CacheRecordWriter(bytes));
        _compiledRecords[key] = bytes.ToArray();
        return InMemory(compiled, true);
    }

    /// <summary>Notes a body handed out from memory, to be left in the file once it keeps it (<see cref="Save"/>).</summary>
    private CompiledMarkdown InMemory(CompiledMarkdown compiled, bool inMemory)
    {
        if (_leaveInFile && inMemory)
        {
            _inMemory.Enqueue(compiled);
        }

        return compiled;
    }

    /// <summary>
    /// Leaves the bodies this cache handed out from memory in the file it has just written: each
    /// record it wrote there is read again from memory, with where it now lies, and the body takes
    /// on where its parts lie. No page has been written with them yet: a load saves before the
    /// site is resolved.
    /// </summary>
    private void LeaveInMemoryBodiesInFile()
    {
        var file = Kept.Open(Path.Combine(_directory, FileName), leaveInFile: true);
        Parallel.ForEach(_inMemory, compiled =>
        {
            if (file.Locate(compiled.Key) is { } at && _compiledRecords.TryGetValue(compiled.Key, out var record) && TryRead(record, at) is { } read)
            {
                compiled.Body.LeaveIn(read.Body);
                compiled.AfterTalks.LeaveIn(read.AfterTalks);
            }
        });
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
        try
        {
            var changed = !kept.Whole || !_compiledRecords.IsEmpty || _reusedKeys.Count != kept.Count;
            if (!changed && !Directory.Exists(_directory))
            {
                return;
            }

            Directory.CreateDirectory(_directory);
            if (changed)
            {
                Write(kept);
                if (_leaveInFile && !_inMemory.IsEmpty)
                {
                    LeaveInMemoryBodiesInFile();
                }
            }

            foreach (var other in Directory.EnumerateFiles(_directory).Where(f => Path.GetFileName(f) != FileName))
            {
                File.Delete(other);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not kept: that costs the next build time, not this one its output.
        }
        finally
        {
            kept.Dispose();
            _kept = new(Kept.None);
            _compiledRecords.Clear();
            _reusedKeys.Clear();
            _inMemory.Clear();
        }
    }

    /// <summary>The keys of the bodies kept in the file at <paramref name="path"/>, in the file's order.</summary>
    internal static IReadOnlyList<string> KeysIn(string path)
    {
        using var kept = Kept.Open(path, leaveInFile: false);
        return kept.Keys;
    }

    /// <summary>Writes the file anew: the bodies compiled now, and those taken from the file as it was, copied from it.</summary>
    private void Write(Kept kept)
    {
        var keys = _compiledRecords.Keys.Concat(_reusedKeys.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var lengths = keys.Select(k => _compiledRecords.TryGetValue(k, out var record) ? record.Length : kept.LengthOf(k)).ToList();
        AtomicFile.Write(Path.Combine(_directory, FileName), temporary =>
        {
            using var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
            Span<byte> number = stackalloc byte[8];
            file.Write(Signature);
            BinaryPrimitives.WriteInt32LittleEndian(number, keys.Count);
            file.Write(number[..4]);
            long offset = Signature.Length + 4 + ((long)EntryBytes * keys.Count);
            Span<byte> key = stackalloc byte[KeyBytes];
            for (var i = 0; i < keys.Count; i++)
            {
                Convert.FromHexString(keys[i], key, out _, out _);
                file.Write(key);
                BinaryPrimitives.WriteInt64LittleEndian(number, offset);
                file.Write(number);
                BinaryPrimitives.WriteInt32LittleEndian(number, lengths[i]);
                file.Write(number[..4]);
                offset += lengths[i];
            }

            foreach (var k in keys)
            {
                if (_compiledRecords.TryGetValue(k, out var record))
                {
                    file.Write(record);
                }
                else
                {
                    kept.CopyTo(k, file);
                }
            }
        });
    }

    private static CompiledMarkdown? TryRead(ReadOnlyMemory<byte> record, RecordInFile? inFile = null)
    {
        try
        {
            return CompiledMarkdown.ReadFrom(new CacheRecordReader(record), inFile);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>SHA-256, in lowercase hex, of each field's length and bytes: the body as its file holds it (UTF-8), not decoded first.</summary>
    private string Key(ReadOnlySpan<byte> body, bool splitAtTalks)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Field(hash, Version);
        Field(hash, _pipeline);
        Field(hash, splitAtTalks ? "split at talks"u8 : "whole"u8);
        Field(hash, body);
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    private static void Field(IncrementalHash hash, ReadOnlySpan<byte> value)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, value.Length);
        hash.AppendData(length);
        hash.AppendData(value);
    }

    /// <summary>
    /// The bodies a file holds, by key, read one by one through a handle kept open (from many
    /// threads at once) rather than the whole file at once, and whether the file was whole: one
    /// that is not is written again. Each body read is given an array of its own, which its HTML
    /// slices (<see cref="CompiledBody"/>), allocated pinned: the collector never copies it. Or,
    /// left in the file, the body keeps the handle and reads its HTML again when asked for it: the
    /// handle is then closed by the collector, once no body needs it.
    /// </summary>
    private sealed class Kept : IDisposable
    {
        private readonly SafeFileHandle? _file;
        private readonly Dictionary<string, (long Offset, int Length)> _records;
        private readonly bool _leaveInFile;

        private Kept(SafeFileHandle? file, Dictionary<string, (long Offset, int Length)> records, bool whole, bool leaveInFile = false)
        {
            (_file, _records, Whole, _leaveInFile) = (file, records, whole, leaveInFile);
        }

        public static Kept None => new(null, [], whole: true);

        public bool Whole { get; }

        public int Count => _records.Count;

        public IReadOnlyList<string> Keys => [.. _records.OrderBy(r => r.Value.Offset).Select(r => r.Key)];

        /// <summary>The file at <paramref name="path"/>: no bodies when there is none, and only those it holds whole when it is damaged.</summary>
        public static Kept Open(string path, bool leaveInFile)
        {
            SafeFileHandle? file = null;
            try
            {
                if (!File.Exists(path))
                {
                    return None;
                }

                file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
                var (records, whole) = Index(file);
                return new Kept(file, records, whole, leaveInFile);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                file?.Dispose();
                return new Kept(null, [], whole: false);
            }
        }

        public int LengthOf(string key) => _records[key].Length;

        /// <summary>Where the record of <paramref name="key"/> lies, when the file holds it.</summary>
        public RecordInFile? Locate(string key) => _file is not null && _records.TryGetValue(key, out var at) ? new RecordInFile(_file, at.Offset) : null;

        /// <summary>The body of <paramref name="key"/>, or null when the file does not hold it, or holds it damaged.</summary>
        public CompiledMarkdown? TryRead(string key)
        {
            if (_file is null || !_records.TryGetValue(key, out var at))
            {
                return null;
            }

            try
            {
                if (_leaveInFile)
                {
                    return WithRecord(at, record => BodyCache.TryRead(record, new RecordInFile(_file, at.Offset)));
                }

                // Not cleared first: every byte is read over.
                var record = GC.AllocateUninitializedArray<byte>(at.Length, pinned: true);
                return RandomAccess.Read(_file, record, at.Offset) == at.Length ? BodyCache.TryRead(record) : null;
            }
            catch (IOException)
            {
                return null;
            }
        }

        public void CopyTo(string key, Stream target) => WithRecord(_records[key], record =>
        {
            target.Write(record.Span);
            return true;
        });

        public void Dispose()
        {
            if (!_leaveInFile)
            {
                _file?.Dispose();
            }
        }

        /// <summary>What <paramref name="use"/> makes of the record at <paramref name="at"/>, read into a pooled buffer.</summary>
        private T WithRecord<T>((long Offset, int Length) at, Func<ReadOnlyMemory<byte>, T> use)
        {
            var buffer = ArrayPool<byte>.Shared.Rent(at.Length);
            try
            {
                var record = buffer.AsMemory(0, at.Length);
                return RandomAccess.Read(_file!, record.Span, at.Offset) == at.Length
                    ? use(record)
                    : throw new IOException("The file of compiled bodies was cut short while it was read.");
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        /// <summary>The records the file's index names that lie inside the file, and whether the file is exactly its index and records.</summary>
        private static (Dictionary<string, (long Offset, int Length)> Records, bool Whole) Index(SafeFileHandle file)
        {
            var records = new Dictionary<string, (long Offset, int Length)>(StringComparer.Ordinal);
            var length = RandomAccess.GetLength(file);
            Span<byte> head = stackalloc byte[Signature.Length + 4];
            if (RandomAccess.Read(file, head, 0) != head.Length || !head.StartsWith(Signature))
            {
                return (records, false);
            }

            var count = BinaryPrimitives.ReadInt32LittleEndian(head[Signature.Length..]);
            var start = (long)head.Length + ((long)EntryBytes * count);
            if (count < 0 || start > length)
            {
                return (records, false);
            }

            var index = new byte[EntryBytes * count];
            if (RandomAccess.Read(file, index, head.Length) != index.Length)
            {
                return (records, false);
            }

            var end = start;
            for (var i = 0; i < count; i++)
            {
                var entry = index.AsSpan(i * EntryBytes, EntryBytes);
                var offset = BinaryPrimitives.ReadInt64LittleEndian(entry[KeyBytes..]);
                var size = BinaryPrimitives.ReadInt32LittleEndian(entry[(KeyBytes + 8)..]);
                if (offset != end || size < 0 || size > length - offset)
                {
                    return (records, false);
                }

                records[Convert.ToHexStringLower(entry[..KeyBytes])] = (offset, size);
                end += size;
            }

            return (records, end == length);
        }
    }
}
