using System.Text;
using System.Text.RegularExpressions;

namespace Recap.Import;

/// <summary>
/// Text made safe to stand in Markdown as text: each character that Recap's pipeline would read
/// as syntax (CommonMark's, and its extensions': pipe tables, footnotes, emphasis extras,
/// figures, autolinks) is escaped, and ordinary punctuation is left as it is.
/// </summary>
internal static partial class MarkdownEscaper
{
    /// <summary>Escapes the characters that mean something anywhere in a line.</summary>
    public static string EscapeInline(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var previous = i > 0 ? text[i - 1] : ' ';
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            switch (c)
            {
                case '\\' or '*' or '`' or '[' or ']' or '|':
                    result.Append('\\').Append(c);
                    break;

                // Underscores inside a word never open or close emphasis (snake_case stays as it is).
                case '_' when !char.IsLetterOrDigit(previous) || !char.IsLetterOrDigit(next):
                    result.Append("\\_");
                    break;

                // Strikethrough, subscript and superscript open only where emphasis could (before a
                // character that is not a space, and not after a letter before punctuation), and
                // nothing closes what did not open: "5 ~ 6" stays as it is.
                case '~' or '^' when CanOpen(text, i):
                    result.Append('\\').Append(c);
                    break;

                // Inserted (++) and marked (==) text likewise: "C++" and "C++," stay as they are.
                case '+' or '=' when (next == c || previous == c) && CanOpen(text, RunStart(text, i)):
                    result.Append('\\').Append(c);
                    break;

                // An entity would be decoded: "&amp;" written as text must stay "&amp;".
                case '&' when EntityStart().IsMatch(text.AsSpan(i)):
                    result.Append("\\&");
                    break;

                // A tag, comment or autolink could start here; "a < b" and "<3" stay as they are.
                case '<' when next == '\0' || char.IsAsciiLetter(next) || next is '/' or '!' or '?':
                    result.Append("&lt;");
                    break;

                // The autolink extension links ftp:// in text, and ftp is not a scheme pages may link to.
                case ':' when i >= 3 && text.AsSpan(i - 3, 3).Equals("ftp", StringComparison.OrdinalIgnoreCase) && (i == 3 || !char.IsLetterOrDigit(text[i - 4])):
                    result.Append("\\:");
                    break;
                default:
                    result.Append(c);
                    break;
            }
        }

        return result.ToString();
    }

    /// <summary>Escapes what would start a block at the beginning of <paramref name="line"/>, which is already escaped inline.</summary>
    public static string EscapeLineStart(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (BlockStart().Match(line) is { Success: true } match)
        {
            var at = match.Groups["c"].Captures[0].Index;
            return line[..at] + "\\" + line[at..];
        }

        return line;
    }

    /// <returns>True when <paramref name="text"/> starts with what Markdown would decode as an entity (<c>&amp;amp;</c>, <c>&amp;#39;</c>).</returns>
    public static bool StartsEntity(ReadOnlySpan<char> text) => EntityStart().IsMatch(text);

    private static bool IsSpace(char c) => c is '\0' or ' ' or '\t' or '\n' or '\r' or '\f' or '\u00A0';

    private static int RunStart(string text, int i)
    {
        while (i > 0 && text[i - 1] == text[i])
        {
            i--;
        }

        return i;
    }

    /// <summary>Whether the run of delimiters starting at <paramref name="start"/> is left-flanking, as CommonMark says: it could open.</summary>
    private static bool CanOpen(string text, int start)
    {
        var end = start;
        while (end < text.Length && text[end] == text[start])
        {
            end++;
        }

        var before = start > 0 ? text[start - 1] : ' ';
        var after = end < text.Length ? text[end] : '\0';
        return !IsSpace(after) && (!char.IsPunctuation(after) && !char.IsSymbol(after) || IsSpace(before) || char.IsPunctuation(before) || char.IsSymbol(before));
    }

    [GeneratedRegex(@"^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")]
    private static partial Regex EntityStart();

    // A heading, quote, bullet, ordered item, thematic break or setext underline.
    [GeneratedRegex(@"^(?:(?<c>#){1,6}(?:[ \t]|$)|(?<c>>)|(?<c>[-+])(?:[ \t]|$)|[0-9]{1,9}(?<c>[.)])(?:[ \t]|$)|(?<c>=)+[ \t]*$|(?<c>-)[- \t]*$)")]
    private static partial Regex BlockStart();
}
