using System.Globalization;
using System.Text;

namespace Recap.Scaffolding;

/// <summary>
/// YAML values for the files <c>recap new</c> writes. Text is written plain when YAML reads it back
/// as the same text, and double-quoted otherwise, so a title holding <c>: </c>, <c>"</c> or starting
/// with <c>[</c> round-trips instead of becoming a mapping, a list or a syntax error.
/// </summary>
internal static class YamlText
{
    // Words YAML 1.1 or 1.2 reads as null or a boolean; quoted, they stay text.
    private static readonly HashSet<string> Keywords = new(StringComparer.OrdinalIgnoreCase)
    {
        "null", "true", "false", "yes", "no", "on", "off", "y", "n",
    };

    /// <summary>A value for <c>key: value</c>.</summary>
    public static string Scalar(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsPlain(text) ? text : Quote(text);
    }

    /// <summary>A flow list, <c>[Ada Lovelace, "Hopper, Grace"]</c>.</summary>
    public static string List(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(Scalar)) + "]";

    /// <summary>
    /// Plain only when every character is one that means nothing to YAML wherever it stands in a
    /// plain value, in a mapping or in a flow list: a conservative list, since quoting costs nothing.
    /// </summary>
    private static bool IsPlain(string text) =>
        text.Length > 0
        && char.IsLetterOrDigit(text[0])
        && !char.IsWhiteSpace(text[^1])
        && !Keywords.Contains(text)
        && text.All(c => char.IsLetterOrDigit(c) || c is ' ' or '.' or '-' or '_' or '\'' or '(' or ')' or '!' or '?' or '&' or '/' or '+');

    private static string Quote(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }
}
