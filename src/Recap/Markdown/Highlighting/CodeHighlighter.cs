using System.Diagnostics;
using System.Text;
using TextMateSharp.Grammars;

namespace Recap.Markdown.Highlighting;

/// <summary>
/// Turns lines of code into HTML: each token's text escaped, in a <c>span</c> with its class
/// (<see cref="ScopeClasses"/>) when it has one. Neighbouring tokens of one class share a span,
/// and spans never cross a line break.
/// </summary>
internal static class CodeHighlighter
{
    /// <summary>
    /// Longer lines (minified JSON, a data URL) are written plain, as VS Code leaves them, and
    /// the lines after them are read as if they were not there.
    /// </summary>
    public const int MaxLineLength = 10_000;

    /// <summary>
    /// The HTML of <paramref name="lines"/> in <paramref name="language"/>, each line followed by a
    /// line break; what is left when <paramref name="time"/> runs out is written plain.
    /// </summary>
    /// <param name="time">How long highlighting may take; what it took is taken off.</param>
    public static string Highlight(CodeLanguage language, IReadOnlyList<string> lines, ref TimeSpan time)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(lines);
        var html = new StringBuilder(lines.Sum(l => l.Length + 1) * 2);
        var left = time;
        LanguageGrammar.Of(language.Scope).With(grammar =>
        {
            // The clock starts once the grammar is loaded and free: the time is for the code,
            // and a body must not come out plain because its thread waited for the grammar or was
            // the first to need it.
            var clock = Stopwatch.StartNew();
            IStateStack? state = null;
            var plain = grammar is null;
            foreach (var line in lines)
            {
                plain |= clock.Elapsed >= left;
                if (plain || line.Length > MaxLineLength)
                {
                    Escape(html, line);
                }
                else
                {
                    var result = grammar!.TokenizeLine(line, state, left - clock.Elapsed);
                    state = result.RuleStack;
                    var end = WriteTokens(html, line, result.Tokens);

                    // Tokens that stop short of the line's end mean the grammar ran out of time.
                    Escape(html, line.AsSpan(end));
                    plain = end < line.Length;
                }

                html.Append('\n');
            }

            left -= clock.Elapsed;
            return html;
        });
        time = left;
        return html.ToString();
    }

    /// <returns>Where the tokens end in <paramref name="line"/>.</returns>
    private static int WriteTokens(StringBuilder html, string line, IToken[] tokens)
    {
        string? open = null;
        var end = 0;
        foreach (var token in tokens)
        {
            var start = Math.Min(token.StartIndex, line.Length);
            end = Math.Min(Math.Max(token.EndIndex, start), line.Length);
            if (start == end)
            {
                continue;
            }

            var text = line.AsSpan(start, end - start);

            // Spaces between two tokens of a class go in their span rather than cutting it in two.
            var cls = open is not null && text.IsWhiteSpace() ? open : ScopeClasses.ClassOf(token.Scopes);
            if (cls != open)
            {
                if (open is not null)
                {
                    html.Append("</span>");
                }

                if (cls is not null)
                {
                    html.Append("<span class=\"").Append(cls).Append("\">");
                }

                open = cls;
            }

            Escape(html, text);
        }

        if (open is not null)
        {
            html.Append("</span>");
        }

        return end;
    }

    /// <summary>Escapes as Markdig does in code: <c>&amp; &lt; &gt; "</c>.</summary>
    private static void Escape(StringBuilder html, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => html.Append("&amp;"),
                '<' => html.Append("&lt;"),
                '>' => html.Append("&gt;"),
                '"' => html.Append("&quot;"),
                _ => html.Append(c),
            };
        }
    }
}
