using System.Text.RegularExpressions;

namespace Recap.Import;

/// <summary>What a session is when the export does not say: a break, or a link to slides, judged from its words.</summary>
internal static partial class SessionKinds
{
    /// <summary>
    /// True for a slot with no speakers whose title or type names a break. A talk with no speakers
    /// whose title says something else is still a talk (panels and barcamps often have none).
    /// </summary>
    public static bool IsBreak(int speakerCount, string? title, string? type) =>
        speakerCount == 0 && (BreakWords().IsMatch(title ?? string.Empty) || BreakWords().IsMatch(type ?? string.Empty));

    /// <summary>True when a link's title says it is the talk's slides ("Slides", "Session Slides", "Vortragsfolien").</summary>
    public static bool IsSlides(string? linkTitle) => linkTitle is not null && SlidesWords().IsMatch(linkTitle);

    // "pause" without a word start so German compounds (Mittagspause, Kaffeepause) count;
    // "break" as a whole word so "Breaking crypto" stays a talk.
    [GeneratedRegex(@"\b(break|breakfast|lunch|coffee|registration|doors open)\b|pause\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BreakWords();

    [GeneratedRegex(@"\bslides?\b|folien\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SlidesWords();
}
