using Recap.Model;

namespace Recap.Output;

/// <summary>
/// Any one output of a site that is loaded and resolved, made on request and kept in memory:
/// what <c>recap serve</c> answers while its first build is still writing the whole site, so that
/// the page asked for comes as soon as the model is ready instead of after the last file. It is
/// made by the same producer as a build's (a card comes only once the cache holds it), through a
/// writer that is never committed, so nothing is written to the output folder, and the problems
/// it meets are left for the build to report.
/// </summary>
public sealed class SitePreview
{
    private readonly Dictionary<string, OutputEntry> _entries;
    private readonly OutputProducer _producer;
    private readonly OutputWriter _writer;
    private readonly Lock _lock = new();

    internal SitePreview(IEnumerable<OutputEntry> entries, OutputProducer producer, OutputWriter writer)
    {
        _entries = entries.GroupBy(e => e.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _producer = producer;
        _writer = writer;
    }

    /// <summary>
    /// The bytes the build writes at <paramref name="path"/> (relative to the output folder, with
    /// '/': <c>index.html</c>, <c>dotscale-2018/kafka/index.html</c>), or null when the site has no
    /// such output, its template failed, or it is a card not drawn yet.
    /// </summary>
    public byte[]? Make(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!_entries.TryGetValue(path, out var entry))
        {
            return null;
        }

        // One at a time: a reader's browser asks for a page and the few files it links, and the
        // writer's file of pending bytes is shared.
        lock (_lock)
        {
            if (!_producer.Write(entry))
            {
                return null;
            }

            var (bytes, source) = _writer.Take(path);
            return bytes ?? (source is null ? null : File.ReadAllBytes(source));
        }
    }
}
