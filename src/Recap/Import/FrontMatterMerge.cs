using System.Text;
using System.Text.RegularExpressions;
using Recap.Content;
using YamlDotNet.RepresentationModel;

namespace Recap.Import;

/// <summary>
/// Writes a <see cref="PlannedFile"/> over the file an earlier import made, keeping the author's
/// work. The file's <c>import:</c> block holds a checksum of each value the last import wrote; a
/// key whose text still has that checksum was not edited, and takes the new value. A key the
/// author edited, deleted or added stays as it is, and so do the body, comments and every key the
/// import does not own. Keys are found by their lines, not re-serialised, so an untouched file is
/// written back byte for byte.
/// </summary>
internal static partial class FrontMatterMerge
{
    /// <summary>The checksum of the body the import wrote, in <c>import.fields</c>: unchanged, the talk has no notes yet.</summary>
    public const string BodyKey = ImportRecord.BodyKey;

    private const string ImportKey = "import";

    /// <summary>The text of a new file.</summary>
    public static string Create(PlannedFile planned)
    {
        ArgumentNullException.ThrowIfNull(planned);
        var hashes = planned.Fields.Select(f => (f.Key, Checksum(f.Block))).Append((BodyKey, Checksum(planned.Body)));
        var text = new StringBuilder("---\n");
        foreach (var (_, block) in planned.Fields)
        {
            text.Append(block);
        }

        return text.Append(ImportBlock(planned, hashes)).Append("---\n").Append(planned.Body).ToString();
    }

    /// <summary>
    /// <paramref name="existing"/> with the planned values merged in; <paramref name="kept"/> gets the
    /// keys the author changed, which stay as they wrote them. Null when the file has no front matter
    /// this can read (TOML, or none): such a file is left alone.
    /// </summary>
    public static string? Merge(string existing, PlannedFile planned, out IReadOnlyList<string> kept)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(planned);
        kept = [];
        if (Split(existing) is not var (segments, body))
        {
            return null;
        }

        if (planned.OnlyMissing)
        {
            var before = segments.FindIndex(s => s.Key == ImportKey) is var found and >= 0 ? found : segments.Count;
            segments.InsertRange(before, planned.Fields.Where(f => !segments.Any(s => s.Key == f.Key)).Select(f => new Segment(f.Key, f.Block)));
            return "---\n" + string.Concat(segments.Select(s => s.Text)) + "---\n" + body;
        }

        var last = ReadImport(segments)?.Fields ?? new OrderedDictionary<string, string>(StringComparer.Ordinal);
        var hashes = new List<(string Key, string Hash)>();
        var keptKeys = new List<string>();
        var wanted = planned.Fields.ToDictionary(f => f.Key, f => f.Block, StringComparer.Ordinal);
        var result = new List<Segment>();
        foreach (var segment in segments)
        {
            if (segment.Key is not { } key || key == ImportKey)
            {
                result.Add(segment);
                continue;
            }

            var untouched = last.TryGetValue(key, out var lastHash) && lastHash == Checksum(segment.Text);
            if (wanted.Remove(key, out var block))
            {
                if (untouched)
                {
                    result.Add(segment with { Text = block });
                    hashes.Add((key, Checksum(block)));
                }
                else
                {
                    // Written or changed by the author (or by hand before any import): theirs.
                    result.Add(segment);
                    if (lastHash is not null)
                    {
                        hashes.Add((key, lastHash));
                        if (Checksum(segment.Text) != Checksum(block))
                        {
                            keptKeys.Add(key);
                        }
                    }
                }
            }
            else if (untouched && !planned.OnlyTheseFields)
            {
                // The programme no longer gives it, and the author never changed it: gone with it.
                continue;
            }
            else
            {
                result.Add(segment);
                if (lastHash is not null)
                {
                    hashes.Add((key, lastHash));
                }
            }
        }

        // Values the programme gives that the file lacks: added, unless the author deleted them.
        var insertAt = result.FindIndex(s => s.Key == ImportKey) is var at and >= 0 ? at : result.Count;
        foreach (var (key, block) in planned.Fields.Where(f => wanted.ContainsKey(f.Key)))
        {
            if (last.TryGetValue(key, out var deletedHash))
            {
                hashes.Add((key, deletedHash));
                keptKeys.Add(key);
                continue;
            }

            result.Insert(insertAt++, new Segment(key, block));
            hashes.Add((key, Checksum(block)));
        }

        // What an earlier import owned that this plan does not mention stays owned (a cancelled talk keeps its title's checksum).
        hashes.AddRange(last.Where(p => p.Key != BodyKey && !hashes.Any(h => h.Key == p.Key) && result.Any(s => s.Key == p.Key)).Select(p => (p.Key, p.Value)));

