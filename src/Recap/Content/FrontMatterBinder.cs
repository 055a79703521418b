using System.Collections.Concurrent;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using Recap.Diagnostics;
using Recap.Scaffolding;
using Recap.Text;

namespace Recap.Content;

/// <summary>
/// Binds a <see cref="MappingNode"/> to a typed record with <c>init</c> properties, reporting every
/// unknown key, missing field and wrong type with its line, not only the first.
/// </summary>
internal sealed class FrontMatterBinder(DiagnosticBag diagnostics, BindingCodes codes, IReadOnlySet<string>? extraKeys = null)
{
    /// <summary>
    /// No talk has a hundred speakers or topics; a list that long is pasted by mistake, and each
    /// name would become a page, a feed and a social card that lists all the others.
    /// </summary>
    public const int MaxListItems = 100;

    /// <summary>Why reading a record's properties and constructor by reflection is safe in the published tool.</summary>
    private const string KeptWhole = "Records are Recap's own classes, and the published tool keeps Recap's code whole (TrimMode partial in Recap.Cli.csproj).";

    private static readonly ConcurrentDictionary<Type, RecordShape> Shapes = new();

    /// <summary>Keys other generators, or a hurried author, give the text that is a Markdown file's body.</summary>
    private static readonly HashSet<string> BodyKeys = new(StringComparer.Ordinal) { "bio", "biography", "about", "body", "content", "text", "notes" };

    /// <summary>The keys a record of <paramref name="type"/> binds, in the order its properties are declared.</summary>
    public static IReadOnlyList<string> KeysOf(Type type) => [.. Shapes.GetOrAdd(type, RecordShape.Of).Fields.Values.Select(f => f.Key)];

    public T Bind<T>(MappingNode mapping)
        where T : BoundRecord, new() => (T)Bind(typeof(T), mapping, parent: null);

    [UnconditionalSuppressMessage("Trimming", "IL2067", Justification = KeptWhole)]
    private BoundRecord Bind(Type type, MappingNode mapping, string? parent)
    {
        var shape = Shapes.GetOrAdd(type, RecordShape.Of);
        var record = (BoundRecord)Activator.CreateInstance(type)!;
        var keyLocations = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        // Made only when a record has them: most have no extra keys and no empty values.
        Dictionary<string, object?>? extra = null;
        HashSet<string>? empty = null;
        foreach (var (keyNode, value) in mapping.Entries)
        {
            var key = keyNode.Value;
            if (keyLocations.TryGetValue(key, out var first))
            {
                diagnostics.Error(codes.DuplicateKey, keyNode.Location, $"key '{key}' appears twice (first on line {first.Line})");
                continue;
            }

            keyLocations[key] = keyNode.Location;
            if (shape.Fields.TryGetValue(key, out var field))
            {
                if (value is ScalarNode { IsNull: true } || (value is ScalarNode blank && string.IsNullOrWhiteSpace(blank.Value)))
                {
                    (empty ??= new(StringComparer.Ordinal)).Add(key);
                    continue;
                }

                var bound = Convert(field, value, parent is null ? key : $"{parent}.{key}");
                if (bound is not null)
                {
                    field.Property.SetValue(record, bound);
                }
            }
            else if (parent is null && extraKeys is not null && extraKeys.Contains(key))
            {
                (extra ??= new(StringComparer.Ordinal))[key] = ToPlainValue(value);
            }
            else
            {
                var known = parent is null && extraKeys is not null ? shape.Fields.Keys.Concat(extraKeys) : shape.Fields.Keys;
                var where = parent is null ? string.Empty : $" in '{parent}'";
                var hint = shape.OtherNames.TryGetValue(key, out var ours) ? $" (Recap calls it '{ours}')"
                    : shape.NotKeys.TryGetValue(key, out var instead) ? $" ({instead})"
                    : shape.Holding(key) is { } holder ? $" (it goes under '{holder}', as in {holder}: {{ {key}: ... }})"
                    : parent is null && codes == BindingCodes.FrontMatter && BodyKeys.Contains(key) ? " (write it as Markdown after the front matter's closing '---': the body is the page's text)"
                    : Spelling.Closest(key, known) is { } suggestion ? $" (did you mean '{suggestion}'?)"
                    : string.Empty;
                diagnostics.Error(codes.UnknownKey, keyNode.Location, $"unknown key '{key}'{where}{hint}");
            }
        }

        foreach (var field in shape.Fields.Values.Where(f => f.Required))
        {
            // A key with a value of the wrong type is reported once, as that; only absent or empty values
            // are missing. One written under another generator's name was reported as that.
            if ((!keyLocations.ContainsKey(field.Key) || empty?.Contains(field.Key) == true) && !field.OtherNames.Any(keyLocations.ContainsKey))
            {
                var location = keyLocations.TryGetValue(field.Key, out var at) ? at : mapping.Location;
                var name = parent is null ? field.Key : $"{parent}.{field.Key}";
                diagnostics.Error(codes.MissingField, location, $"missing required field '{name}'");
            }
        }

        record.Origin = mapping.Location;
        record.KeyLocations = keyLocations;
        record.Extra = extra is null ? ReadOnlyDictionary<string, object?>.Empty : extra;
        record.CheckValues(diagnostics, codes);
        return record;
    }

