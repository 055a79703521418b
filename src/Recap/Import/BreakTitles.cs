using System.Text.RegularExpressions;

namespace Recap.Import;

/// <summary>
/// Titles of slots that are not talks (breaks, meals, registration), for exports with no flag
/// for them. Only a slot with no speakers is judged by its title: "Coffee break with the
/// sponsors" is a break, but a talk about "Lunch-time profiling" has a speaker and stays a talk.
/// </summary>
internal static partial class BreakTitles
{
    public static bool LooksLikeBreak(string? title) => title is not null && BreakWords().IsMatch(title);

    [GeneratedRegex(@"\b(break|breaks|lunch|coffee|pause|registration|doors open|breakfast|dinner|snacks?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BreakWords();
}
