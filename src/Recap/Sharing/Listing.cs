using System.Runtime.CompilerServices;
using System.Text;
using System.Xml;
using Recap.Content;
using Recap.Markdown;
using Recap.Model;

namespace Recap.Sharing;

/// <summary>
/// What is in the future, and what feeds and the sitemap may list: never a draft or a future talk,
/// even in a build that shows them with <c>--drafts</c> or <c>--future</c>, since feed readers and
/// search engines keep what they see. Pages built that way say so, from the same answers.
/// </summary>
internal sealed class Listing(DateOnly today)
{
    private readonly ConditionalWeakTable<IReadOnlyList<Talk>, Talk[]> _newestFirst = [];

    /// <summary>How feeds and the sitemap are written: UTF-8 without a byte order mark, indented, Unix line ends.</summary>
    public static readonly XmlWriterSettings XmlSettings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        NewLineChars = "\n",
    };

    public bool Lists(Talk talk) => !talk.IsDraft && !IsFuture(talk);

    public bool Lists(Conference conference) => !conference.IsDraft && !IsFuture(conference);

    /// <summary>Only built with <c>--future</c>: the talk's date, or its conference's start, is after today.</summary>
    public bool IsFuture(Talk talk) => FutureDate(talk) is not null;

    public bool IsFuture(Conference conference) => FutureDate(conference) is not null;

    /// <summary>
    /// What puts the talk in the future: its date (its own, else its conference's start) when that is
    /// after today, else its conference's start when that is; null when neither is.
    /// </summary>
    public PartialDate? FutureDate(Talk talk) => IsFuture(talk.Date) ? talk.Date : FutureDate(talk.Conference);

    public PartialDate? FutureDate(Conference conference) => IsFuture(conference.Start) ? conference.Start : null;

    /// <summary>
    /// Listed talks of one of the model's lists, newest first (the list's order breaks ties). Kept
    /// for each list: no list changes while its model lives, and <c>recap serve</c> keeps the model,
    /// and writes a topic's feed again, after edits that leave every date and draft as it was.
    /// </summary>
    public IReadOnlyList<Talk> NewestFirst(IReadOnlyList<Talk> talks) =>
        _newestFirst.GetValue(talks, list => [.. list.Where(Lists).OrderByDescending(t => t.Date.HasValue).ThenByDescending(t => t.Date)]);

    /// <summary>When a talk's recap last changed: <c>updated:</c>, else the talk's date.</summary>
    public static PartialDate? Updated(Talk talk) => talk.Updated ?? talk.Date;

    private bool IsFuture(PartialDate? date) => date is { } d && d.Earliest > today;
}
