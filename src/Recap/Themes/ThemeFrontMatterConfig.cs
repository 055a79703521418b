using Recap.Content;

namespace Recap.Themes;

/// <summary>The <c>front_matter:</c> mapping of theme.yml: extra keys per kind.</summary>
public sealed class ThemeFrontMatterConfig : BoundRecord
{
    public IReadOnlyList<Located<string>> Conference { get; init; } = [];

    public IReadOnlyList<Located<string>> Talk { get; init; } = [];

    public IReadOnlyList<Located<string>> Speaker { get; init; } = [];

    public IReadOnlyList<Located<string>> Topic { get; init; } = [];

    public IReadOnlyList<Located<string>> Page { get; init; } = [];

    public IReadOnlyDictionary<string, IReadOnlySet<string>> ByKind() => new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal)
    {
        ["conference"] = Keys(Conference),
        ["talk"] = Keys(Talk),
        ["speaker"] = Keys(Speaker),
        ["topic"] = Keys(Topic),
        ["page"] = Keys(Page),
    };

    private static HashSet<string> Keys(IReadOnlyList<Located<string>> keys) => keys.Select(k => k.Value).ToHashSet(StringComparer.Ordinal);
}
