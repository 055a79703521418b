using System.Text.RegularExpressions;

namespace Recap.Import;

/// <summary>What a session is when the export does not say: a break, or a link to slides, judged from its words.</summary>
internal static partial class SessionKinds
{
    /// <summary>
    /// True for a slot with no speakers whose title or type names a break. A talk with no speakers
    /// whose title says something else is still a talk (panels and barcamps often have none).
    /// </summary>
    /// <remarks>A title names a break in a few words ("Coffee break with the sponsors"); a longer one is a talk about it.</remarks>
    public static bool IsBreak(int speakerCount, string? title, string? type) =>
        speakerCount == 0
        && ((type is not null && BreakWords().IsMatch(type))
            || (title is not null && BreakWords().IsMatch(title) && title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxBreakTitleWords));

    private const int MaxBreakTitleWords = 5;

    /// <summary>True when a link's title says it is the talk's slides ("Slides", "Session Slides", "Vortragsfolien").</summary>
    public static bool IsSlides(string? linkTitle) => linkTitle is not null && SlidesWords().IsMatch(linkTitle);

    // "pause" without a word start so German compounds (Mittagspause, Kaffeepause) count;
    // "break" as a whole word so "Breaking crypto" stays a talk.
    [GeneratedRegex(@"\b(breaks?|breakfast|lunch|coffee|registration|doors open|dinner|snacks?)\b|pause\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BreakWords();

    [GeneratedRegex(@"\bslides?\b|folien\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SlidesWords();
}
