using Recap.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Recap.Content;

/// <summary>Reads YAML into a <see cref="FrontMatterNode"/> tree, turning YamlDotNet's marks into file positions.</summary>
internal static class YamlFrontMatterParser
{
    /// <summary>Front matter is a few keys deep; a limit keeps hostile input from overflowing the stack.</summary>
    private const int MaxDepth = 32;

    /// <param name="firstLine">The one-based line of the file where the YAML text starts.</param>
    /// <returns>The root mapping, or null when the YAML is broken (the error is reported).</returns>
    public static MappingNode? Parse(string yaml, string path, int firstLine, DiagnosticBag diagnostics, string errorCode) =>
        Parse(yaml.AsMemory(), path, firstLine, diagnostics, errorCode);

    /// <inheritdoc cref="Parse(string, string, int, DiagnosticBag, string)"/>
    public static MappingNode? Parse(ReadOnlyMemory<char> yaml, string path, int firstLine, DiagnosticBag diagnostics, string errorCode) =>
        SimpleYamlReader.TryRead(yaml, path, firstLine) ?? ParseAll(yaml.ToString(), path, firstLine, diagnostics, errorCode);

    /// <summary><see cref="Parse"/> with YamlDotNet, whatever the text.</summary>
    internal static MappingNode? ParseAll(string yaml, string path, int firstLine, DiagnosticBag diagnostics, string errorCode)
    {
        var reader = new Reader(new Parser(new StringReader(yaml)), path, firstLine);
        try
        {
            var root = reader.ReadDocument();
            switch (root)
            {
                case null:
                    return MappingNode.Empty(new SourceLocation(path, firstLine, 1));
                case MappingNode mapping:
                    return mapping;
                case ScalarNode { IsNull: true }:
                    return MappingNode.Empty(root.Location);
                default:
                    diagnostics.Error(errorCode, root.Location, $"front matter must be a mapping of keys to values, not {root.Describe()}");
                    return null;
            }
        }
        catch (TooDeepException ex)
        {
            diagnostics.Error(errorCode, ex.Location, $"invalid YAML: lists and mappings are nested more than {MaxDepth} levels deep");
            return null;
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            // Reaching the end of the text inside [ ] or { } is reported where the bracket opens:
            // that is the line to fix, not the end of the front matter. (YamlDotNet's scanner
            // throws InvalidOperationException for some of these.)
            var atEnd = ex is InvalidOperationException || (ex is YamlException scanned && scanned.Start.Index >= yaml.TrimEnd().Length);
            if (atEnd && reader.OpenFlowCollection is { } open)
            {
                diagnostics.Error(errorCode, open, "invalid YAML: a list or mapping opened here is not closed");
            }
            else if (ex is YamlException located && Recognise(yaml, located) is { } mistake)
            {
                diagnostics.Error(errorCode, new SourceLocation(path, firstLine - 1 + mistake.Line, mistake.Column), "invalid YAML: " + mistake.Message);
            }
            else
            {
                var location = ex is YamlException at ? reader.Locate(at.Start) : reader.LastLocation;
                diagnostics.Error(errorCode, location, "invalid YAML: " + Describe(ex));
            }

            return null;
        }
    }

