using Recap.Diagnostics;
using Recap.Text;

namespace Recap.Content;

/// <summary>
/// Front matter as a small tree with a location on every node, the same for YAML and TOML, so one
/// binder can report typed, located errors for both.
/// </summary>
internal abstract record FrontMatterNode(SourceLocation Location)
{
    /// <summary>How the node reads in an error message: "text", "a list", "a mapping".</summary>
    public abstract string Describe();
}

internal enum ScalarKind
{
    /// <summary>YAML plain scalar: its type depends on the field it is bound to.</summary>
    Plain,
    Quoted,
    Integer,
    Float,
    Boolean,
    Date,
    Null,
}

internal sealed record ScalarNode(string Value, ScalarKind Kind, SourceLocation Location) : FrontMatterNode(Location)
{
    /// <summary>The text, without what is not text (a <c>"\u0000"</c> or <c>"\uFFFE"</c> escape): see <see cref="PlainText"/>.</summary>
    public string Value { get; init; } = PlainText.Without(Value);

    public bool IsNull => Kind == ScalarKind.Null || (Kind == ScalarKind.Plain && Value is "" or "~" or "null" or "Null" or "NULL");

    public override string Describe() => $"'{Value}'";
}

internal sealed record SequenceNode(IReadOnlyList<FrontMatterNode> Items, SourceLocation Location) : FrontMatterNode(Location)
{
    public override string Describe() => "a list";
}

internal sealed record MappingEntry(ScalarNode Key, FrontMatterNode Value);

internal sealed record MappingNode(IReadOnlyList<MappingEntry> Entries, SourceLocation Location) : FrontMatterNode(Location)
{
    public static MappingNode Empty(SourceLocation location) => new([], location);

    public override string Describe() => "a mapping";
}
