namespace Recap.Content;

/// <summary>
/// Recognises the YAML mistakes authors make most, once the parser has failed, so the message
/// says what to change instead of what the parser expected: a tab in the indentation.
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
}
