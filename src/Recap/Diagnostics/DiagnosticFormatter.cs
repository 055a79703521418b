using System.Globalization;
using System.Text;
using Recap.Text;

namespace Recap.Diagnostics;

/// <summary>Turns diagnostics into text: MSBuild-style lines with a source excerpt, or GitHub workflow commands.</summary>
public static class DiagnosticFormatter
{
    /// <summary>
    /// <code>
    /// path(4,1): error RC0102: unknown key 'speakrs' (did you mean 'speakers'?)
    ///    3 | title: Data pipelines for Call of Duty
    ///  > 4 | speakrs: [Yaroslav Tkachenko]
    ///      | ^
    /// </code>
    /// </summary>
    public static string FormatHuman(Diagnostic diagnostic, DiagnosticBag sources)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        ArgumentNullException.ThrowIfNull(sources);
        var text = new StringBuilder(Printable(diagnostic.ToString())).Append('\n');
        if (diagnostic.Location is { HasPosition: true } location && sources.GetLines(location.Path) is { } lines)
        {
            AppendExcerpt(text, lines, location);
        }

        if (diagnostic.Note is { } note)
        {
            text.Append("  ").Append(note).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>A GitHub Actions workflow command, so CI annotates the file and line.</summary>
    public static string FormatGitHub(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var kind = diagnostic.IsError ? "error" : "warning";
        var properties = new List<string>();
        if (diagnostic.Location is { } location)
        {
            properties.Add("file=" + EscapeProperty(location.Path));
            if (location.HasPosition)
            {
                properties.Add(string.Create(CultureInfo.InvariantCulture, $"line={location.Line}"));
                properties.Add(string.Create(CultureInfo.InvariantCulture, $"col={Math.Max(location.Column, 1)}"));
            }
        }

        properties.Add("title=" + diagnostic.Code);
        var message = diagnostic.Message + (diagnostic.Note is { } note ? " (" + note + ")" : string.Empty);
        return $"::{kind} {string.Join(',', properties)}::{EscapeData(Printable(message))}\n";
    }

    /// <summary>
    /// <paramref name="text"/> with each control character but tab and line feed shown as U+FFFD:
    /// a file's line quoted in a message may hold an escape sequence, which a terminal would obey.
    /// One character for one, so the caret under an excerpt stays in its column.
    /// </summary>
    private static string Printable(string text)
    {
        if (!text.Any(IsHidden))
        {
            return text;
        }

        return string.Create(text.Length, text, (chars, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                chars[i] = IsHidden(source[i]) ? '\uFFFD' : source[i];
            }
        });
    }

    private static bool IsHidden(char c) => char.IsControl(c) && c is not ('\t' or '\n');

    /// <summary>"Found 2 errors and 1 warning."</summary>
    public static string Summary(int errors, int warnings) =>
        $"Found {Plural.Count(errors, "error")} and {Plural.Count(warnings, "warning")}.";

    /// <summary>Lines longer than this are shown as a window around the column.</summary>
    private const int MaxExcerptWidth = 100;

    private static void AppendExcerpt(StringBuilder text, string[] lines, SourceLocation location)
    {
        if (location.Line > lines.Length)
        {
            return;
        }

        var lineText = lines[location.Line - 1].TrimEnd('\r');
        var caretColumn = Math.Clamp(location.Column, 1, lineText.Length + 1);
        var windowStart = lineText.Length <= MaxExcerptWidth ? 0 : Math.Clamp(caretColumn - 1 - (MaxExcerptWidth / 2), 0, lineText.Length - MaxExcerptWidth);

        var first = Math.Max(1, location.Line - 1);
        var width = location.Line.ToString(CultureInfo.InvariantCulture).Length;
        for (var line = first; line <= location.Line; line++)
        {
            var marker = line == location.Line ? " > " : "   ";
            var number = line.ToString(CultureInfo.InvariantCulture).PadLeft(width);
            text.Append(marker).Append(number).Append(" | ").Append(Printable(Window(lines[line - 1].TrimEnd('\r'), windowStart))).Append('\n');
        }

        // Tabs before the caret are kept so the caret lines up in a terminal.
        var padding = new StringBuilder(windowStart > 0 ? "…" : string.Empty);
        for (var i = windowStart; i < caretColumn - 1; i++)
        {
            padding.Append(lineText[i] == '\t' ? '\t' : ' ');
        }

        text.Append(' ', 3 + width).Append(" | ").Append(padding).Append("^\n");
    }

    /// <summary>The part of a long line from <paramref name="start"/>, with an ellipsis where it is cut.</summary>
    private static string Window(string line, int start)
    {
        if (line.Length <= MaxExcerptWidth && start == 0)
        {
            return line;
        }

        var from = Math.Min(start, line.Length);
        var length = Math.Min(MaxExcerptWidth, line.Length - from);
        return string.Concat(from > 0 ? "…" : string.Empty, line.AsSpan(from, length), from + length < line.Length ? "…" : string.Empty);
    }

    private static string EscapeData(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    private static string EscapeProperty(string value) =>
        EscapeData(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
