using System.Collections.Immutable;
using System.Text;

namespace Recap.Tests.Incremental;

/// <summary>
/// One file of a generated site: Markdown with front matter, site.yml, other text, or bytes such
/// as an image. Front matter is kept as keys with their YAML text, so an edit can change one key.
/// </summary>
internal sealed record SiteFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private SiteFile(SiteFileKind kind)
    {
        Kind = kind;
    }

    public SiteFileKind Kind { get; }

    /// <summary>Keys and their YAML text, in the order they are written.</summary>
    public ImmutableList<KeyValuePair<string, string>> Keys { get; private init; } = [];

    /// <summary>The body after the front matter, or the whole text of a text file.</summary>
    public string Text { get; private init; } = string.Empty;

    /// <summary>The content of a binary file.</summary>
    public ImmutableArray<byte> Bytes { get; private init; } = [];

    /// <summary>What a binary file or a long text is, for reports.</summary>
    public string Label { get; private init; } = string.Empty;

    public static SiteFile Markdown(IEnumerable<(string Key, string? Value)> keys, string body) =>
        new(SiteFileKind.Markdown) { Keys = Pairs(keys), Text = body };

    public static SiteFile Yaml(IEnumerable<(string Key, string? Value)> keys) => new(SiteFileKind.Yaml) { Keys = Pairs(keys) };

    /// <param name="label">What the file is, shown in reports instead of a long text.</param>
    public static SiteFile Plain(string text, string label = "") => new(SiteFileKind.Text) { Text = text, Label = label };

    public static SiteFile Binary(byte[] bytes, string label) => new(SiteFileKind.Binary) { Bytes = [.. bytes], Label = label };

    public string? Get(string key) => Keys.FirstOrDefault(k => k.Key == key).Value;

    /// <summary>The same file with <paramref name="key"/> set (in its place, or last), or removed when <paramref name="value"/> is null.</summary>
    public SiteFile With(string key, string? value)
    {
        var index = Keys.FindIndex(k => k.Key == key);
        return (index, value) switch
        {
            ( < 0, null) => this,
            ( < 0, _) => this with { Keys = Keys.Add(new(key, value)) },
            (_, null) => this with { Keys = Keys.RemoveAt(index) },
            _ => this with { Keys = Keys.SetItem(index, new(key, value)) },
        };
    }

    public SiteFile WithBody(string body) => this with { Text = body };

    public byte[] Content() => Kind == SiteFileKind.Binary ? [.. Bytes] : Utf8.GetBytes(ToText());

    /// <summary>The file as it is written, or its label.</summary>
    public override string ToString() =>
        Kind == SiteFileKind.Binary ? $"<{Label}, {Bytes.Length} bytes>\n"
        : Label.Length > 0 ? $"<{Label}>\n"
        : ToText();

    private string ToText()
    {
        var text = new StringBuilder();
        if (Kind == SiteFileKind.Markdown)
        {
            text.Append("---\n");
        }

        foreach (var (key, value) in Keys)
        {
            text.Append(key).Append(": ").Append(value).Append('\n');
        }

        if (Kind == SiteFileKind.Markdown)
        {
            text.Append("---\n");
        }

        return text.Append(Text).ToString();
    }

    private static ImmutableList<KeyValuePair<string, string>> Pairs(IEnumerable<(string Key, string? Value)> keys) =>
        [.. keys.Where(k => k.Value is not null).Select(k => new KeyValuePair<string, string>(k.Key, k.Value!))];
}
