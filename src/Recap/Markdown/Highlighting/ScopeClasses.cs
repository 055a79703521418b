using System.Collections.Concurrent;

namespace Recap.Markdown.Highlighting;

/// <summary>
/// Maps TextMate scopes (<c>keyword.control.cs</c>, <c>string.quoted.double.yaml</c>) to a small
/// fixed set of classes the theme colours (<c>hl-keyword</c>, <c>hl-string</c>): pages carry no
/// colours, grammars may name scopes as they like, and a theme styles seventeen classes, not the
/// thousands of scopes every grammar invents.
/// </summary>
internal static class ScopeClasses
{
    /// <summary>Every class a token can have, each coloured by the default theme in both schemes.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        "hl-comment", "hl-string", "hl-number", "hl-constant", "hl-keyword", "hl-operator", "hl-punctuation", "hl-type",
        "hl-function", "hl-variable", "hl-property", "hl-tag", "hl-attribute", "hl-inserted", "hl-deleted", "hl-heading",
        "hl-prompt",
    ];

    // A scope takes the class of the longest of these that it starts with (whole dot-separated
    // parts). An empty class stops the search: code inside a string's interpolation is code, not
    // string, even where the grammar gives it no scope of its own.
    private static readonly Dictionary<string, string> Prefixes = new(StringComparer.Ordinal)
    {
        ["comment"] = "hl-comment",
        ["punctuation.definition.comment"] = "hl-comment",
        ["string"] = "hl-string",
        ["punctuation.definition.string"] = "hl-string",
        ["constant.numeric"] = "hl-number",
        ["keyword.other.unit"] = "hl-number",
        ["constant"] = "hl-constant",
        ["support.constant"] = "hl-constant",
        ["variable.language"] = "hl-keyword",
        ["keyword"] = "hl-keyword",
        ["storage"] = "hl-keyword",
        ["keyword.operator"] = "hl-operator",
        ["punctuation"] = "hl-punctuation",
        ["entity.name.type"] = "hl-type",
        ["entity.name.class"] = "hl-type",
        ["entity.name.namespace"] = "hl-type",
        ["entity.other.inherited-class"] = "hl-type",
        ["support.type"] = "hl-type",
        ["support.class"] = "hl-type",
        ["entity.name.function"] = "hl-function",
        ["support.function"] = "hl-function",
        ["meta.function-call.generic"] = "hl-function",
        ["variable"] = "hl-variable",
        ["entity.name.variable"] = "hl-variable",
        ["punctuation.definition.variable"] = "hl-variable",
        ["support.variable"] = "hl-variable",
        ["variable.other.property"] = "hl-property",
        ["variable.other.object.property"] = "hl-property",
        ["support.type.property-name"] = "hl-property",
        ["punctuation.support.type.property-name"] = "hl-property",
        ["entity.name.tag.yaml"] = "hl-property",
        ["meta.object-literal.key"] = "hl-property",
        ["entity.name.tag"] = "hl-tag",
        ["entity.other.attribute-name"] = "hl-attribute",
        ["markup.inserted"] = "hl-inserted",
        ["punctuation.definition.inserted"] = "hl-inserted",
        ["markup.deleted"] = "hl-deleted",
        ["punctuation.definition.deleted"] = "hl-deleted",
        ["meta.diff.header"] = "hl-heading",
        ["meta.diff.range"] = "hl-heading",
        ["punctuation.definition.from-file"] = "hl-heading",
        ["punctuation.definition.to-file"] = "hl-heading",
        ["punctuation.definition.range"] = "hl-heading",
        ["markup.heading"] = "hl-heading",
        ["entity.name.section"] = "hl-heading",
        // A shell session's prompt (user@host:~$): the theme keeps it out of what a reader copies.
        ["punctuation.separator.prompt"] = "hl-prompt",
        ["entity.other.prompt-prefix"] = "hl-prompt",
        ["meta.embedded"] = string.Empty,
        ["meta.interpolation"] = string.Empty,
        ["meta.template.expression"] = string.Empty,
        ["punctuation.section.embedded"] = "hl-punctuation",
        ["punctuation.definition.interpolation"] = "hl-punctuation",
        ["punctuation.definition.template-expression"] = "hl-punctuation",
    };

    // Scopes repeat endlessly across tokens; each is looked up once per process.
    private static readonly ConcurrentDictionary<string, string?> Known = new(StringComparer.Ordinal);

    /// <summary>The class of a token whose scopes are <paramref name="scopes"/> (outermost first), or null for plain text.</summary>
    public static string? ClassOf(IReadOnlyList<string> scopes)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        for (var i = scopes.Count - 1; i >= 0; i--)
        {
            if (Known.GetOrAdd(scopes[i], Lookup) is { } found)
            {
                return found.Length == 0 ? null : found;
            }
        }

        return null;
    }

    /// <summary>The class of one scope: its longest known prefix's, or null when it has none.</summary>
    private static string? Lookup(string scope)
    {
        for (var prefix = scope; prefix.Length > 0; prefix = prefix[..Math.Max(prefix.LastIndexOf('.'), 0)])
        {
            if (Prefixes.TryGetValue(prefix, out var found))
            {
                return found;
            }
        }

        return null;
    }
}
