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

        return codes;
    });

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

    /// <summary>The two-letter code of a language given by its code, its three-letter code or its name in English or in itself (<c>fr</c> for "French" or "français"); null for none this machine knows.</summary>
    public static string? CodeOf(string language) => Codes.Value.TryGetValue(language.Trim(), out var code) ? code : null;
}
