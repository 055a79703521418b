using System.Globalization;

namespace Recap.Text;

/// <summary>Counted nouns for messages and pages: "1 talk", "3 talks", "2 people".</summary>
internal static class Plural
{
    public static string Count(int count, string singular, string? plural = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : plural ?? singular + "s")}");
}