    /// <summary>A common mistake that explains the parser's error better than its own message does.</summary>
    private static YamlMistakes.Mistake? Recognise(string yaml, YamlException ex)
    {
        var line = (int)Math.Min(ex.Start.Line, int.MaxValue);
        var column = (int)Math.Min(ex.Start.Column, int.MaxValue);
        return ex.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) ? YamlMistakes.TabInIndentation(yaml, line)
            : ex.Message.Contains("cannot start any token", StringComparison.Ordinal) ? YamlMistakes.ReservedStart(yaml, line, column)
            : YamlMistakes.UnquotedColon(yaml, line, column);
    }

    private static string Describe(Exception ex)
    {
        var message = ex.Message.TrimEnd('.');
        return message.Length > 0 ? char.ToLowerInvariant(message[0]) + message[1..] : "syntax error";
    }

    private sealed class Reader(IParser parser, string path, int firstLine)
    {
        private readonly Dictionary<string, FrontMatterNode> _anchors = new(StringComparer.Ordinal);
        private readonly Stack<SourceLocation> _openFlow = new();

        // The anchors of the lists and mappings being read: an alias to one of them is inside what it names.
        private readonly HashSet<string> _reading = new(StringComparer.Ordinal);

        /// <summary>Where the innermost [ ] or { } still being read was opened.</summary>
        public SourceLocation? OpenFlowCollection => _openFlow.Count > 0 ? _openFlow.Peek() : null;

        public SourceLocation LastLocation { get; private set; } = new(path, firstLine, 1);

        public SourceLocation Locate(Mark mark) => new(path, firstLine - 1 + (int)Math.Max(mark.Line, 1), (int)Math.Max(mark.Column, 1));

        public FrontMatterNode? ReadDocument()
        {
            Expect<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return null;
            }

            Expect<DocumentStart>();
            var root = ReadNode();
            Expect<DocumentEnd>();
            return root;
        }

        private int _depth;

        private FrontMatterNode ReadNode()
        {
            var current = parser.Current ?? throw new InvalidOperationException("unexpected end of YAML");
            var location = Locate(current.Start);
            LastLocation = location;
            if (current is SequenceStart or MappingStart && ++_depth > MaxDepth)
            {
                throw new TooDeepException(location);
            }

            // A [ or { is open from here: the scanner may fail on the very next token (a list
            // never closed, at the end of the text), before the collection's first item.
            var unmarked = current is MappingStart && current.Start.Equals(Mark.Empty) && _openFlow.Count > 0;
            var flow = current is SequenceStart { Style: SequenceStyle.Flow } or MappingStart { Style: MappingStyle.Flow };
            Open(flow, location);
            if (current is NodeEvent { Anchor.IsEmpty: false } anchored and (SequenceStart or MappingStart))
            {
                _reading.Add(anchored.Anchor.Value);
            }

            parser.MoveNext();
            switch (current)
            {
                case Scalar scalar:
                    var kind = scalar.Style is ScalarStyle.Plain ? ScalarKind.Plain : ScalarKind.Quoted;
                    return Remember(scalar.Anchor, new ScalarNode(scalar.Value, kind, location));
                case SequenceStart start:
                    var items = new List<FrontMatterNode>();
                    while (!parser.Accept<SequenceEnd>(out _))
                    {
                        items.Add(ReadNode());
                    }

                    Close(flow);
                    _depth--;
                    parser.MoveNext();
                    return Remember(start.Anchor, new SequenceNode(items, location));
                case MappingStart start:
                    // A pair in a flow list ([Ada, Dr: Who]) is a mapping YamlDotNet gives no position:
                    // it is where its key is.
                    var entries = new List<MappingEntry>();
                    while (!parser.Accept<MappingEnd>(out _))
                    {
                        var key = ReadNode();
                        var value = ReadNode();
                        var keyScalar = key as ScalarNode ?? new ScalarNode(key.Describe(), ScalarKind.Quoted, key.Location);
                        entries.Add(new MappingEntry(keyScalar, value));
                    }

                    Close(flow);
                    _depth--;
                    parser.MoveNext();
                    return Remember(start.Anchor, new MappingNode(entries, unmarked && entries.Count > 0 ? entries[0].Key.Location : location));
                case AnchorAlias alias when _anchors.TryGetValue(alias.Value.Value, out var target):
                    return target;
                case AnchorAlias alias when _reading.Contains(alias.Value.Value):
                    throw new YamlException(current.Start, current.End, $"*{alias.Value.Value} is inside the value it names (&{alias.Value.Value}): a list or mapping cannot hold itself");
                case AnchorAlias alias:
                    throw new YamlException(current.Start, current.End, $"*{alias.Value.Value} names no anchor (&{alias.Value.Value}); a value that starts with * must be quoted (write \"*{alias.Value.Value}\")");
                default:
                    throw new YamlException(current.Start, current.End, $"Unexpected {current.GetType().Name}");
            }
        }

        private void Open(bool flow, SourceLocation location)
        {
            if (flow)
            {
                _openFlow.Push(location);
            }
        }

        private void Close(bool flow)
        {
            if (flow)
            {
                _openFlow.Pop();
            }
        }

        private FrontMatterNode Remember(AnchorName anchor, FrontMatterNode node)
        {
            if (!anchor.IsEmpty)
            {
                _reading.Remove(anchor.Value);
                _anchors[anchor.Value] = node;
            }

            return node;
        }

        private void Expect<T>()
            where T : ParsingEvent
        {
            if (parser.Current is null)
            {
                parser.MoveNext();
            }

            if (parser.Current is not T)
            {
                var mark = parser.Current?.Start ?? Mark.Empty;
                throw new YamlException(mark, mark, $"Expected {typeof(T).Name}");
            }

            parser.MoveNext();
        }
    }

    private sealed class TooDeepException(SourceLocation location) : Exception("front matter nested too deeply")
    {
        public SourceLocation Location { get; } = location;
    }
}
