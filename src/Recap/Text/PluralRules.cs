namespace Recap.Text;

/// <summary>
/// Which form of a counted word a language uses for a whole number: the categories of the Unicode
/// CLDR plural rules (<c>zero</c>, <c>one</c>, <c>two</c>, <c>few</c>, <c>many</c>, <c>other</c>),
/// for counts of things, which are never fractions. Languages not listed here have a singular for
/// one and a plural for every other count, as English does.
/// </summary>
internal static class PluralRules
{
    public static readonly IReadOnlyList<string> Categories = ["zero", "one", "two", "few", "many", "other"];

    private static readonly HashSet<string> NoPlural = new(StringComparer.OrdinalIgnoreCase)
    {
        "ja", "zh", "ko", "vi", "th", "id", "ms", "lo", "km", "my", "yue", "jv", "su", "bo", "dz", "ii", "ig", "yo", "to", "wo", "sah", "kea", "ses", "sg", "nqo",
    };

    /// <summary>Zero and one take the singular: French, Brazilian Portuguese, Hindi, Persian, ...</summary>
    private static readonly HashSet<string> ZeroIsSingular = new(StringComparer.OrdinalIgnoreCase)
    {
        "fr", "pt", "hi", "fa", "bn", "gu", "kn", "mr", "zu", "am", "as", "ff", "hy", "kab", "pa", "si", "ln", "ti", "wa",
    };

    /// <summary>Russian and the languages whose counts take one of three forms by their last digits.</summary>
    private static readonly HashSet<string> EastSlavic = new(StringComparer.OrdinalIgnoreCase) { "ru", "uk", "be" };

    private static readonly HashSet<string> WestSlavicFew = new(StringComparer.OrdinalIgnoreCase) { "cs", "sk" };

    private static readonly HashSet<string> SouthSlavic = new(StringComparer.OrdinalIgnoreCase) { "hr", "sr", "bs", "sh" };

    /// <summary>The category of <paramref name="count"/> in <paramref name="language"/> (a BCP 47 tag: only its language counts, but <c>pt-PT</c> is told from <c>pt</c>).</summary>
    public static string Category(string? language, long count)
    {
        var tag = language?.Trim() ?? string.Empty;
        var code = tag.Split('-', '_')[0];
        var n = Math.Abs(count);
        var last = n % 10;
        var lastTwo = n % 100;
        if (NoPlural.Contains(code))
        {
            return "other";
        }

        if (ZeroIsSingular.Contains(code) && !tag.Equals("pt-PT", StringComparison.OrdinalIgnoreCase))
        {
            return n is 0 or 1 ? "one" : "other";
        }

        if (EastSlavic.Contains(code) || SouthSlavic.Contains(code))
        {
            return last == 1 && lastTwo != 11 ? "one"
                : last is >= 2 and <= 4 && lastTwo is < 12 or > 14 ? "few"
                : SouthSlavic.Contains(code) ? "other" : "many";
        }

        return code.ToLowerInvariant() switch
        {
            "pl" => n == 1 ? "one" : last is >= 2 and <= 4 && lastTwo is < 12 or > 14 ? "few" : "many",
            _ when WestSlavicFew.Contains(code) => n == 1 ? "one" : n is >= 2 and <= 4 ? "few" : "other",
            "ar" => n switch
            {
                0 => "zero",
                1 => "one",
                2 => "two",
                _ when lastTwo is >= 3 and <= 10 => "few",
                _ when lastTwo is >= 11 and <= 99 => "many",
                _ => "other",
            },
            "he" or "iw" => n switch { 1 => "one", 2 => "two", _ => "other" },
            "ga" => n switch { 1 => "one", 2 => "two", >= 3 and <= 6 => "few", >= 7 and <= 10 => "many", _ => "other" },
            "lt" => last == 1 && lastTwo is < 11 or > 19 ? "one" : last is >= 2 and <= 9 && lastTwo is < 11 or > 19 ? "few" : "other",
            "lv" => last == 0 || lastTwo is >= 11 and <= 19 ? "zero" : last == 1 && lastTwo != 11 ? "one" : "other",
            "ro" or "mo" => n == 1 ? "one" : n == 0 || lastTwo is >= 1 and <= 19 ? "few" : "other",
            "sl" => lastTwo switch { 1 => "one", 2 => "two", 3 or 4 => "few", _ => "other" },
            "cy" => n switch { 0 => "zero", 1 => "one", 2 => "two", 3 => "few", 6 => "many", _ => "other" },
            "is" => last == 1 && lastTwo != 11 ? "one" : "other",
            "mk" => last == 1 && lastTwo != 11 ? "one" : "other",
            _ => n == 1 ? "one" : "other",
        };
    }
}
