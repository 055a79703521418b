using System.Text;
using Recap.Diagnostics;

namespace Recap.Content;

/// <summary>
/// Reads the YAML most front matter is written in, without YamlDotNet: keys, one-line scalars
/// (plain, single- or double-quoted), one-line <c>[a, b]</c> lists, <c>- item</c> lists and nested
/// mappings. For anything else (comments after a value, escapes, anchors, block scalars, a
/// value running over lines, a mistake) it returns null and YamlDotNet reads the text, so what
/// this reader accepts it reads exactly as YamlDotNet does, positions included. Reading the
/// front matter of a 10,000-talk site took YamlDotNet about 0.9 s of CPU.
/// </summary>
internal static class SimpleYamlReader
{
    /// <summary>Deeper nesting is left to YamlDotNet, which reports it.</summary>
    private const int MaxDepth = 16;

    /// <param name="firstLine">The one-based line of the file where the YAML text starts.</param>
    /// <returns>The root mapping, or null when the text needs the full YAML parser.</returns>
    public static MappingNode? TryRead(ReadOnlyMemory<char> yaml, string path, int firstLine)
    {
        if (!Plain(yaml.Span))
        {
            return null;
        }

        var reader = new Reader(yaml, path, firstLine);
        return reader.ReadRoot();
    }

    /// <summary>
    /// True when every character is one YAML reads as itself and no line opens with a
    /// document marker or directive: no tabs, CRs, control or other line-breaking characters,
    /// byte order marks or unpaired surrogates.
    /// </summary>
    private static bool Plain(ReadOnlySpan<char> yaml)
    {
        for (var i = 0; i < yaml.Length; i++)
        {
            var c = yaml[i];
            if (c < ' ')
            {
                if (c != '\n')
                {
                    return false;
                }

                continue;
            }

            if (c < 0x7F)
            {
                continue;
            }

            if (c <= 0x9F || c is '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF')
            {
                return false;
            }

            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= yaml.Length || !char.IsLowSurrogate(yaml[i + 1]))
                {
                    return false;
                }

                i++;
            }
            else if (char.IsLowSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }

    private sealed class Reader(ReadOnlyMemory<char> yaml, string path, int firstLine)
    {
        private int _line; // zero-based index of the line the reader is at
        private int _start; // where that line starts in the text
        private int _end = EndOfLine(yaml.Span, 0); // where it ends, before its '\n'

        public MappingNode? ReadRoot()
        {
            if (!NextContent() || Indent() != 0 || StartsDocumentMarker())
            {
                return null; // empty, indented or marked: YamlDotNet says what it is
            }

            var root = ReadMapping(0, 1);
            return root is not null && !NextContent() ? root : null; // nothing after it
        }

        private MappingNode? ReadMapping(int indent, int depth)
        {
            if (depth > MaxDepth)
            {
                return null;
            }

            var location = Here(indent);
            var entries = new List<MappingEntry>();
            while (NextContent())
            {
                var lineIndent = Indent();
                if (lineIndent < indent)
                {
                    break;
                }

                if (lineIndent > indent || StartsDocumentMarker())
                {
                    return null;
                }

                if (ReadEntry(indent, depth) is not { } entry)
                {
                    return null;
                }

                entries.Add(entry);
            }

            return new MappingNode(entries, location);
        }

        private MappingEntry? ReadEntry(int indent, int depth)
        {
            var line = Line();
            var keyEnd = indent;
            if (keyEnd >= line.Length || !char.IsAsciiLetterOrDigit(line[keyEnd]) && line[keyEnd] != '_')
            {
                return null;
            }

            while (keyEnd < line.Length && (char.IsAsciiLetterOrDigit(line[keyEnd]) || line[keyEnd] is '_' or '-'))
            {
                keyEnd++;
            }

            if (keyEnd >= line.Length || line[keyEnd] != ':' || (keyEnd + 1 < line.Length && line[keyEnd + 1] != ' '))
            {
                return null;
            }

            var key = new ScalarNode(line[indent..keyEnd].ToString(), ScalarKind.Plain, Here(indent));
            var valueStart = keyEnd + 1;
            while (valueStart < line.Length && line[valueStart] == ' ')
            {
                valueStart++;
            }

            if (valueStart < line.Length)
            {
                var value = ReadValue(line, valueStart);
                NextLine();
                return value is null ? null : new MappingEntry(key, value);
            }

            // Nothing after the colon: a nested mapping or a list follows. An empty value is left
            // to YamlDotNet, which places it where it sees the next token.
            NextLine();
            if (!NextContent())
            {
                return null;
            }

            var nextIndent = Indent();
            FrontMatterNode? nested = IsListItem(nextIndent) && nextIndent >= indent
                ? ReadList(nextIndent)
                : nextIndent > indent ? ReadMapping(nextIndent, depth + 1) : null;
            return nested is null ? null : new MappingEntry(key, nested);
        }

        private SequenceNode? ReadList(int indent)
        {
            var location = Here(indent);
            var items = new List<FrontMatterNode>();
            while (NextContent() && Indent() == indent && IsListItem(indent))
            {
                var line = Line();
                var valueStart = indent + 1;
                while (valueStart < line.Length && line[valueStart] == ' ')
                {
                    valueStart++;
                }

                if (valueStart >= line.Length || line[valueStart] == '[' || ReadValue(line, valueStart) is not { } item)
                {
                    return null; // an empty item, a list in a list or a mapping in a list
                }

                items.Add(item);
                NextLine();
            }

            // What follows belongs to an enclosing mapping, which starts left of the list's dashes
            // (or at them, for a list written flush with its key).
            return !NextContent() || Indent() < indent || (Indent() == indent && !IsListItem(indent)) ? new SequenceNode(items, location) : null;
        }

