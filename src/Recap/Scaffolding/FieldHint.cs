namespace Recap.Scaffolding;

/// <summary>
/// A front-matter key as a new file shows it: commented out, with an example value (YAML, quoted
/// where needed) and what the key is for, as in <c># start: 2019-06-01   # partial dates allowed</c>.
/// </summary>
internal sealed record FieldHint(string Key, string Example, string Meaning)
{
    /// <summary>The keys of a mapping value, such as a speaker's <c>links</c>.</summary>
    public IReadOnlyList<FieldHint> Keys { get; init; } = [];
}
