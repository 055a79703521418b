using System.Security.Cryptography;
using System.Text;

namespace Recap.Content;

/// <summary>
/// The <c>import:</c> block <c>recap import</c> writes into the files it makes: where the file came
/// from, and a checksum of each value it last wrote, so a later import can tell a value the author
/// changed (kept) from one the programme changed (updated).
/// </summary>
public sealed class ImportRecord : BoundRecord
{
    /// <summary>The key of <see cref="Fields"/> that holds the checksum of the body.</summary>
    public const string BodyKey = "body";

    /// <summary>The format of the export: <c>frab-json</c>, <c>sessionize</c>, ...</summary>
    [RequiredKey]
    public string Format { get; init; } = string.Empty;

    /// <summary>The export's id of the session or person.</summary>
    [RequiredKey]
    public string Id { get; init; } = string.Empty;

    /// <summary>Front-matter key (or <c>body</c>) to the checksum of the value the last import wrote.</summary>
    public IReadOnlyDictionary<string, string> Fields { get; init; } = new Dictionary<string, string>();

    /// <summary>A short checksum of a value as written: line ends and trailing spaces do not count.</summary>
    public static string Checksum(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd());
        var normalised = string.Join('\n', lines).TrimEnd('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)))[..8];
    }

    /// <summary>Whether <paramref name="body"/> is still the text the import wrote: the author has not written notes over it.</summary>
    public bool IsImportedBody(string body) => Fields.TryGetValue(BodyKey, out var checksum) && checksum == Checksum(body);
}
