using System.Collections.Concurrent;

namespace Recap.Diagnostics;

/// <summary>
/// Collects every problem of a build (from many threads) and the text of the files they point
/// into, so the report can show an excerpt. With <see cref="Strict"/>, warnings count as errors.
/// </summary>
public sealed class DiagnosticBag
{
    // Made on first use: a build makes a bag for each file it reads, and most stay empty.
    private ConcurrentQueue<Diagnostic>? _items;
    private ConcurrentDictionary<string, string>? _sources;
    private ConcurrentDictionary<string, string[]>? _lines;
    private int _errors;

    public bool Strict { get; set; }

    /// <summary>The site root that diagnostic paths are relative to; files are read from it only to quote them.</summary>
    public string? SourceRoot { get; set; }

    public int Count => _items?.Count ?? 0;

    public int ErrorCount => Strict ? Count : Volatile.Read(ref _errors);

    public int WarningCount => Count - ErrorCount;

    public bool HasErrors => ErrorCount > 0;

    public void Add(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        LazyInitializer.EnsureInitialized(ref _items).Enqueue(diagnostic);
        if (diagnostic.IsError)
        {
            Interlocked.Increment(ref _errors);
        }
    }

    public void Error(string code, SourceLocation? location, string message, string? note = null) =>
        Add(new Diagnostic(code, DiagnosticSeverity.Error, message, location, note));

    public void Warning(string code, SourceLocation? location, string message, string? note = null) =>
        Add(new Diagnostic(code, DiagnosticSeverity.Warning, message, location, note));

    /// <summary>A bag holding what this one holds, to which more can be added without changing this one.</summary>
    public DiagnosticBag Copy()
    {
        var copy = new DiagnosticBag { Strict = Strict, SourceRoot = SourceRoot };
        foreach (var diagnostic in Listed)
        {
            copy.Add(diagnostic);
        }

        foreach (var (path, text) in Sources)
        {
            copy.Sources[path] = text;
        }

        return copy;
    }

    /// <summary>Remembers the text of a file that is not on disk (an embedded template) so reports can quote it.</summary>
    public void RegisterSource(string path, string text) => Sources[path] = text;

    /// <summary>The text of a file named by a diagnostic: registered, or read from the site root when a report needs it.</summary>
    public string? GetSource(string path)
    {
        if (Sources.TryGetValue(path, out var text))
        {
            return text;
        }

        if (SourceRoot is null)
        {
            return null;
        }

        try
        {
            return Sources.GetOrAdd(path, p => Text.TextFiles.ReadAllText(Path.Combine(SourceRoot, p)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The lines of a file named by a diagnostic, split once however many diagnostics quote it.</summary>
    public string[]? GetLines(string path) =>
        Lines.TryGetValue(path, out var lines) ? lines
        : GetSource(path) is { } text ? Lines.GetOrAdd(path, _ => text.Split('\n'))
        : null;

    /// <summary>The diagnostics located in the file at <paramref name="path"/>, in no particular order.</summary>
    public IEnumerable<Diagnostic> In(string path) => Listed.Where(d => d.Location?.Path == path);

    /// <summary>Every diagnostic in a stable order (by file, line, column), whatever thread reported it.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        [.. Listed
            .Select(d => Strict && !d.IsError ? d with { Severity = DiagnosticSeverity.Error } : d)
            .OrderBy(d => d.Location?.Path ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(d => d.Location?.Line ?? 0)
            .ThenBy(d => d.Location?.Column ?? 0)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ThenBy(d => d.Note, StringComparer.Ordinal)];

    /// <summary>What the bag holds, read without making its queue.</summary>
    private IEnumerable<Diagnostic> Listed => _items ?? Enumerable.Empty<Diagnostic>();

    private ConcurrentDictionary<string, string> Sources => LazyInitializer.EnsureInitialized(ref _sources, () => new(StringComparer.Ordinal));

    private ConcurrentDictionary<string, string[]> Lines => LazyInitializer.EnsureInitialized(ref _lines, () => new(StringComparer.Ordinal));
}
