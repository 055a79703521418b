using System.Buffers;
using System.Text;

namespace Recap.Themes;

/// <summary>Escapes the five HTML-significant characters and nothing else, so "Zoë" stays "Zoë".</summary>
public static class HtmlEscaper
{
    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\"'");

    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = text.AsSpan().IndexOfAny(Special);
        if (first < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        escaped.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': escaped.Append("&amp;"); break;
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '"': escaped.Append("&quot;"); break;
                case '\'': escaped.Append("&#39;"); break;
                default: escaped.Append(c); break;
            }
        }

        return escaped.ToString();
    }
}
