namespace Recap.Import;

/// <summary>
/// A content file as an import wants it: its front-matter keys in order, each as the YAML text the
/// import writes for it, and the body a new file starts with.
/// </summary>
internal sealed class PlannedFile
{
    /// <summary>From the site root, with <c>/</c>.</summary>
    public required string Path { get; init; }

    /// <summary>What the file is, for messages: <c>talk 'Streams'</c>.</summary>
    public required string Label { get; init; }

    public required string Format { get; init; }

    public required string Id { get; init; }

    /// <summary>Each key with its whole YAML text (<c>"title: Streams\n"</c>), in the order a new file lists them.</summary>
    public List<(string Key, string Block)> Fields { get; } = [];

    /// <summary>The body of a new file; an existing file's body is never touched.</summary>
    public string Body { get; set; } = string.Empty;

    /// <summary>
    /// When true, only <see cref="Fields"/> are set and every other imported value stays (a talk
    /// that left the programme gets <c>status: cancelled</c> and keeps the rest).
    /// </summary>
    public bool OnlyTheseFields { get; init; }

    /// <summary>
    /// When true, the file belongs to an import of another format: only keys it lacks are added,
    /// and its <c>import:</c> block, which speaks for that format, stays as it is.
    /// </summary>
    public bool OnlyMissing { get; init; }

    public void Add(string key, string? yamlValue)
    {
        if (yamlValue is not null)
        {
            Fields.Add((key, $"{key}: {yamlValue}\n"));
        }
    }

    /// <summary>A key whose value spans lines: <paramref name="lines"/> are written indented under it.</summary>
    public void AddBlock(string key, IReadOnlyList<string> lines)
    {
        if (lines.Count > 0)
        {
            Fields.Add((key, $"{key}:\n" + string.Concat(lines.Select(l => "  " + l + "\n"))));
        }
    }
}
