using System.Text.RegularExpressions;

namespace Recap.Import;

/// <summary>Line-level tidying of Markdown text.</summary>
internal static partial class MarkdownLines
{
    /// <summary>
    /// Runs of blank lines made one, except inside fenced code, where they are the code's. A
    /// line of spaces is blank.
    /// </summary>
    public static string CollapseBlankLines(string markdown)
    {
        var lines = new List<string>();
        string? fence = null;
        foreach (var line in markdown.Split('\n'))
        {
            if (Fence().Match(line) is { Success: true } match)
            {
                var marker = match.Groups[1].Value;
                if (fence is null)
                {
                    fence = marker;
                }
                else if (marker[0] == fence[0] && marker.Length >= fence.Length && line.Trim().Length == marker.Length)
                {
                    fence = null;
                }
            }

            if (fence is null && string.IsNullOrWhiteSpace(line))
            {
                if (lines.Count > 0 && lines[^1].Length == 0)
                {
                    continue;
                }

                lines.Add(string.Empty);
                continue;
            }

            lines.Add(line);
        }

        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"^\s*(`{3,}|~{3,})")]
    private static partial Regex Fence();
}
