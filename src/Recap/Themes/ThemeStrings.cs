using System.Globalization;
using Recap.Content;
using Recap.Diagnostics;
using Recap.Text;

namespace Recap.Themes;

/// <summary>
/// The words a theme writes on its pages (<c>Talk by</c>, <c>3 talks</c>, <c>14 June 2018</c>) in
/// the site's language. Each is looked up by key in <c>i18n/&lt;language&gt;.yml</c> of the site,
/// then of its theme, then of the default theme; for the language as the site names it
/// (<c>pt-BR</c>), then without its last part (<c>pt</c>), and last in English, key by key, so a
/// translation that lacks a word shows it in English. A value is text, where <c>{0}</c>,
/// <c>{1}</c>, ... stand for what the page fills in, or for a counted word a mapping of the
/// language's plural forms (<see cref="PluralRules"/>).
/// </summary>
internal sealed class ThemeStrings
{
    public const string Folder = "i18n";

    private const string Fallback = "en";

    /// <summary>The longest a word may be, in characters.</summary>
    private const int MaxLength = 10_000;

    /// <summary>The words that are lists of names, how many names each takes, and what they are.</summary>
    private static readonly Dictionary<string, (int Least, int Most, string What)> Lists = new(StringComparer.Ordinal)
    {
        ["months"] = (12, 12, "the twelve names of the months, January first"),
        ["days"] = (0, 31, "how the first days of a month are written, the 1st first, at most 31"),
    };

    /// <summary>Each language code's name in the site's language, as pages ask for it again and again.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> _languageNames = new(StringComparer.Ordinal);

    private readonly IReadOnlyList<Catalog> _catalogs;

    /// <summary>How numbers are written in the site's language: <c>1,597</c>, <c>1.597</c>, <c>1 597</c>.</summary>
    private readonly CultureInfo _culture;

    /// <summary>Each key's words as the lookup order finds them first, so that a page's lookup is one.</summary>
    private readonly Dictionary<string, (Catalog Catalog, Entry Entry)> _found = new(StringComparer.Ordinal);

    private ThemeStrings(string language, IReadOnlyList<Catalog> catalogs)
    {
        _catalogs = catalogs;
        foreach (var catalog in catalogs)
        {
            foreach (var (key, entry) in catalog.Entries)
            {
                _found.TryAdd(key, (catalog, entry));
            }
        }

        _culture = CultureOf(language);
        Dates = new DateWords(
            Months: [.. Enumerable.Range(0, 12).Select(i => MonthName(i))],
            Day: DatePattern("date_day", DateWords.English.Day),
            Month: DatePattern("date_month", DateWords.English.Month),
            DaysInMonth: DatePattern("dates_in_month", DateWords.English.DaysInMonth),
            DaysInYear: DatePattern("dates_in_year", DateWords.English.DaysInYear),
            Range: DatePattern("date_range", DateWords.English.Range),
            Days: Find("days")?.Entry.List);
    }

    /// <summary>English from the default theme alone: what a page says when nothing else is known.</summary>
    public static ThemeStrings English { get; } = Load(null, [new EmbeddedThemeSource()], Fallback, new DiagnosticBag());


    /// <summary>How dates read: month names and the order of day, month and year.</summary>
    public DateWords Dates { get; }

    /// <summary>The keys the themes' English has: the words a site's files may translate.</summary>
    public IEnumerable<string> Keys => _catalogs.Where(c => c.Language.Equals(Fallback, StringComparison.OrdinalIgnoreCase) && !c.IsSite).SelectMany(c => c.Entries.Keys).Distinct();

    public bool Has(string key) => Find(key) is not null;

    /// <summary>The words of <paramref name="key"/> with its placeholders filled in; the first whole number chooses a counted word's form.</summary>
    public string Text(string key, params ReadOnlySpan<object?> arguments) => Text(key, null, arguments);

    /// <summary>
    /// As <see cref="Text"/>, for a line a page's script shows: each number joined to the words
    /// beside it by no-break spaces (U+00A0), as <see cref="Html"/> joins them.
    /// </summary>
    public string TextKeepingNumbersWithTheirWords(string key, params ReadOnlySpan<object?> arguments) => Text(key, "\u00A0", arguments);

    private string Text(string key, string? noBreakSpace, ReadOnlySpan<object?> arguments)
    {
        var pattern = Pattern(key, arguments);
        var values = new string[arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            values[i] = Format(arguments[i]);
            if (noBreakSpace is not null && WholeNumber(arguments[i]) is not null)
            {
                pattern = GlueToNumber(pattern, i, noBreakSpace);
            }
        }

        return Placeholders.Fill(pattern, values);
    }

