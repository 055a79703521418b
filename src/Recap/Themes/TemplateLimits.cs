namespace Recap.Themes;

/// <summary>
/// How much work one page's templates may do, so that no theme, however written, can hang a build
/// or fill the disk: Scriban's own loop, recursion, string and regex limits, a time budget, and a
/// size for the page itself.
/// </summary>
/// <param name="LoopIterations">Loop iterations per page, all loops together (Scriban counts them so).</param>
/// <param name="PageCharacters">The largest page, and the largest string a template may make.</param>
/// <param name="PageTime">How long one page may take; the first page over it stops the rendering of every page.</param>
internal sealed record TemplateLimits(int LoopIterations, int PageCharacters, TimeSpan PageTime)
{
    /// <summary>Deep enough for partials that include partials; a partial that includes itself stops here.</summary>
    public const int Recursion = 100;

    /// <summary>A regular expression in a template gives up after this long.</summary>
    public static readonly TimeSpan RegexTime = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Limits for a site of <paramref name="items"/> talks, speakers, topics, conferences and pages:
    /// a list page loops over all of them, several times over for the partials of each, so the
    /// loop limit grows with the site; an endless loop still stops within a fraction of a second.
    /// </summary>
    public static TemplateLimits For(int items) => new(
        LoopIterations: Math.Max(100_000, items * 50),
        PageCharacters: 32 * 1024 * 1024,
        PageTime: TimeSpan.FromSeconds(3));
}
