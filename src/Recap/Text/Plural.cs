using System.Globalization;

namespace Recap.Text;

/// <summary>Counted nouns for messages and pages: "1 talk", "3 talks", "2 people", "1,597 talks".</summary>
internal static class Plural
{
    /// <summary>The count with its thousands separated, as the English words around it read them, and the noun.</summary>
    public static string Count(int count, string singular, string? plural = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {(count == 1 ? singular : plural ?? singular + "s")}");
}