    /// <summary>
    /// As <see cref="Text"/>, as markup: the words escaped, and the arguments too unless they are
    /// markup already (<see cref="HtmlString"/>). A number is kept on one line with the word beside
    /// it (<c>3&amp;nbsp;talks</c>, <c>45&amp;nbsp;min</c>, <c>발표&amp;nbsp;3개</c>), so a narrow screen
    /// never ends a line with a count whose noun starts the next.
    /// </summary>
    public HtmlString Html(string key, params ReadOnlySpan<object?> arguments)
    {
        var pattern = HtmlEscaper.Escape(Pattern(key, arguments));
        var values = new string[arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            values[i] = arguments[i] is HtmlString html ? html.Value : HtmlEscaper.Escape(Format(arguments[i]));
            if (WholeNumber(arguments[i]) is not null)
            {
                pattern = GlueToNumber(pattern, i, "&nbsp;");
            }
        }

        return new HtmlString(Placeholders.Fill(pattern, values));
    }

    /// <summary><paramref name="pattern"/> with the spaces on either side of <c>{index}</c> made <paramref name="noBreakSpace"/>.</summary>
    private static string GlueToNumber(string pattern, int index, string noBreakSpace)
    {
        var gap = "{" + index.ToString(CultureInfo.InvariantCulture) + "}";
        return pattern.Replace(gap + " ", gap + noBreakSpace, StringComparison.Ordinal).Replace(" " + gap, noBreakSpace + gap, StringComparison.Ordinal);
    }

    /// <summary>The words of <paramref name="key"/> unfilled: text, or for a counted word its forms by plural category.</summary>
    public object Raw(string key) => (object?)Required(key).Entry.Forms ?? Required(key).Entry.Text ?? string.Empty;

    private string Pattern(string key, ReadOnlySpan<object?> arguments)
    {
        var (catalog, entry) = Required(key);
        if (entry.Forms is not { } forms)
        {
            return entry.Text ?? string.Empty;
        }

        long? count = null;
        foreach (var argument in arguments)
        {
            if (WholeNumber(argument) is { } n)
            {
                count = n;
                break;
            }
        }

        var category = count is { } c ? PluralRules.Category(catalog.Language, c) : "other";
        return forms.TryGetValue(category, out var form) ? form : forms["other"];
    }

    private string DatePattern(string key, string english) => Find(key) is { Entry.Text: { } text } ? text : english;

    private string MonthName(int index) =>
        Find("months") is { Entry.List: { Count: 12 } months } ? months[index] : DateWords.English.Months[index];

    private (Catalog Catalog, Entry Entry)? Find(string key) => _found.TryGetValue(key, out var found) ? found : null;

    private (Catalog Catalog, Entry Entry) Required(string key) => Find(key) ?? throw new KeyNotFoundException($"no words for '{key}' in {Folder}/{Fallback}.yml");

    private string Format(object? value) => value switch
    {
        null => string.Empty,
        HtmlString html => html.Value,
        _ when WholeNumber(value) is { } n => n.ToString("N0", _culture),
        IFormattable formattable => formattable.ToString(null, _culture),
        _ => value.ToString() ?? string.Empty,
    };

    private static long? WholeNumber(object? value) => value switch
    {
        int i => i,
        long l => l,
        short s => s,
        byte b => b,
        uint u => u,
        double d when d == Math.Floor(d) && Math.Abs(d) < long.MaxValue => (long)d,
        decimal m when m == decimal.Floor(m) => (long)m,
        _ => null,
    };

    /// <summary>
    /// The name of <paramref name="language"/>, a language code, in the site's language: "Japanese",
    /// "Japanisch", "日本語". A name, or a code this machine does not know, is given back as written.
    /// </summary>
    public string? LanguageName(string? language) =>
        string.IsNullOrEmpty(language) ? language : _languageNames.GetOrAdd(language, NameOf);

    private string? NameOf(string language)
    {
        var code = language.Trim();
        if (code.Length == 0 || !Import.Languages.IsLanguageTag(code))
        {
            return language;
        }

        CultureInfo named;
        try
        {
            named = CultureInfo.GetCultureInfo(code, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            return language;
        }

        // ICU names a culture in the current UI culture, which is this thread's alone.
        var ui = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = _culture;
            return named.DisplayName;
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
        }
    }

