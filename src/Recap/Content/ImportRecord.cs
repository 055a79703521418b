namespace Recap.Content;

/// <summary>
/// The <c>import:</c> block <c>recap import</c> writes into the files it makes: where the file came
/// from, and a checksum of each value it last wrote, so a later import can tell a value the author
/// changed (kept) from one the programme changed (updated).
/// </summary>
public sealed class ImportRecord : BoundRecord
{
    /// <summary>The format of the export: <c>frab-json</c>, <c>sessionize</c>, ...</summary>
    [RequiredKey]
    public string Format { get; init; } = string.Empty;

    /// <summary>The export's id of the session or person.</summary>
    [RequiredKey]
    public string Id { get; init; } = string.Empty;

    /// <summary>Front-matter key (or <c>body</c>) to the checksum of the value the last import wrote.</summary>
    public IReadOnlyDictionary<string, string> Fields { get; init; } = new Dictionary<string, string>();
}
