using System.Text.RegularExpressions;

namespace Recap.Content;

/// <summary>
/// Finds front matter that does not start on the first line: below a blank line, a space or a
/// line of text, or with its opening fence left out. Read as it is, the whole file is body, and
/// the author is told a title is missing that is plainly there.
/// </summary>
internal static partial class MisplacedFrontMatter
{
    /// <summary>Where to look and what to do, or null when no front matter comes later either.</summary>
    public readonly record struct Finding(int Line, string Message);

    /// <summary>
    /// Only the first fence-like line of the file is considered, and only when what follows reads
    /// as front matter up to a closing fence, or what comes before it does: a Markdown body may
    /// hold <c>---</c> (a thematic break, a heading underline), but not lines that are all
    /// snake_case keys, indented values, list items and comments.
    /// </summary>
    /// <param name="text">A file whose first line is not a fence.</param>
    public static Finding? Find(string text)
    {
        var lines = text.Split('\n');
        var fence = Array.FindIndex(lines, l => l.Trim() is "---" or "+++");
        if (fence < 0)
        {
            return null;
        }

        var marker = lines[fence].Trim();
        if (!IsFrontMatter(lines.AsSpan(fence + 1), marker))
        {
            // The opening fence left out: keys from the first line on, closed by the fence.
            return fence > 0 && IsFrontMatter(lines.AsSpan(0, fence + 1), marker) && !IsHeadingOrParagraph(lines.AsSpan(0, fence), marker)
                ? new Finding(1, $"front matter closed on line {fence + 1} has no opening fence (add a line with '{marker}' above line 1)")
                : null;
        }

        var blankLines = lines.Take(fence).All(string.IsNullOrWhiteSpace);
        var hint = !blankLines ? $"move the text above '{marker}' below the front matter"
            : fence == 0 ? $"remove the spaces before '{marker}'"
            : fence == 1 ? $"remove the blank line above '{marker}'"
            : $"remove the {fence} blank lines above '{marker}'";
        return new Finding(fence + 1, $"front matter must start on the first line ({hint})");
    }

    /// <summary>
    /// Whether the lines above a <c>---</c> are one <c>key: value</c> line that is not a talk's
    /// title or a person's name: in Markdown that is a heading (<c>kafka: streaming notes</c>
    /// underlined) or a paragraph above a thematic break, which a topic or page without front
    /// matter may well start with.
    /// </summary>
    private static bool IsHeadingOrParagraph(ReadOnlySpan<string> lines, string marker)
    {
        if (marker != "---")
        {
            return false;
        }

        string? only = null;
        foreach (var line in lines)
        {
            if (line.Trim().Length == 0)
            {
                continue;
            }

            if (only is not null)
            {
                return false;
            }

            only = line.TrimStart('\uFEFF');
        }

        return only is not null && only.Split(':')[0].Trim() is not ("title" or "name");
    }

    /// <summary>Whether the lines up to a closing fence start with a key and hold nothing but front matter.</summary>
    private static bool IsFrontMatter(ReadOnlySpan<string> lines, string marker)
    {
        var (key, other) = marker == "---" ? (YamlKey(), YamlLine()) : (TomlKey(), TomlLine());
        var sawKey = false;
        foreach (var line in lines)
        {
            var trimmed = line.TrimEnd();
            if (trimmed == marker || (marker == "---" && trimmed == "..."))
            {
                return sawKey;
            }

            if (trimmed.Length == 0)
            {
                continue;
            }

            if (key.IsMatch(trimmed))
            {
                sawKey = true;
            }
            else if (!sawKey || !other.IsMatch(trimmed))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary><c>title: ...</c>, or <c>links:</c> at the end of the line: keys are snake_case.</summary>
    [GeneratedRegex(@"^[a-z_][a-z0-9_]*\s*:(\s|$)")]
    private static partial Regex YamlKey();

    /// <summary>A line inside a YAML value: indented, a list item or a comment.</summary>
    [GeneratedRegex(@"^(\s+\S|-(\s|$)|#)")]
    private static partial Regex YamlLine();

    /// <summary><c>title = ...</c>, or a table: <c>[links]</c>.</summary>
    [GeneratedRegex(@"^([a-z_][a-z0-9_]*\s*=|\[)")]
    private static partial Regex TomlKey();

    /// <summary>A line inside a TOML value: indented (an array over several lines), or a comment.</summary>
    [GeneratedRegex(@"^(\s+\S|#|\])")]
    private static partial Regex TomlLine();
}
