using System.Globalization;

namespace Recap.Import;

/// <summary>A programme's language as a short code: <c>en</c> for "en", "EN", "eng" or "English".</summary>
internal static class Languages
{
    private static readonly Lazy<Dictionary<string, string>> Codes = new(() =>
    {
        var codes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.NeutralCultures).Where(c => c.TwoLetterISOLanguageName.Length == 2))
        {
            codes.TryAdd(culture.TwoLetterISOLanguageName, culture.TwoLetterISOLanguageName);
            codes.TryAdd(culture.ThreeLetterISOLanguageName, culture.TwoLetterISOLanguageName);
            codes.TryAdd(culture.EnglishName, culture.TwoLetterISOLanguageName);
            codes.TryAdd(culture.NativeName, culture.TwoLetterISOLanguageName);
        }

        // Names in common use that are not the one ICU gives the language.
        if (codes.Count > 0)
        {
            foreach (var (name, code) in new[] { ("Farsi", "fa"), ("Mandarin", "zh"), ("Castilian", "es"), ("Flemish", "nl"), ("Moldovan", "ro"), ("Tagalog", "tl") })
            {
                codes.TryAdd(name, code);
            }
        }

        return codes;
    });

    /// <summary>ISO 639-1: every language that has a two-letter code.</summary>
    private static readonly HashSet<string> TwoLetterCodes = new(
        """
        aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu
        fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn
        ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os
        pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw
        ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Codes written for a language that are not its code: countries' (<c>jp</c> is Japan, Japanese is <c>ja</c>) and withdrawn ones.</summary>
    private static readonly Dictionary<string, (string Code, string Why)> MistakenCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["at"] = ("de", "Austria's country code"), ["cn"] = ("zh", "China's country code"), ["cz"] = ("cs", "Czechia's country code"),
        ["dk"] = ("da", "Denmark's country code"), ["gb"] = ("en", "the United Kingdom's country code"), ["gr"] = ("el", "Greece's country code"),
        ["hk"] = ("zh", "Hong Kong's country code"), ["il"] = ("he", "Israel's country code"), ["ir"] = ("fa", "Iran's country code"),
        ["jp"] = ("ja", "Japan's country code"), ["mx"] = ("es", "Mexico's country code"), ["rs"] = ("sr", "Serbia's country code"),
        ["ua"] = ("uk", "Ukraine's country code"), ["us"] = ("en", "the United States' country code"), ["vn"] = ("vi", "Vietnam's country code"),
        ["in"] = ("id", "Indonesian's withdrawn code"), ["iw"] = ("he", "Hebrew's withdrawn code"), ["ji"] = ("yi", "Yiddish's withdrawn code"),
        ["jw"] = ("jv", "Javanese's withdrawn code"), ["mo"] = ("ro", "Moldovan's withdrawn code"),
    };

    /// <summary>The code as a YAML value, or the text as given (trimmed) when it is no language this machine knows; null for none.</summary>
    public static string? Normalise(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return null;
        }

        var text = language.Trim();
        return Scaffolding.YamlText.Scalar(CodeOf(text) ?? text);
    }

    /// <summary>Whether <paramref name="code"/> of two letters is a language's (<c>ja</c>), not a country's (<c>jp</c>) or nothing's.</summary>
    public static bool IsTwoLetterCode(string code) => TwoLetterCodes.Contains(code);

    /// <summary>A language of two or three letters, then subtags of one to eight letters or digits, each after a hyphen.</summary>
    public static bool IsLanguageTag(string text)
    {
        var parts = text.Split('-');
        return parts[0].Length is 2 or 3 && parts[0].All(char.IsAsciiLetter)
            && parts.Skip(1).All(p => p.Length is >= 1 and <= 8 && p.All(char.IsAsciiLetterOrDigit));
    }

    /// <summary>
    /// What is wrong with a language tag's code, said whole: a three-letter code with a two-letter
    /// one ("language 'jpn' has a two-letter code, which pages should use: write ja"), a two-letter
    /// code no language has ("language 'jp' is no language's code (jp is Japan's country code):
    /// write ja"; for <c>xx</c>, "language 'xx' is no language's code: " and
    /// <paramref name="ifUnknown"/>). Null for a code of a language, a three-letter code without a
    /// shorter one (too many to tell), and anything that is not a tag (a name such as German).
    /// </summary>
    public static string? MistakeIn(string tag, string ifUnknown)
    {
        if (!IsLanguageTag(tag))
        {
            return null;
        }

        var primary = tag.Split('-')[0];
        var rest = tag[primary.Length..];
        return primary.Length switch
        {
            3 when CodeOf(primary) is { Length: 2 } shorter => $"language '{tag}' has a two-letter code, which pages should use: write {shorter}{rest}",
            2 when Mistaken(primary) is { } mistaken => $"language '{tag}' is no language's code ({primary.ToLowerInvariant()} is {mistaken.Why}): write {mistaken.Code}{rest}",
            2 when !IsTwoLetterCode(primary) => $"language '{tag}' is no language's code: {ifUnknown}",
            _ => null,
        };
    }

    /// <summary>For a code written for a language that is not its code (<c>jp</c>, <c>iw</c>), the code and what the written one is.</summary>
    public static (string Code, string Why)? Mistaken(string code) => MistakenCodes.TryGetValue(code, out var mistaken) ? mistaken : null;

    /// <summary>The two-letter code of a language given by its code, its three-letter code or its name in English or in itself (<c>fr</c> for "French" or "français"); null for none this machine knows.</summary>
    public static string? CodeOf(string language) => Codes.Value.TryGetValue(language.Trim(), out var code) ? code : null;
}
