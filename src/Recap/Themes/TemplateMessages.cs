using System.Text.RegularExpressions;

namespace Recap.Themes;

/// <summary>Rewords Scriban's messages in the style of Recap's own: lower case, quoted names, no trailing period.</summary>
internal static partial class TemplateMessages
{
    public static string Describe(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (UndefinedVariable().Match(message) is { Success: true } variable)
        {
            return $"'{variable.Groups[1].Value}' is not defined";
        }

        if (LoopLimit().Match(message) is { Success: true } loops)
        {
            return $"loops ran more than {loops.Groups[1].Value} times on one page, the most a site of this size allows (a loop that does not end?)";
        }

        if (RecursionLimit().Match(message) is { Success: true } depth)
        {
            return $"includes and function calls are nested more than {depth.Groups[1].Value} deep (a partial or function that calls itself?)";
        }

        var text = message.Trim().TrimEnd('.');
        return text.Length == 0 ? "template error" : char.ToLowerInvariant(text[0]) + text[1..];
    }

    /// <summary>
    /// Scriban reports a missing member by its name alone; the template text before it gives the
    /// whole path (<c>talk.speakr</c>), which is what the author wrote and will search for.
    /// </summary>
    public static string MissingMember(string? source, int offset, string member)
    {
        if (source is null || offset <= 0 || offset > source.Length)
        {
            return $"'{member}' is not defined";
        }

        var start = offset;
        while (start > 0 && (char.IsLetterOrDigit(source[start - 1]) || source[start - 1] is '_' or '.'))
        {
            start--;
        }

        var prefix = source[start..offset];
        return $"'{prefix}{member}' is not defined";
    }

    [GeneratedRegex("(?:Exceeding number of iteration limit|exceeds LoopLimit) `([0-9]+)`")]
    private static partial Regex LoopLimit();

    [GeneratedRegex("Exceeding number of recursive depth limit `([0-9]+)`")]
    private static partial Regex RecursionLimit();

    [GeneratedRegex("The variable or function `([^`]+)` was not found")]
    private static partial Regex UndefinedVariable();

    [GeneratedRegex("Cannot get member with name ([^ .]+)")]
    public static partial Regex MissingMemberPattern();
}
