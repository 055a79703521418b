using System.Buffers;
using System.Collections.Concurrent;
using System.Text;

namespace Recap.Output;

/// <summary>
/// Writes a build into a staging folder beside the output folder, then swaps it in: a failed build
/// leaves the previous site exactly as it was, and no file is ever written outside the output.
/// Over an output folder a build made (<see cref="OutputFolder.MarkerFile"/>), only the files
/// whose bytes differ are staged; committing moves them in and removes the files the site no
/// longer has, leaving unchanged files as they were.
/// A rebuild (<see cref="Patch"/>) keeps what it writes in memory and writes it over the output
/// folder only when it commits, so a failed rebuild too leaves every page as it was.
/// </summary>
internal sealed class OutputWriter : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string _output;
    private readonly string _staging;
    private readonly ConcurrentDictionary<string, bool> _createdDirectories = new(StringComparer.Ordinal);
    private readonly bool _patch;
    private readonly ConcurrentDictionary<string, byte[]> _pendingWrites = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _pendingCopies = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _pendingDeletes = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<string> _written = [];

    // Updating a folder an earlier build made: the files staged because they differ from it.
    private readonly bool _update;
    private readonly ConcurrentBag<string> _staged = [];
    private bool _finished;

    private OutputWriter(string output, string staging, bool patch = false, bool update = false)
    {
        _output = output;
        _staging = staging;
        _patch = patch;
        _update = update;
    }

    /// <summary>Every file written, as a path in the output folder.</summary>
    public IReadOnlyCollection<string> Written => _written;

    /// <summary>A rebuild: files written and deleted in the output folder itself when it commits, nothing before.</summary>
    public static OutputWriter Patch(string outputDirectory)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        return new OutputWriter(output, output, patch: true);
    }

    /// <summary>
    /// What this rebuild's writer holds for <paramref name="file"/> and forgets: the bytes written,
    /// or the file to copy. Both are null when nothing was written there. For a writer that is never
    /// committed (<see cref="SitePreview"/>), this is how its outputs are read.
    /// </summary>
    public (byte[]? Bytes, string? Source) Take(string file)
    {
        if (!_patch)
        {
            throw new InvalidOperationException("Only a rebuild keeps its files in memory.");
        }

        _pendingWrites.TryRemove(file, out var bytes);
        _pendingCopies.TryRemove(file, out var source);
        return (bytes, source);
    }

    /// <summary>Removes a file the site no longer has (a rebuild only).</summary>
    public void Delete(string file)
    {
        if (!_patch)
        {
            throw new InvalidOperationException("Only a rebuild deletes files; a build starts from an empty folder.");
        }

        _pendingDeletes[file] = true;
    }

    /// <summary>A whole build, staged beside the output folder; refuses an output folder a build did not write (<see cref="OutputFolder"/>).</summary>
    public static OutputWriter Begin(string outputDirectory)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        if (OutputFolder.Refusal(output) is { } refusal)
        {
            throw new OutputFolderException(refusal);
        }

        var parent = Path.GetDirectoryName(output) ?? throw new InvalidOperationException("The output folder cannot be a file-system root.");
        Directory.CreateDirectory(parent);
        RemoveLeftovers(parent, Path.GetFileName(output));
        var staging = Path.Combine(parent, $".{Path.GetFileName(output)}.staging-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        var update = File.Exists(Path.Combine(output, OutputFolder.MarkerFile));
        if (!update)
        {
            File.WriteAllText(Path.Combine(staging, OutputFolder.MarkerFile), OutputFolder.MarkerText, Utf8);
        }

        return new OutputWriter(output, staging, update: update);
    }

    /// <summary>
    /// Writes a page, encoded into a pooled buffer: a build of ten thousand pages would otherwise
    /// allocate as many arrays only to drop them. Opened without preallocation: File.WriteAllText
    /// asks the file system to reserve the size first, one more system call per page that buys
    /// nothing for small files.
    /// </summary>
    public void WriteText(string file, string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(content.Length));
        try
        {
            var length = Utf8.GetBytes(content, buffer);
            WriteBytes(file, buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public void WriteBytes(string file, ReadOnlySpan<byte> bytes)
    {
        _written.Add(file);
        if (_patch)
        {
            _pendingWrites[file] = bytes.ToArray();
            return;
        }

        if (_update && IsUnchanged(file, bytes))
        {
            return;
        }

        using var handle = File.OpenHandle(Stage(file), FileMode.CreateNew, FileAccess.Write);
        RandomAccess.Write(handle, bytes, 0);
    }

    /// <summary>Whether the output folder already has <paramref name="file"/> with exactly these bytes.</summary>
    private bool IsUnchanged(string file, ReadOnlySpan<byte> bytes)
    {
        try
        {
            using var handle = File.OpenHandle(Path.Combine(_output, file), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (RandomAccess.GetLength(handle) != bytes.Length)
            {
                return false;
            }

            var existing = ArrayPool<byte>.Shared.Rent(bytes.Length);
            try
            {
                var read = 0;
                while (read < bytes.Length && RandomAccess.Read(handle, existing.AsSpan(read, bytes.Length - read), read) is var count and > 0)
                {
                    read += count;
                }

                return read == bytes.Length && existing.AsSpan(0, read).SequenceEqual(bytes);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(existing);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The staging path of a file this build writes, its folder created; remembered for an update's commit.</summary>
    private string Stage(string file)
    {
        if (_update)
        {
            _staged.Add(file);
        }

        return Prepare(file);
    }

    public void Copy(string sourceFile, string file)
    {
        // An empty file is written, not copied: a named pipe or a device has no size and would block a copy forever.
        if (Text.TextFiles.IsEmpty(sourceFile))
        {
            WriteBytes(file, []);
            return;
        }

        _written.Add(file);
        if (_patch)
        {
            _pendingCopies[file] = sourceFile;
            return;
        }

        File.Copy(sourceFile, Stage(file), overwrite: true);
    }

    /// <summary>
    /// Puts a file that nothing rewrites in place (a cached social card) into the output: as a
    /// second name for it where the file system allows, else as a copy.
    /// </summary>
    public void Link(string sourceFile, string file)
    {
        if (_patch)
        {
            Copy(sourceFile, file);
            return;
        }

        _written.Add(file);
        if (_update && IsSameFile(sourceFile, Path.Combine(_output, file)))
        {
            return;
        }

        var target = Stage(file);
        if (!HardLink.TryCreate(sourceFile, target))
        {
            File.Copy(sourceFile, target, overwrite: true);
        }
    }

    /// <summary>Whether two paths hold the same bytes as far as size and time of last write tell: a cached card linked into the output is one file.</summary>
    private static bool IsSameFile(string source, string existing)
    {
        var (a, b) = (new FileInfo(source), new FileInfo(existing));
        return a.Exists && b.Exists && a.Length == b.Length && a.LastWriteTimeUtc == b.LastWriteTimeUtc;
    }

    public void Write(string file, Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (_patch || _update)
        {
            using var buffer = new MemoryStream();
            content.CopyTo(buffer);
            WriteBytes(file, buffer.ToArray());
            return;
        }

        _written.Add(file);
        using var target = File.Create(Stage(file));
        content.CopyTo(target);
    }

    /// <summary>Puts the staged site in place of the output folder, then removes the old one.</summary>
    public void Commit()
    {
        _finished = true;
        if (_patch)
        {
            CommitPatch();
            return;
        }

        // Checked again at the swap: the folder may have been filled while the site was built.
        if (OutputFolder.Refusal(_output) is { } refusal)
        {
            Abandon();
            throw new OutputFolderException(refusal);
        }

        if (_update && Directory.Exists(_output))
        {
            CommitUpdate();
            return;
        }

        string? previous = null;
        if (Directory.Exists(_output))
        {
            previous = Path.Combine(Path.GetDirectoryName(_output)!, $".{Path.GetFileName(_output)}.previous-{Guid.NewGuid():N}");
            Directory.Move(_output, previous);
        }

        try
        {
            Directory.Move(_staging, _output);
        }
        catch
        {
            if (previous is not null)
            {
                Directory.Move(previous, _output);
            }

            throw;
        }

        if (previous is not null)
        {
            DeleteTree(previous);
        }
    }

    /// <summary>
    /// Writes a rebuild over the output folder. Each file is written under a temporary name and
    /// renamed over the old one, so a server reading the folder meanwhile gets the old file or the
    /// new one, never half of one.
    /// </summary>
    private void CommitPatch()
    {
        foreach (var (file, bytes) in _pendingWrites)
        {
            AtomicFile.Write(Prepare(file), temporary => File.WriteAllBytes(temporary, bytes));
        }

        foreach (var (file, source) in _pendingCopies)
        {
            AtomicFile.Write(Prepare(file), temporary => File.Copy(source, temporary));
        }

        foreach (var file in _pendingDeletes.Keys)
        {
            var full = Prepare(file);
            File.Delete(full);
            for (var folder = Path.GetDirectoryName(full)!; folder != _output && !Directory.EnumerateFileSystemEntries(folder).Any(); folder = Path.GetDirectoryName(folder)!)
            {
                Directory.Delete(folder);
            }
        }
    }

    /// <summary>
    /// Moves the staged files over the output folder's, each by a rename, then removes the files
    /// and folders this build did not write: the folder ends as a whole build would leave it.
    /// </summary>
    private void CommitUpdate()
    {
        foreach (var file in _staged)
        {
            var target = Path.Combine(_output, file);
            MakeRoomFor(target);
            File.Move(Path.Combine(_staging, file), target, overwrite: true);
        }

        var keep = new HashSet<string>(_written, StringComparer.Ordinal) { OutputFolder.MarkerFile };
        RemoveAllBut(_output, keep);
        DeleteTree(_staging);
    }

    /// <summary>Creates the folders of <paramref name="target"/>, removing a file or folder of the old site that is in the way.</summary>
    private void MakeRoomFor(string target)
    {
        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }

        var folder = Path.GetDirectoryName(target)!;
        for (var up = folder; up.Length > _output.Length; up = Path.GetDirectoryName(up)!)
        {
            if (File.Exists(up))
            {
                File.Delete(up);
            }
        }

        Directory.CreateDirectory(folder);
    }

    /// <summary>Deletes every file under <paramref name="folder"/> not in <paramref name="keep"/> (paths relative to the output), then the folders left empty.</summary>
    private void RemoveAllBut(string folder, HashSet<string> keep)
    {
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            if (!keep.Contains(Path.GetRelativePath(_output, file).Replace('\\', '/')))
            {
                File.Delete(file);
            }
        }

        foreach (var sub in Directory.EnumerateDirectories(folder))
        {
            // A link to a folder is removed as a link: what it points to is not the site's.
            if (new DirectoryInfo(sub).LinkTarget is not null)
            {
                Directory.Delete(sub);
                continue;
            }

            RemoveAllBut(sub, keep);
            if (!Directory.EnumerateFileSystemEntries(sub).Any())
            {
                Directory.Delete(sub);
            }
        }
    }

    /// <summary>
    /// Removes staging and previous-output folders that a build killed halfway (Ctrl+C) left
    /// beside the output. Only old ones: a build running next to this one keeps its own.
    /// </summary>
    private static void RemoveLeftovers(string parent, string name)
    {
        var cutoff = DateTime.UtcNow - TimeSpan.FromHours(1);
        foreach (var pattern in new[] { $".{name}.staging-*", $".{name}.previous-*" })
        {
            foreach (var leftover in Directory.EnumerateDirectories(parent, pattern))
            {
                if (Directory.GetLastWriteTimeUtc(leftover) < cutoff)
                {
                    DeleteTree(leftover);
                }
            }
        }
    }

    /// <summary>Deletes a folder, its subfolders in parallel: a large site is thousands of small folders.</summary>
    private static void DeleteTree(string folder)
    {
        Parallel.ForEach(Directory.GetDirectories(folder), sub => Directory.Delete(sub, recursive: true));
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>Throws the staged files away; the output folder is untouched.</summary>
    public void Abandon()
    {
        _finished = true;
        if (!_patch && Directory.Exists(_staging))
        {
            DeleteTree(_staging);
        }
    }

    public void Dispose()
    {
        if (!_finished)
        {
            Abandon();
        }
    }

    /// <summary>The full path of an output file, with its folder created; refuses any path that leaves the staging folder.</summary>
    private string Prepare(string file)
    {
        var full = Path.GetFullPath(Path.Combine(_staging, file));
        if (!full.StartsWith(_staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Refusing to write '{file}' outside the output folder.");
        }

        // A folder is remembered only once it exists: a thread that finds it remembered can write
        // into it. Two threads creating the same folder at once is harmless, so no lock.
        var directory = Path.GetDirectoryName(full)!;
        if (!_createdDirectories.ContainsKey(directory))
        {
            Directory.CreateDirectory(directory);
            _createdDirectories.TryAdd(directory, true);
        }

        return full;
    }
}
