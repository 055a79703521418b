using System.Globalization;

namespace Recap.Markdown.WorkLimit;

/// <summary>
/// What a Markdown body may be, so that parsing it takes bounded time whatever it holds. Checked
/// before Markdig sees the body: Markdig builds lists nested thousands deep before it refuses
/// them, in time that grows with the cube of the depth.
/// </summary>
internal static class MarkdownLimits
{
    /// <summary>A body longer than a long book is not a write-up; it is refused rather than parsed.</summary>
    public const int MaxCharacters = 4 * 1024 * 1024;

    /// <summary>
    /// Markdig nests blocks at most 128 deep, and each level of a list is indented at least two
    /// columns more than the one it is in, so a line indented further can only be nesting that
    /// fails, or code indented beyond reason.
    /// </summary>
    public const int MaxIndent = 256;

    /// <summary>How long one body may take to parse (<see cref="ParseTimeExtension"/>); a long write-up takes milliseconds.</summary>
    public static readonly TimeSpan ParseTime = TimeSpan.FromSeconds(2);

    /// <returns>Why the body cannot be rendered and the one-based body line to point at, or null when it can.</returns>
    public static (string Message, int Line)? Problem(ReadOnlySpan<char> body)
    {
        if (body.Length > MaxCharacters)
        {
            return (string.Create(CultureInfo.InvariantCulture, $"the Markdown body has {body.Length:N0} characters, more than the {MaxCharacters:N0} a body may have (split it into several pages)"), 1);
        }

        // Only the start of each line matters: jump from line break to line break.
        var line = 1;
        for (var start = 0; start < body.Length; line++)
        {
            var column = 0;
            for (var i = start; i < body.Length && body[i] is ' ' or '\t'; i++)
            {
                column = body[i] == '\t' ? (column / 4 * 4) + 4 : column + 1;
                if (column > MaxIndent)
                {
                    return (string.Create(CultureInfo.InvariantCulture, $"the Markdown body is nested too deeply to render: the line is indented more than {MaxIndent} columns"), line);
                }
            }

            var end = body[start..].IndexOf('\n');
            start = end < 0 ? body.Length : start + end + 1;
        }

        return null;
    }
}