    private object? Convert(Field field, FrontMatterNode node, string name)
    {
        var type = field.Property.PropertyType;
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target == typeof(IReadOnlyList<Located<string>>))
        {
            return ConvertList(node, name, field.MaxItems);
        }

        if (target.IsGenericType && target.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)
            && typeof(BoundRecord).IsAssignableFrom(target.GetGenericArguments()[0]))
        {
            return ConvertRecordList(target.GetGenericArguments()[0], node, name, field.MaxItems);
        }

        if (target == typeof(IReadOnlyDictionary<string, string>))
        {
            return ConvertTextMap(node, name);
        }

        if (typeof(BoundRecord).IsAssignableFrom(target))
        {
            if (node is MappingNode nested)
            {
                return Bind(target, nested, name);
            }

            return WrongType(node, $"'{name}' must be a mapping of keys to values, not {Describe(node)}"
                + (target == typeof(ProfileLinks) && AsProfileLinks(node) is { } written ? $" (write {name}: {{ {written} }})" : string.Empty));
        }

        if (node is not ScalarNode scalar)
        {
            return WrongType(node, $"'{name}' must be {Expected(target)}, not {node.Describe()}");
        }

        var text = scalar.Value;
        if (field.IsHandleOrUrl && HandleOrUrlProblem(text) is { } handleProblem)
        {
            return UnsafeUrl(node, $"'{name}' must be a handle like @name or an http or https URL, not {SafeUrl.Display(text)}{handleProblem}");
        }

        if (target == typeof(string))
        {
            return text;
        }

        if (target == typeof(SafeUrl))
        {
            var use = field.IsImageUrl ? UrlUse.Image : UrlUse.Link;
            return SafeUrl.TryCreate(text, use, out var url, out var problem)
                ? url
                : UnsafeUrl(node, $"'{name}' must be {SafeUrl.Expected(use)}, not {SafeUrl.Display(text)} ({problem})");
        }

        if (target == typeof(PartialDate))
        {
            return PartialDate.TryParse(text, out var date)
                ? date
                : WrongType(node, $"'{name}' must be a date like 2018, 2018-06 or 2018-06-01, not '{text}'");
        }

        if (target == typeof(int))
        {
            return scalar.Kind is ScalarKind.Plain or ScalarKind.Integer
                && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
                ? number
                : WrongType(node, $"'{name}' must be a whole number, not '{text}'" + (name == "duration" && Minutes(text) is { } minutes ? $" (write {minutes})" : string.Empty));
        }

        if (target == typeof(bool))
        {
            return scalar.Kind is ScalarKind.Plain or ScalarKind.Boolean && bool.TryParse(text, out var flag)
                ? flag
                : WrongType(node, $"'{name}' must be true or false, not '{text}'" + (text.ToLowerInvariant() switch
                {
                    "yes" or "y" or "on" => " (write true)",
                    "no" or "n" or "off" => " (write false)",
                    _ => string.Empty,
                }));
        }

        if (target == typeof(TimeOnly))
        {
            return TimeOnly.TryParseExact(text, ["H:mm", "HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
                ? time
                : WrongType(node, $"'{name}' must be a time like 14:30, not '{text}'" + (TwelveHourTime(text) is { } meant ? $" (write {meant:HH:mm})" : string.Empty));
        }

        if (target.IsEnum)
        {
            var names = Enum.GetNames(target);
            var values = names.Select(n => n.ToLowerInvariant()).ToList();
            var lowered = text.Trim().ToLowerInvariant();
            var index = values.IndexOf(lowered);
            if (index >= 0)
            {
                return Enum.Parse(target, names[index]);
            }

            // "Lightning Talk" or "panel discussion": the first of its words that is a value, the one that qualifies the rest.
            var named = lowered.Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(values.Contains);
            var hint = Spelling.Closest(lowered, values) is { } suggestion ? $"did you mean '{suggestion}'?"
                : named is not null ? $"did you mean '{named}'?"
                : "expected " + string.Join(", ", values.SkipLast(1)) + " or " + values[^1];
            diagnostics.Error(codes.InvalidValue, node.Location, $"unknown {name} '{text}' ({hint})");
            return null;
        }

        throw new NotSupportedException($"No front-matter conversion for {target}.");
    }

    /// <summary>A number of minutes written with its unit, as in 45 min, 1h or 1:30; null for any other text.</summary>
    private static int? Minutes(string text)
    {
        var match = System.Text.RegularExpressions.Regex.Match(
            text.Trim().ToLowerInvariant(),
            @"^(?:(?<m>\d{1,4})\s*(?:m|mins?|minutes?)|(?<h>\d{1,2})\s*(?:h|hrs?|hours?)(?:\s*(?<hm>\d{1,2})\s*(?:m|mins?|minutes?)?)?|(?<h>\d{1,2}):(?<hm>\d{2}))$",
            System.Text.RegularExpressions.RegexOptions.None,
            TimeSpan.FromSeconds(1));
        if (!match.Success)
        {
            return null;
        }

        int Of(string group) => match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;
        return Of("m") + (Of("h") * 60) + Of("hm");
    }

    /// <summary>A time written on a twelve-hour clock, as in 9:30am, 9.30 PM or 2pm; null for any other text.</summary>
    private static TimeOnly? TwelveHourTime(string text) =>
        TimeOnly.TryParseExact(
            text.Replace(" ", string.Empty, StringComparison.Ordinal).Replace('.', ':').ToUpperInvariant(),
            ["h:mmtt", "htt"],
            CultureInfo.InvariantCulture,
            DateTimeStyles.None,
            out var time) ? time : null;

    /// <summary>
    /// The items a list written as text meant: "Rust, Systems" or "Rust; Systems", and for names
    /// whatever joins people's names (<see cref="PersonName.Joined"/>): "Ada Lovelace and Grace Hopper".
    /// </summary>
    private static IEnumerable<string> ItemsOf(string text, bool names) => names
        ? PersonName.Joined(text)
        : text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private List<Located<string>>? ConvertList(FrontMatterNode node, string name, int maxItems)
    {
        if (node is ScalarNode scalar)
        {
            return WrongType<List<Located<string>>>(node, $"'{name}' must be a list, not text (write [{string.Join(", ", ItemsOf(scalar.Value, name == "speakers"))}])");
        }

        if (node is not SequenceNode sequence)
        {
            return WrongType<List<Located<string>>>(node, $"'{name}' must be a list, not {node.Describe()}");
        }

        if (sequence.Items.Count > maxItems)
        {
            diagnostics.Error(codes.InvalidValue, node.Location, $"'{name}' has {sequence.Items.Count} items; a list may have at most {maxItems}");
            return null;
        }

        var items = new List<Located<string>>(sequence.Items.Count);
        foreach (var item in sequence.Items)
        {
            if (item is ScalarNode { IsNull: false } text)
            {
                // An empty item, as a null one, names nothing: "speakers: [Ada, '']" has one speaker.
                if (!string.IsNullOrWhiteSpace(text.Value))
                {
                    items.Add(new Located<string>(text.Value.Trim(), text.Location));
                }
            }
            else if (UnquotedPair(item) is { } written)
            {
                diagnostics.Error(codes.WrongType, item.Location, $"each item of '{name}' must be text; quote an item with a colon in it (write {YamlText.Scalar(written)})");
            }
            else if (item is not ScalarNode)
            {
                diagnostics.Error(codes.WrongType, item.Location, $"each item of '{name}' must be text, not {item.Describe()}");
            }
        }

        return items;
    }

    /// <summary>A list of mappings, each bound to <paramref name="itemType"/> (a talk's <c>links</c>).</summary>
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "A record is a class: compiled ahead of time, List<T> of one runs the code shared by every List<T> of a class.")]
    private object? ConvertRecordList(Type itemType, FrontMatterNode node, string name, int maxItems)
    {
        if (node is not SequenceNode sequence)
        {
            return WrongType(node, $"'{name}' must be a list, not {Describe(node)}");
        }

        if (sequence.Items.Count > maxItems)
        {
            diagnostics.Error(codes.InvalidValue, node.Location, $"'{name}' has {sequence.Items.Count} items; a list may have at most {maxItems}");
            return null;
        }

        var items = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(itemType))!;
        foreach (var item in sequence.Items)
        {
            if (item is MappingNode mapping)
            {
                items.Add(Bind(itemType, mapping, name));
            }
            else
            {
                diagnostics.Error(codes.WrongType, item.Location, $"each item of '{name}' must be a mapping of keys to values, not {Describe(item)}");
            }
        }

        return items;
    }

    /// <summary>A mapping of keys to text (the values an import last wrote).</summary>
    private Dictionary<string, string>? ConvertTextMap(FrontMatterNode node, string name)
    {
        if (node is not MappingNode mapping)
        {
            return WrongType<Dictionary<string, string>>(node, $"'{name}' must be a mapping of keys to values, not {Describe(node)}");
        }

        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Entries)
        {
            if (value is ScalarNode scalar)
            {
                map[key.Value] = scalar.IsNull ? string.Empty : scalar.Value;
            }
            else
            {
                diagnostics.Error(codes.WrongType, value.Location, $"'{name}.{key.Value}' must be text, not {value.Describe()}");
            }
        }

        return map;
    }

    /// <summary>
    /// The text of an item YAML read as a one-pair mapping because it holds <c>: </c> unquoted
    /// (<c>- Dr: Who</c>, <c>[Dr: Who]</c>): a name, not a mapping anyone meant to write.
    /// </summary>
    private static string? UnquotedPair(FrontMatterNode item) => item switch
    {
        MappingNode { Entries: [{ Key.Kind: ScalarKind.Plain } only] } when only.Value is ScalarNode { IsNull: true } => only.Key.Value + ":",
        MappingNode { Entries: [{ Key.Kind: ScalarKind.Plain } only] } when only.Value is ScalarNode { Kind: ScalarKind.Plain } value => $"{only.Key.Value}: {value.Value}",
        _ => null,
    };

    private object? WrongType(FrontMatterNode node, string message) => WrongType<object>(node, message);

    /// <summary>
    /// Null for a handle (no scheme, not a path) or a safe http(s) URL; otherwise what to add to
    /// the message: why the URL is refused, or nothing for a scheme-less path.
    /// </summary>
    private static string? HandleOrUrlProblem(string text)
    {
        var scheme = SafeUrl.SchemeOf(text);
        if (scheme is null && !text.TrimStart().StartsWith('/'))
        {
            // No service's handle holds a '/': twitter.com/ada would link to x.com/twitter.com/ada.
            var handle = text.Trim();
            return !handle.Contains('/', StringComparison.Ordinal) ? null
                : SafeUrl.SchemeHint(handle) is { } hint ? $" ({hint})"
                : " (a handle holds no '/')";
        }

        if (!SafeUrl.TryCreate(text, UrlUse.Image, out _, out var problem))
        {
            return $" ({problem})";
        }

        return scheme is null ? string.Empty : null;
    }

    private object? UnsafeUrl(FrontMatterNode node, string message)
    {
        diagnostics.Error(codes.UnsafeUrl, node.Location, message);
        return null;
    }

    private T? WrongType<T>(FrontMatterNode node, string message)
        where T : class
    {
        diagnostics.Error(codes.WrongType, node.Location, message);
        return null;
    }

    private static string Describe(FrontMatterNode node) => node is ScalarNode ? "text" : node.Describe();

    private static string Expected(Type target) =>
        target == typeof(string) ? "text"
        : target == typeof(PartialDate) ? "a date"
        : target == typeof(int) ? "a whole number"
        : target == typeof(bool) ? "true or false"
        : target == typeof(TimeOnly) ? "a time"
        : target == typeof(SafeUrl) ? "a URL"
        : "a single value";

    /// <summary>Theme-declared keys are handed to templates as plain strings, lists and dictionaries.</summary>
    private static object? ToPlainValue(FrontMatterNode node) => node switch
    {
        ScalarNode { IsNull: true } => null,
        ScalarNode scalar => scalar.Value,
        SequenceNode sequence => sequence.Items.Select(ToPlainValue).ToList(),
        MappingNode mapping => mapping.Entries.ToDictionary(e => e.Key.Value, e => ToPlainValue(e.Value), StringComparer.Ordinal),
        _ => null,
    };

    /// <summary>A key of a record, with what its attributes say, read once per type rather than per value.</summary>
    private sealed record Field(string Key, PropertyInfo Property)
    {
        public bool Required { get; } = Property.GetCustomAttribute<RequiredKeyAttribute>() is not null;

        public int MaxItems { get; } = Property.GetCustomAttribute<MaxItemsAttribute>()?.Count ?? MaxListItems;

        public bool IsHandleOrUrl { get; } = Property.GetCustomAttribute<HandleOrUrlAttribute>() is not null;

        public bool IsImageUrl { get; } = Property.GetCustomAttribute<ImageUrlAttribute>() is not null;

        public IReadOnlyList<string> OtherNames { get; } = Property.GetCustomAttribute<OtherNamesAttribute>()?.Names ?? [];
    }

    /// <summary>
    /// A list of links written as profile links' keys, each by the host it is on:
    /// <c>github: https://github.com/ada, website: https://ada.dev</c>; null when an item is not text.
    /// </summary>
    private static string? AsProfileLinks(FrontMatterNode node)
    {
        if (node is not SequenceNode { Items.Count: > 0 } list || list.Items.Any(i => i is not ScalarNode))
        {
            return null;
        }

        var keys = list.Items.Cast<ScalarNode>().Select(item => (Key: ProfileKey(item.Value.Trim()), item.Value.Trim()))
            .GroupBy(link => link.Key).Select(links => links.First());
        return string.Join(", ", keys.Select(link => $"{link.Key}: {link.Item2}"));
    }

    private static string ProfileKey(string link)
    {
        var host = Uri.TryCreate(link, UriKind.Absolute, out var uri) ? uri.Host.ToLowerInvariant() : string.Empty;
        return host switch
        {
            "github.com" or "www.github.com" => "github",
            "twitter.com" or "www.twitter.com" or "x.com" => "twitter",
            "linkedin.com" or "www.linkedin.com" => "linkedin",
            "bsky.app" => "bluesky",
            "" when link.StartsWith('@') && link.IndexOf('@', 1) > 0 => "mastodon",
            _ => "website",
        };
    }

    private sealed record RecordShape(IReadOnlyDictionary<string, Field> Fields, IReadOnlyDictionary<string, string> NotKeys)
    {
        /// <summary>The key of this record's mapping that has a key named <paramref name="key"/> (<c>links</c> has <c>twitter</c>); null when none has.</summary>
        [UnconditionalSuppressMessage("Trimming", "IL2072", Justification = KeptWhole)]
        public string? Holding(string key) => Fields.Values
            .FirstOrDefault(f => typeof(BoundRecord).IsAssignableFrom(f.Property.PropertyType) && Shapes.GetOrAdd(f.Property.PropertyType, Of).Fields.ContainsKey(key))?.Key;

        /// <summary>
        /// Each of the record's keys by the names other generators give it (<see cref="OtherNamesAttribute"/>),
        /// in any case: Hugo reads front matter keys so, and its themes write <c>ShowToc</c> and <c>Tags</c>.
        /// </summary>
        public IReadOnlyDictionary<string, string> OtherNames { get; } =
            Fields.Values.SelectMany(f => f.OtherNames.Select(name => (name, f.Key))).ToDictionary(p => p.name, p => p.Key, StringComparer.OrdinalIgnoreCase);

        [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = KeptWhole)]
        public static RecordShape Of(Type type)
        {
            var fields = type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(p => p.SetMethod is { IsPublic: true })
                .Select(p => new Field(p.GetCustomAttribute<KeyAttribute>()?.Name ?? SnakeCase(p.Name), p))
                .ToDictionary(f => f.Key, StringComparer.Ordinal);
            return new RecordShape(fields, type.GetCustomAttributes<NotAKeyAttribute>().ToDictionary(a => a.Key, a => a.Hint, StringComparer.Ordinal));
        }

        private static string SnakeCase(string name) =>
            string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
    }
}
