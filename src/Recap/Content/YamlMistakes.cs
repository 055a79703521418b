using Recap.Scaffolding;

namespace Recap.Content;

/// <summary>
/// Recognises the YAML mistakes authors make most, once the parser has failed, so the message
/// says what to change instead of what the parser expected: a tab in the indentation, a value
/// holding <c>: </c> that is not quoted (<c>title: Kafka: the hard parts</c>), and a value that
/// starts with a character YAML reserves (<c>twitter: @ada</c>).
/// </summary>
internal static class YamlMistakes
{
    /// <summary>A mistake found: where it is in the YAML text (one-based) and what to do about it.</summary>
    public readonly record struct Mistake(int Line, int Column, string Message);

    /// <summary>
    /// The first tab that indents a line, from the line where the parser stopped: the parser
    /// reports the start of the scalar or mapping it was reading, often lines above the tab.
    /// </summary>
    /// <param name="fromLine">The one-based line of the YAML text where the parser stopped.</param>
    public static Mistake? TabInIndentation(string yaml, int fromLine)
    {
        var lines = yaml.Split('\n');
        var found = FirstIndentingTab(lines, Math.Clamp(fromLine, 1, lines.Length) - 1) ?? FirstIndentingTab(lines, 0);
        return found is (var line, var column)
            ? new Mistake(line, column, "this line is indented with a tab; YAML indents with spaces, not tabs")
            : null;
    }

    /// <summary>
    /// A plain value holding <c>: </c> (or ending with <c>:</c>), which YAML reads as the start of
    /// a mapping, on the line where the parser stopped inside that value.
    /// </summary>
    /// <param name="line">The one-based line of the YAML text where the parser stopped.</param>
    /// <param name="column">The one-based column where it stopped, which must be inside the value.</param>
    public static Mistake? UnquotedColon(string yaml, int line, int column)
    {
        if (LineAt(yaml, line) is not { } text)
        {
            return null;
        }

        var keyStart = LeadLength(text);
        var colon = SeparatorAfter(text, keyStart);
        if (colon < 0 || text[keyStart] is '"' or '\'' or '[' or '{' or '#' or '?' or '-')
        {
            return null;
        }

        var valueStart = colon + 1;
        while (valueStart < text.Length && text[valueStart] is ' ' or '\t')
        {
            valueStart++;
        }

        // A comment ends a plain value; quoting must not swallow it.
        var comment = text.IndexOf(" #", valueStart, StringComparison.Ordinal);
        var value = (comment < 0 ? text[valueStart..] : text[valueStart..comment]).TrimEnd();
        if (value.Length == 0 || column <= valueStart || value[0] is '"' or '\'' or '[' or '{' or '|' or '>' or '&' or '*' or '!' or '%' or '@' or '`' or '#')
        {
            return null;
        }

        var inside = value.Contains(": ", StringComparison.Ordinal) || value.Contains(":\t", StringComparison.Ordinal);
        if (!inside && !value.EndsWith(':'))
        {
            return null;
        }

        var key = text[keyStart..colon].TrimEnd();
        var what = inside ? "a value with ': ' in it" : "a value ending with ':'";
        return new Mistake(line, valueStart + 1, $"{what} must be quoted (write {key}: {YamlText.Scalar(value)})");
    }

    /// <summary>
    /// A plain value that starts with a character YAML keeps for itself (<c>@</c>, <c>`</c>, <c>%</c>),
    /// such as a handle written <c>twitter: @ada</c>, where the parser stopped.
    /// </summary>
    /// <param name="line">The one-based line of the YAML text where the parser stopped.</param>
    /// <param name="column">The one-based column of the character it could not read.</param>
    public static Mistake? ReservedStart(string yaml, int line, int column)
    {
        if (LineAt(yaml, line) is not { } text || column < 1 || column > text.Length || text[column - 1] is not ('@' or '`' or '%'))
        {
            return null;
        }

        var comment = text.IndexOf(" #", column - 1, StringComparison.Ordinal);
        var value = (comment < 0 ? text[(column - 1)..] : text[(column - 1)..comment]).TrimEnd();
        var keyStart = LeadLength(text);
        var colon = SeparatorAfter(text, keyStart);
        var key = colon >= 0 && colon < column - 1 ? text[keyStart..colon].TrimEnd() + ": " : string.Empty;
        return new Mistake(line, column, $"a value that starts with '{value[0]}' must be quoted (write {key}{YamlText.Scalar(value)})");
    }

    /// <summary>The text of one-based line <paramref name="line"/>, without its line break; null past the text.</summary>
    private static string? LineAt(string yaml, int line)
    {
        var lines = yaml.Split('\n');
        return line >= 1 && line <= lines.Length ? lines[line - 1].TrimEnd('\r') : null;
    }

    private static (int Line, int Column)? FirstIndentingTab(string[] lines, int from)
    {
        for (var i = from; i < lines.Length; i++)
        {
            var line = lines[i];
            for (var column = 0; column < line.Length && line[column] is ' ' or '\t'; column++)
            {
                if (line[column] == '\t')
                {
                    return (i + 1, column + 1);
                }
            }
        }

        return null;
    }

    /// <summary>The length of a line's indentation and list dashes: what comes before its key.</summary>
    private static int LeadLength(string text)
    {
        var position = 0;
        while (position < text.Length && (text[position] == ' ' || (text[position] == '-' && position + 1 < text.Length && text[position + 1] == ' ')))
        {
            position++;
        }

        return position;
    }

    /// <summary>The index of the first ':' followed by a space, a tab or the end of the text, from <paramref name="start"/>; -1 when none.</summary>
    private static int SeparatorAfter(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] == ':' && (i + 1 == text.Length || text[i + 1] is ' ' or '\t'))
            {
                return i;
            }
        }

        return -1;
    }
}