    private static CultureInfo CultureOf(string language)
    {
        try
        {
            return CultureInfo.GetCultureInfo(language);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }

    /// <summary>
    /// The words of every layer for <paramref name="language"/>: the site's own, then
    /// <paramref name="themes"/> in lookup order (its theme, the default theme), each for the
    /// language, its shorter forms, and English. A file that does not read, a value of the wrong
    /// shape, and a key of the site's that no theme has, are reported.
    /// </summary>
    public static ThemeStrings Load(ThemeSource? site, IReadOnlyList<ThemeSource> themes, string? language, DiagnosticBag diagnostics)
    {
        var tag = string.IsNullOrWhiteSpace(language) ? Fallback : language.Trim();
        var catalogs = new List<Catalog>();
        var sources = site is null ? themes : [site, .. themes];
        // Each layer's folder is listed once, for every language of the chain and the warnings.
        var folders = sources.Select(s => (Source: s, Paths: s.List(Folder).ToList())).ToList();
        foreach (var candidate in Chain(tag))
        {
            foreach (var (source, paths) in folders)
            {
                var path = paths.Where(IsYaml).FirstOrDefault(p => string.Equals(LanguageOf(p), candidate, StringComparison.OrdinalIgnoreCase));
                if (path is not null && source.ReadText(path) is { } text)
                {
                    var displayPath = source.DisplayPath(path);
                    if (!source.IsOnDisk)
                    {
                        diagnostics.RegisterSource(displayPath, text);
                    }

                    catalogs.Add(new Catalog(candidate, source == site, Read(text, displayPath, diagnostics)));
                }
            }
        }

        foreach (var (source, paths) in folders.Where(f => f.Source.IsOnDisk))
        {
            WarnOfFilesNamedOtherwise(source, paths, diagnostics);
        }

        var strings = new ThemeStrings(tag, catalogs);
        strings.WarnOfUnknownKeys(catalogs, diagnostics);
        return strings;
    }

    private static bool IsYaml(string path) =>
        Path.GetExtension(path).Equals(".yml", StringComparison.OrdinalIgnoreCase) || Path.GetExtension(path).Equals(".yaml", StringComparison.OrdinalIgnoreCase);

    /// <summary>The language a file of words is named for: <c>pt-BR</c> for <c>i18n/pt_BR.yml</c>.</summary>
    private static string LanguageOf(string path) => Path.GetFileNameWithoutExtension(path).Replace('_', '-');

    /// <summary>
    /// <c>zh-Hant-TW</c>, <c>zh-Hant</c>, <c>zh</c>, then English. Chinese as Taiwan, Hong Kong and
    /// Macao write it is in traditional characters, which a tag without its script does not say:
    /// <c>zh-TW</c>, <c>zh-Hant</c>, <c>zh</c>, then English.
    /// </summary>
    private static IEnumerable<string> Chain(string tag)
    {
        var parts = tag.Replace('_', '-').Split('-', StringSplitOptions.RemoveEmptyEntries);
        for (var length = parts.Length; length > 0; length--)
        {
            if (length == 1 && parts is [var chinese, var region] && chinese.Equals("zh", StringComparison.OrdinalIgnoreCase)
                && region.ToUpperInvariant() is "TW" or "HK" or "MO")
            {
                yield return "zh-Hant";
            }

            yield return string.Join('-', parts.Take(length));
        }

        if (!parts[0].Equals(Fallback, StringComparison.OrdinalIgnoreCase))
        {
            yield return Fallback;
        }
    }

    /// <summary>A file named for no language (<c>german.yml</c>, <c>de.json</c>) is read by no site: say so, and what to name it.</summary>
    private static void WarnOfFilesNamedOtherwise(ThemeSource source, IEnumerable<string> paths, DiagnosticBag diagnostics)
    {
        foreach (var path in paths)
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var isTag = Import.Languages.IsLanguageTag(LanguageOf(path));
            // A README beside the words is no mistake; a language's words in JSON, or YAML named for no language, are.
            if (isTag == IsYaml(path))
            {
                continue;
            }

            var code = isTag ? LanguageOf(path) : Import.Languages.CodeOf(name);
            var hint = code is null ? "name it for a language code, as de.yml or pt-BR.yml" : $"name it {code}.yml";
            diagnostics.Warning(DiagnosticCodes.UnknownConfigKey, SourceLocation.File(source.DisplayPath(path)), $"{Folder}/ holds words in a YAML file named for their language, so no site reads this one: {hint}");
        }
    }

    private void WarnOfUnknownKeys(List<Catalog> catalogs, DiagnosticBag diagnostics)
    {
        var known = Keys.ToHashSet(StringComparer.Ordinal);
        foreach (var catalog in catalogs)
        {
            foreach (var (key, entry) in catalog.Entries.Where(e => !known.Contains(e.Key)))
            {
                var suggestion = Spelling.Closest(key, known) is { } closest ? $" (did you mean '{closest}'?)" : string.Empty;
                diagnostics.Warning(DiagnosticCodes.UnknownConfigKey, entry.Location, $"'{key}' is not a word the theme writes{suggestion}");
            }
        }
    }

