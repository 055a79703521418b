using System.Buffers;
using System.Text;

namespace Recap.Text;

/// <summary>
/// Text as HTML, XML and Unicode normalisation take it. A file or a YAML escape can hold code
/// points that are not text: control characters (a vertical tab pasted from a word processor,
/// <c>"\u0000"</c>), the noncharacters U+FFFE and U+FFFF, and, from an escape such as
/// <c>"\uD800"</c>, half of a surrogate pair. Browsers show none of them, validators reject them,
/// and .NET's normalisation throws on U+FFFE and half pairs.
/// </summary>
internal static class PlainText
{
    private static readonly SearchValues<char> Suspect = SearchValues.Create(SuspectChars());

    /// <summary>
    /// <paramref name="text"/> with each code point that is not text replaced, one character for
    /// one, so lines and columns stay where they were (for a Markdown body): a control character
    /// by a space, and U+0000, a noncharacter or half a surrogate pair by U+FFFD, as CommonMark
    /// replaces U+0000. Tab, line feed, form feed and carriage return are text. The same string
    /// when all is text.
    /// </summary>
    public static string Of(string text) => Clean(text, remove: false);

    /// <summary>
    /// <paramref name="text"/> without the code points that are not text (for a front-matter
    /// value, where no column depends on them): <c>"Rockets\u0001"</c> is "Rockets". The same
    /// string when all is text.
    /// </summary>
    public static string Without(string text) => Clean(text, remove: true);

    private static string Clean(string text, bool remove)
    {
        ArgumentNullException.ThrowIfNull(text);
        var at = FirstNotText(text);
        if (at < 0)
        {
            return text;
        }

        var kept = new StringBuilder(text.Length).Append(text, 0, at);
        for (var i = at; i < text.Length; i++)
        {
            if (IsPairAt(text, i))
            {
                kept.Append(text, i++, 2);
                continue;
            }

            var c = text[i];
            var replacement = c switch
            {
                '\t' or '\n' or '\f' or '\r' => c,
                '\0' => '\uFFFD',
                < ' ' or (>= '\u007F' and <= '\u009F') => ' ',
                (>= '\uFDD0' and <= '\uFDEF') or '\uFFFE' or '\uFFFF' => '\uFFFD',
                _ when char.IsSurrogate(c) => '\uFFFD',
                _ => c,
            };
            if (replacement == c || !remove)
            {
                kept.Append(replacement);
            }
        }

        return kept.ToString();
    }

    /// <summary>Where the first code point that is not text is; -1 when there is none (whole surrogate pairs, an emoji, are text).</summary>
    private static int FirstNotText(ReadOnlySpan<char> text)
    {
        for (var from = 0; ;)
        {
            var next = text[from..].IndexOfAny(Suspect);
            if (next < 0)
            {
                return -1;
            }

            var at = from + next;
            if (!IsPairAt(text, at))
            {
                return at;
            }

            from = at + 2;
        }
    }

    private static bool IsPairAt(ReadOnlySpan<char> text, int at) =>
        at + 1 < text.Length && char.IsSurrogatePair(text[at], text[at + 1]);

    private static string SuspectChars()
    {
        var chars = new List<char>();
        for (var c = '\0'; c < ' '; c++)
        {
            if (c is not ('\t' or '\n' or '\f' or '\r'))
            {
                chars.Add(c);
            }
        }

        for (var c = '\u007F'; c <= '\u009F'; c++)
        {
            chars.Add(c);
        }

        for (var c = '\uFDD0'; c <= '\uFDEF'; c++)
        {
            chars.Add(c);
        }

        for (var c = '\uD800'; c <= '\uDFFF'; c++)
        {
            chars.Add(c);
        }

        chars.Add('\uFFFE');
        chars.Add('\uFFFF');
        return new string([.. chars]);
    }
}