        /// <summary>A value that starts at <paramref name="start"/> and runs to the end of the line.</summary>
        private FrontMatterNode? ReadValue(ReadOnlySpan<char> line, int start)
        {
            var c = line[start];
            if (c == '[')
            {
                return ReadFlowList(line, start);
            }

            var position = start;
            var scalar = c is '"' or '\'' ? ReadQuoted(line, ref position) : ReadPlain(line, ref position, flow: false);
            return scalar is not null && RestIsBlank(line, position) ? scalar : null;
        }

        private SequenceNode? ReadFlowList(ReadOnlySpan<char> line, int start)
        {
            var items = new List<FrontMatterNode>();
            var position = start + 1;
            SkipSpaces(line, ref position);
            if (position < line.Length && line[position] == ']')
            {
                position++;
                return RestIsBlank(line, position) ? new SequenceNode(items, Here(start)) : null;
            }

            while (true)
            {
                if (position >= line.Length)
                {
                    return null;
                }

                var scalar = line[position] is '"' or '\'' ? ReadQuoted(line, ref position) : ReadPlain(line, ref position, flow: true);
                if (scalar is null)
                {
                    return null;
                }

                items.Add(scalar);
                SkipSpaces(line, ref position);
                if (position >= line.Length)
                {
                    return null;
                }

                if (line[position] == ']')
                {
                    position++;
                    return RestIsBlank(line, position) ? new SequenceNode(items, Here(start)) : null;
                }

                if (line[position] != ',')
                {
                    return null;
                }

                position++;
                SkipSpaces(line, ref position);
            }
        }

        /// <summary>
        /// A plain scalar from <paramref name="position"/>: to the end of the line, or in a
        /// <c>[ ]</c> list to the next comma or bracket. Null when it may be anything else.
        /// </summary>
        private ScalarNode? ReadPlain(ReadOnlySpan<char> line, ref int position, bool flow)
        {
            var start = position;
            if (start >= line.Length || IsIndicator(line[start]))
            {
                return null;
            }

            var end = start;
            while (end < line.Length)
            {
                var c = line[end];
                if (flow && c is ',' or ']')
                {
                    break;
                }

                if (flow && c is '[' or '{' or '}')
                {
                    return null;
                }

                // ": " would start a mapping, " #" a comment; a colon at the end is a key.
                if ((c == ':' && (end + 1 == line.Length || line[end + 1] == ' ' || (flow && line[end + 1] is ',' or ']')))
                    || (c == '#' && line[end - 1] == ' '))
                {
                    return null;
                }

                end++;
            }

            var valueEnd = end;
            while (valueEnd > start && line[valueEnd - 1] == ' ')
            {
                valueEnd--;
            }

            if (valueEnd == start)
            {
                return null;
            }

            position = end;
            return new ScalarNode(line[start..valueEnd].ToString(), ScalarKind.Plain, Here(start));
        }

        /// <summary>A quoted scalar that closes on its line and has no escapes; its value without the quotes.</summary>
        private ScalarNode? ReadQuoted(ReadOnlySpan<char> line, ref int position)
        {
            var quote = line[position];
            var start = position;
            StringBuilder? builder = null;
            var runStart = start + 1;
            for (var i = start + 1; i < line.Length; i++)
            {
                var c = line[i];
                if (quote == '"' && c == '\\')
                {
                    return null;
                }

                if (c != quote)
                {
                    continue;
                }

                if (quote == '\'' && i + 1 < line.Length && line[i + 1] == '\'')
                {
                    builder ??= new StringBuilder();
                    builder.Append(line[runStart..(i + 1)]);
                    runStart = i + 2;
                    i++;
                    continue;
                }

                position = i + 1;
                var value = builder is null ? line[runStart..i].ToString() : builder.Append(line[runStart..i]).ToString();
                return new ScalarNode(value, ScalarKind.Quoted, Here(start));
            }

            return null; // runs over lines
        }

        /// <summary>Characters that give a plain scalar's first character another meaning.</summary>
        private static bool IsIndicator(char c) =>
            c is '-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`' or ' ';

        private static bool RestIsBlank(ReadOnlySpan<char> line, int position)
        {
            SkipSpaces(line, ref position);
            return position == line.Length;
        }

        private static void SkipSpaces(ReadOnlySpan<char> line, ref int position)
        {
            while (position < line.Length && line[position] == ' ')
            {
                position++;
            }
        }

        private bool IsListItem(int indent)
        {
            var line = Line();
            return indent < line.Length && line[indent] == '-' && (indent + 1 == line.Length || line[indent + 1] == ' ');
        }

        private bool StartsDocumentMarker()
        {
            var line = Line();
            return line.StartsWith("---") || line.StartsWith("...") || line.StartsWith("%");
        }

        private ReadOnlySpan<char> Line() => yaml.Span[_start.._end];

        private static int EndOfLine(ReadOnlySpan<char> text, int start)
        {
            var end = text[start..].IndexOf('\n');
            return end < 0 ? text.Length : start + end;
        }

        private int Indent()
        {
            var line = Line();
            var indent = 0;
            while (indent < line.Length && line[indent] == ' ')
            {
                indent++;
            }

            return indent;
        }

        private void NextLine()
        {
            _start = Math.Min(_end + 1, yaml.Length);
            _end = EndOfLine(yaml.Span, _start);
            _line++;
        }

        /// <summary>Moves past blank and comment lines; false at the end of the text.</summary>
        private bool NextContent()
        {
            while (_start < yaml.Length)
            {
                var line = Line();
                var indent = Indent();
                if (indent < line.Length && line[indent] != '#')
                {
                    return true;
                }

                NextLine();
            }

            return false;
        }

        private SourceLocation Here(int column) => new(path, firstLine + _line, column + 1);
    }
}