    private static Dictionary<string, Entry> Read(string text, string path, DiagnosticBag diagnostics)
    {
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        if (YamlFrontMatterParser.Parse(text, path, 1, diagnostics, DiagnosticCodes.InvalidConfig) is not { } mapping)
        {
            return entries;
        }

        foreach (var (keyNode, value) in mapping.Entries)
        {
            if (ReadEntry(keyNode, value, diagnostics) is { } entry)
            {
                entries[keyNode.Value] = entry;
            }
        }

        return entries;
    }

    private static Entry? ReadEntry(ScalarNode keyNode, FrontMatterNode value, DiagnosticBag diagnostics)
    {
        var key = keyNode.Value;
        if (Longest(value) is { } tooLong)
        {
            diagnostics.Error(DiagnosticCodes.InvalidConfigValue, tooLong.Location, string.Create(CultureInfo.InvariantCulture, $"'{key}' is {tooLong.Value.Length:N0} characters long: a theme's words are at most {MaxLength:N0}"));
            return null;
        }

        switch (value)
        {
            case ScalarNode { IsNull: true }:
                return null;
            case var _ when Lists.TryGetValue(key, out var list):
                if (value is SequenceNode { Items: var names } && names.Count >= list.Least && names.Count <= list.Most && names.All(n => n is ScalarNode { IsNull: false }))
                {
                    return new Entry(keyNode.Location) { List = [.. names.Cast<ScalarNode>().Select(s => s.Value)] };
                }

                var what = value is SequenceNode { Items.Count: var count } && (count < list.Least || count > list.Most) ? Plural.Count(count, "name") : value.Describe();
                diagnostics.Error(DiagnosticCodes.InvalidConfigValue, value.Location, $"'{key}' must list {list.What}, not {what}");
                return null;
            case ScalarNode scalar:
                return new Entry(keyNode.Location) { Text = scalar.Value };
            case MappingNode forms:
            {
                var byCategory = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var (category, form) in forms.Entries)
                {
                    if (!PluralRules.Categories.Contains(category.Value))
                    {
                        var suggestion = Spelling.Closest(category.Value, PluralRules.Categories) is { } closest ? $" (did you mean '{closest}'?)" : string.Empty;
                        diagnostics.Error(DiagnosticCodes.InvalidConfigValue, category.Location, $"'{category.Value}' of '{key}' is not a plural form: write zero, one, two, few, many or other{suggestion}");
                    }
                    else if (form is ScalarNode { IsNull: false } text)
                    {
                        byCategory[category.Value] = text.Value;
                    }
                    else
                    {
                        diagnostics.Error(DiagnosticCodes.InvalidConfigValue, form.Location, $"the '{category.Value}' form of '{key}' must be text, not {form.Describe()}");
                    }
                }

                if (!byCategory.ContainsKey("other"))
                {
                    diagnostics.Error(DiagnosticCodes.InvalidConfigValue, forms.Location, $"'{key}' has no 'other' form, which every count may fall back to");
                    return null;
                }

                return new Entry(keyNode.Location) { Forms = byCategory };
            }

            default:
                diagnostics.Error(DiagnosticCodes.InvalidConfigValue, value.Location, $"'{key}' must be text, or a mapping of plural forms (one: ..., other: ...), not {value.Describe()}");
                return null;
        }
    }

    /// <summary>The first text of <paramref name="value"/> longer than <see cref="MaxLength"/>, if any: each gap may be filled with a conference's name, and each word is written on every page.</summary>
    private static ScalarNode? Longest(FrontMatterNode value) => value switch
    {
        ScalarNode scalar => scalar.Value.Length > MaxLength ? scalar : null,
        SequenceNode sequence => sequence.Items.Select(Longest).FirstOrDefault(n => n is not null),
        MappingNode mapping => mapping.Entries.Select(e => Longest(e.Value)).FirstOrDefault(n => n is not null),
        _ => null,
    };

    /// <param name="IsSite">From the site's own <c>i18n/</c>, which translates a theme's words and adds none.</param>
    private sealed record Catalog(string Language, bool IsSite, Dictionary<string, Entry> Entries);

    /// <param name="Location">Where its key is.</param>
    private sealed record Entry(SourceLocation Location)
    {
        public string? Text { get; init; }

        public IReadOnlyList<string>? List { get; init; }

        public IReadOnlyDictionary<string, string>? Forms { get; init; }
    }
}
