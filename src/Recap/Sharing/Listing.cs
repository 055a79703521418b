using Recap.Content;
using Recap.Markdown;
using Recap.Model;

namespace Recap.Sharing;

/// <summary>
/// What feeds and the sitemap may list: never a draft or a future talk, even in a build that shows
/// them with <c>--drafts</c> or <c>--future</c>, since feed readers and search engines keep what they see.
/// </summary>
internal sealed class Listing(DateOnly today)
{
    public bool Lists(Talk talk) => !talk.IsDraft && Lists(talk.Conference) && !IsFuture(talk.Date);

    public bool Lists(Conference conference) => !conference.IsDraft && !IsFuture(conference.FrontMatter.Start);

    /// <summary>Listed talks, newest first (the order of <paramref name="talks"/> breaks ties).</summary>
    public IEnumerable<Talk> NewestFirst(IEnumerable<Talk> talks) =>
        talks.Where(Lists).OrderByDescending(t => t.Date.HasValue).ThenByDescending(t => t.Date);

    /// <summary>When a talk's recap last changed: <c>updated:</c>, else the talk's date.</summary>
    public static PartialDate? Updated(Talk talk) => talk.FrontMatter.Updated ?? talk.Date;

    /// <summary>The summary in full: <c>summary:</c>, else the whole first paragraph.</summary>
    public static string? FullSummary(Talk talk) => talk.FrontMatter.Summary ?? MarkdownText.FirstParagraph(talk.Body);

    private bool IsFuture(PartialDate? date) => date is { } d && d.Earliest > today;
}