        // In the order the last import listed them, then new keys in the order of the plan: an
        // import that changes no value writes the block it read.
        var order = last.Keys.Concat(planned.Fields.Select(f => f.Key)).ToList();
        hashes = [.. hashes.OrderBy(h => order.IndexOf(h.Key))];
        if (last.TryGetValue(BodyKey, out var bodyHash))
        {
            hashes.Add((BodyKey, bodyHash));
        }

        var importBlock = ImportBlock(planned, hashes);
        var importAt = result.FindIndex(s => s.Key == ImportKey);
        if (importAt >= 0)
        {
            result[importAt] = new Segment(ImportKey, importBlock);
        }
        else
        {
            result.Add(new Segment(ImportKey, importBlock));
        }

        kept = keptKeys;
        return "---\n" + string.Concat(result.Select(s => s.Text)) + "---\n" + body;
    }

    /// <summary>What the <c>import:</c> block of <paramref name="text"/> says, or null when it has none.</summary>
    public static ImportInfo? ReadImport(string text) => Split(text) is var (segments, _) ? ReadImport(segments) : null;

    /// <summary>The body of <paramref name="text"/>: what follows its front matter.</summary>
    public static string? BodyOf(string text) => Split(text)?.Body;

    /// <summary>A short checksum of a value as written: line ends and trailing spaces do not count.</summary>
    public static string Checksum(string text) => ImportRecord.Checksum(text);

    private static string ImportBlock(PlannedFile planned, IEnumerable<(string Key, string Hash)> hashes)
    {
        var text = new StringBuilder("import:\n")
            .Append("  format: ").Append(planned.Format).Append('\n')
            .Append("  id: ").Append(Scaffolding.YamlText.Scalar(planned.Id)).Append('\n')
            .Append("  fields:\n");
        foreach (var (key, hash) in hashes)
        {
            text.Append("    ").Append(key).Append(": \"").Append(hash).Append("\"\n");
        }

        return text.ToString();
    }

    private static ImportInfo? ReadImport(List<Segment> segments)
    {
        if (segments.FirstOrDefault(s => s.Key == ImportKey) is not { } segment)
        {
            return null;
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(segment.Text));
            if (stream.Documents is not [{ RootNode: YamlMappingNode root }]
                || root.Children.Values.FirstOrDefault() is not YamlMappingNode block)
            {
                return null;
            }

            string? Scalar(string key) => block.Children.TryGetValue(key, out var node) && node is YamlScalarNode { Value: { } value } ? value : null;
            var fields = new OrderedDictionary<string, string>(StringComparer.Ordinal);
            if (block.Children.TryGetValue("fields", out var node) && node is YamlMappingNode map)
            {
                foreach (var (key, value) in map.Children)
                {
                    if (key is YamlScalarNode { Value: { } name } && value is YamlScalarNode { Value: { } hash })
                    {
                        fields[name] = hash;
                    }
                }
            }

            return Scalar("format") is { } format && Scalar("id") is { } id ? new ImportInfo(format, id, fields) : null;
        }
        catch (YamlDotNet.Core.YamlException)
        {
            return null;
        }
    }

    /// <summary>The front matter as top-level keys with their lines, and the body; null when there is no YAML front matter.</summary>
    private static (List<Segment> Segments, string Body)? Split(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && !text.StartsWith("---\r\n", StringComparison.Ordinal))
        {
            return null;
        }

        var segments = new List<Segment>();
        var position = text.IndexOf('\n') + 1;
        while (position < text.Length)
        {
            var end = text.IndexOf('\n', position) is var newline and >= 0 ? newline + 1 : text.Length;
            var line = text[position..end];
            if (line.TrimEnd() == "---")
            {
                return (segments, text[end..]);
            }

            var key = TopLevelKey().Match(line) is { Success: true } match ? match.Groups[1].Value : null;
            if (key is not null || segments.Count == 0 || line.StartsWith('#'))
            {
                segments.Add(new Segment(key, line));
            }
            else
            {
                segments[^1] = segments[^1] with { Text = segments[^1].Text + line };
            }

            position = end;
        }

        return null;
    }

    /// <summary>A top-level key: <c>title: x</c> or <c>speakers:</c> at the start of a line.</summary>
    [GeneratedRegex(@"^([A-Za-z_][A-Za-z0-9_]*)[ \t]*:(?:[ \t]|\r?\n|$)")]
    private static partial Regex TopLevelKey();

    /// <summary>A top-level key and its lines (a comment or blank line at the top has no key).</summary>
    private sealed record Segment(string? Key, string Text);
}

/// <summary>What a file's <c>import:</c> block says: the format, the export's id, and the checksums of the values the last import wrote.</summary>
internal sealed record ImportInfo(string Format, string Id, OrderedDictionary<string, string> Fields);
