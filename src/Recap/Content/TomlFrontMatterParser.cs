using System.Globalization;
using Recap.Diagnostics;
using Tomlyn;
using Tomlyn.Parsing;

namespace Recap.Content;

/// <summary>Reads TOML (Hugo's <c>+++</c> front matter) into the same node tree as YAML.</summary>
internal static partial class TomlFrontMatterParser
{
    /// <param name="firstLine">The one-based line of the file where the TOML text starts.</param>
    /// <returns>The root mapping, or null when the TOML is broken (the error is reported).</returns>
    public static MappingNode? Parse(string toml, string path, int firstLine, DiagnosticBag diagnostics)
    {
        var parser = TomlParser.Create(toml, new TomlParserOptions { Mode = TomlParserMode.Tolerant });
        var reader = new Reader(parser, path, firstLine);
        MappingNode root;
        try
        {
            root = reader.ReadDocument();
        }
        catch (TomlException ex)
        {
            // Tomlyn stops reading arrays and tables nested more than 64 deep by throwing.
            var where = Position().Match(ex.Message);
            var location = where.Success
                ? new SourceLocation(path, firstLine - 1 + int.Parse(where.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(where.Groups[2].Value, CultureInfo.InvariantCulture))
                : new SourceLocation(path, firstLine, 1);
            var message = ex.Message.Contains("maximum depth", StringComparison.Ordinal) ? "arrays and tables are nested more than 64 levels deep" : ex.Message[where.Length..].Replace(": error :", string.Empty, StringComparison.Ordinal).Trim().TrimEnd('.');
            diagnostics.Error(DiagnosticCodes.InvalidFrontMatter, location, "invalid TOML: " + message);
            return null;
        }

        var error = parser.Diagnostics.FirstOrDefault(d => d.Kind == Tomlyn.Syntax.DiagnosticMessageKind.Error);
        if (error is not null)
        {
            var location = new SourceLocation(path, firstLine + error.Span.Start.Line, error.Span.Start.Column + 1);
            diagnostics.Error(DiagnosticCodes.InvalidFrontMatter, location, "invalid TOML: " + error.Message.TrimEnd('.'));
            return null;
        }

        return root;
    }

    /// <summary>The "(line,column)" a Tomlyn message starts with.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\((\d+),(\d+)\)")]
    private static partial System.Text.RegularExpressions.Regex Position();

    private sealed class Reader(TomlParser parser, string path, int firstLine)
    {
        private SourceLocation _last = new(path, firstLine, 1);

        public MappingNode ReadDocument()
        {
            while (parser.MoveNext())
            {
                if (parser.Current.Kind == TomlParseEventKind.StartTable)
                {
                    return ReadTable(_last);
                }
            }

            return MappingNode.Empty(_last);
        }

        private SourceLocation Here()
        {
            var current = parser.Current;
            if (current.Line > 0)
            {
                _last = new SourceLocation(path, firstLine - 1 + current.Line, Math.Max(current.Column, 1));
            }

            return _last;
        }

        /// <summary>Reads the entries of a table whose StartTable event is current.</summary>
        private MappingNode ReadTable(SourceLocation location)
        {
            var entries = new List<MappingEntry>();
            while (parser.MoveNext())
            {
                var current = parser.Current;
                if (current.Kind is TomlParseEventKind.EndTable or TomlParseEventKind.EndDocument)
                {
                    break;
                }

                if (current.Kind != TomlParseEventKind.PropertyName)
                {
                    continue;
                }

                var key = new ScalarNode(parser.GetPropertyName(), ScalarKind.Quoted, Here());
                if (!parser.MoveNext())
                {
                    break;
                }

                entries.Add(new MappingEntry(key, ReadValue(key.Location)));
            }

            return new MappingNode(entries, location);
        }

        private FrontMatterNode ReadValue(SourceLocation fallback)
        {
            var current = parser.Current;
            var location = current.Line > 0 ? Here() : fallback;
            switch (current.Kind)
            {
                case TomlParseEventKind.StartTable:
                    return ReadTable(location);
                case TomlParseEventKind.StartArray:
                    var items = new List<FrontMatterNode>();
                    while (parser.MoveNext() && parser.Current.Kind != TomlParseEventKind.EndArray)
                    {
                        items.Add(ReadValue(location));
                    }

                    return new SequenceNode(items, location);
                case TomlParseEventKind.String:
                    return new ScalarNode(parser.GetString(), ScalarKind.Quoted, location);
                case TomlParseEventKind.Integer:
                    return new ScalarNode(current.GetInt64().ToString(CultureInfo.InvariantCulture), ScalarKind.Integer, location);
                case TomlParseEventKind.Float:
                    return new ScalarNode(current.GetDouble().ToString(CultureInfo.InvariantCulture), ScalarKind.Float, location);
                case TomlParseEventKind.Boolean:
                    return new ScalarNode(current.GetBoolean() ? "true" : "false", ScalarKind.Boolean, location);
                case TomlParseEventKind.DateTime:
                    return new ScalarNode(FormatDate(current.GetTomlDateTime()), ScalarKind.Date, location);
                default:
                    return new ScalarNode(string.Empty, ScalarKind.Null, location);
            }
        }

        private static string FormatDate(TomlDateTime value) => value.Kind switch
        {
            TomlDateTimeKind.LocalDate => value.DateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            TomlDateTimeKind.LocalTime => value.DateTime.ToString("HH:mm", CultureInfo.InvariantCulture),
            _ => value.DateTime.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture),
        };
    }
}
