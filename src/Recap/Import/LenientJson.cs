using System.Globalization;
using System.Text;

namespace Recap.Import;

/// <summary>
/// A JSON reader for exports that are not quite JSON: it skips a byte-order mark, takes raw
/// newlines and tabs inside strings, keeps the last of duplicate keys (as browsers do), allows a
/// trailing comma, and gives every value its line and column for messages. Anything else that
/// is not JSON is an <see cref="ImportException"/> naming the place.
/// </summary>
internal sealed class LenientJson
{
    /// <summary>Nesting deeper than this is no programme export; refused rather than followed into a stack overflow.</summary>
    private const int MaxDepth = 256;

    private readonly string _text;
    private readonly string _displayPath;
    private int _position;
    private int _line = 1;
    private int _lineStart;

    private LenientJson(string text, string displayPath)
    {
        _text = text;
        _displayPath = displayPath;
    }

    public static JsonValue Parse(string text, string displayPath)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new LenientJson(text, displayPath);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            parser._position = 1;
            parser._lineStart = 1;
        }

        parser.SkipWhitespace();
        var value = parser.ReadValue(0);
        parser.SkipWhitespace();
        if (parser._position < text.Length)
        {
            throw parser.Error("text after the end of the JSON value");
        }

        return value;
    }

    public static JsonValue ParseFile(string path, string displayPath) => Parse(File.ReadAllText(path, Encoding.UTF8), displayPath);

    private JsonValue ReadValue(int depth)
    {
        if (depth > MaxDepth)
        {
            throw Error($"values nested more than {MaxDepth} deep");
        }

        if (_position >= _text.Length)
        {
            throw Error("the file ends where a value should be");
        }

        var (line, column) = (_line, _position - _lineStart + 1);
        var c = _text[_position];
        JsonValue value = c switch
        {
            '{' => ReadObject(depth),
            '[' => ReadArray(depth),
            '"' => new JsonString(ReadString()),
            't' => ReadWord("true", new JsonBoolean(true)),
            'f' => ReadWord("false", new JsonBoolean(false)),
            'n' => ReadWord("null", new JsonNull()),
            _ when c == '-' || char.IsAsciiDigit(c) => ReadNumber(),
            _ => throw Error($"'{c}' cannot start a value"),
        };
        value.Line = line;
        value.Column = column;
        return value;
    }

    private JsonObject ReadObject(int depth)
    {
        var obj = new JsonObject();
        _position++;
        SkipWhitespace();
        while (true)
        {
            if (Peek() == '}')
            {
                _position++;
                return obj;
            }

            if (Peek() != '"')
            {
                throw Error("expected a key in double quotes or '}'");
            }

            var key = ReadString();
            SkipWhitespace();
            Expect(':');
            SkipWhitespace();
            obj.Set(key, ReadValue(depth + 1));
            SkipWhitespace();
            if (Peek() == ',')
            {
                _position++;
                SkipWhitespace();
            }
            else if (Peek() != '}')
            {
                throw Error("expected ',' or '}' after a value in an object");
            }
        }
    }

    private JsonArray ReadArray(int depth)
    {
        var array = new JsonArray();
        _position++;
        SkipWhitespace();
        while (true)
        {
            if (Peek() == ']')
            {
                _position++;
                return array;
            }

            array.Items.Add(ReadValue(depth + 1));
            SkipWhitespace();
            if (Peek() == ',')
            {
                _position++;
                SkipWhitespace();
            }
            else if (Peek() != ']')
            {
                throw Error("expected ',' or ']' after a value in a list");
            }
        }
    }

    private string ReadString()
    {
        // An unclosed string runs to the end of the file: the message names where it opens.
        var (line, column) = (_line, _position - _lineStart + 1);
        _position++;
        var text = new StringBuilder();
        while (true)
        {
            if (_position >= _text.Length)
            {
                throw Error("a string is not closed before the end of the file", line, column);
            }

            var c = _text[_position++];
            switch (c)
            {
                case '"':
                    return text.ToString();
                case '\\':
                    text.Append(ReadEscape());
                    break;
                case '\n':
                    // A raw newline, as old frab exports write them: kept, and counted for positions.
                    _line++;
                    _lineStart = _position;
                    text.Append(c);
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }
    }

    private string ReadEscape()
    {
        if (_position >= _text.Length)
        {
            return string.Empty;
        }

        var c = _text[_position++];
        switch (c)
        {
            case 'n': return "\n";
            case 't': return "\t";
            case 'r': return "\r";
            case 'b': return "\b";
            case 'f': return "\f";
            case 'u' when _position + 4 <= _text.Length
                && int.TryParse(_text.AsSpan(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                _position += 4;
                return ((char)code).ToString();
            default:
                // '\"', '\\', '\/', and escapes JSON does not have ("\'"): the character itself.
                return c.ToString();
        }
    }

    private JsonNumber ReadNumber()
    {
        var start = _position;
        var column = _position - _lineStart + 1;
        while (_position < _text.Length && (char.IsAsciiDigit(_text[_position]) || _text[_position] is '-' or '+' or '.' or 'e' or 'E'))
        {
            _position++;
        }

        var raw = _text[start.._position];
        return double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            ? new JsonNumber(raw)
            : throw Error($"'{raw}' is not a number", _line, column);
    }

    private JsonValue ReadWord(string word, JsonValue value)
    {
        if (string.CompareOrdinal(_text, _position, word, 0, word.Length) != 0)
        {
            throw Error("expected a value");
        }

        _position += word.Length;
        return value;
    }

    private void Expect(char c)
    {
        if (Peek() != c)
        {
            throw Error($"expected '{c}'");
        }

        _position++;
    }

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private void SkipWhitespace()
    {
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
        {
            if (_text[_position] == '\n')
            {
                _line++;
                _lineStart = _position + 1;
            }

            _position++;
        }
    }

    private ImportException Error(string message) => Error(message, _line, _position - _lineStart + 1);

    private ImportException Error(string message, int line, int column) =>
        new($"{_displayPath}({line},{column}): not JSON: {message}");
}

/// <summary>A value read by <see cref="LenientJson"/>, with where it starts.</summary>
internal abstract class JsonValue
{
    public int Line { get; internal set; }

    public int Column { get; internal set; }

    /// <summary>The value as text: a string as it is, a number or boolean as written; null for null, objects and lists.</summary>
    public virtual string? Text => null;
}

internal sealed class JsonObject : JsonValue
{
    private readonly Dictionary<string, JsonValue> _members = new(StringComparer.Ordinal);

    /// <summary>The keys in the order they first appear.</summary>
    public List<string> Keys { get; } = [];

    /// <summary>Keys that appeared more than once; the last value is kept.</summary>
    public List<string> DuplicateKeys { get; } = [];

    public JsonValue? this[string key] => _members.GetValueOrDefault(key);

    /// <summary>The text of a string, number or boolean member, trimmed; null when absent, null, empty or not a scalar.</summary>
    public string? String(string key) => this[key]?.Text?.Trim() is { Length: > 0 } text ? text : null;

    public JsonObject? Object(string key) => this[key] as JsonObject;

    /// <summary>The items of a list member; empty when absent or not a list.</summary>
    public IReadOnlyList<JsonValue> Array(string key) => this[key] is JsonArray array ? array.Items : [];

    public IEnumerable<KeyValuePair<string, JsonValue>> Members => Keys.Select(k => new KeyValuePair<string, JsonValue>(k, _members[k]));

    internal void Set(string key, JsonValue value)
    {
        if (_members.ContainsKey(key))
        {
            DuplicateKeys.Add(key);
        }
        else
        {
            Keys.Add(key);
        }

        _members[key] = value;
    }
}

internal sealed class JsonArray : JsonValue
{
    public List<JsonValue> Items { get; } = [];
}

internal sealed class JsonString(string value) : JsonValue
{
    public string Value { get; } = value;

    public override string? Text => Value;
}

internal sealed class JsonNumber(string raw) : JsonValue
{
    public string Raw { get; } = raw;

    public override string? Text => Raw;
}

internal sealed class JsonBoolean(bool value) : JsonValue
{
    public bool Value { get; } = value;

    public override string? Text => Value ? "true" : "false";
}

internal sealed class JsonNull : JsonValue;
