using Recap.Content;

namespace Recap.Configuration;

/// <summary>The <c>options:</c> mapping of site.yml: knobs of the default pages.</summary>
public sealed class OptionsConfig : BoundRecord
{
    /// <summary>How many conferences the home page lists.</summary>
    public int HomeConferences { get; init; } = 6;

    /// <summary>How many of the latest talks the home page shows.</summary>
    public int HomeTalks { get; init; } = 6;

    /// <summary>How many of the most covered topics the home page lists.</summary>
    public int HomeTopics { get; init; } = 12;

    /// <summary>
    /// How many sections (<c>##</c> headings) a talk's notes, a conference's recap or a page need
    /// for a table of contents at their top; 0 for none unless the file asks (<c>toc: true</c>).
    /// </summary>
    public int TocSections { get; init; } = 3;

    /// <summary>
    /// How many talks a speaker's or topic's page lists; more go on further pages (<c>page/2/</c>, ...).
    /// 0 lists every talk on one page.
    /// </summary>
    public int TalksPerPage { get; init; } = 30;

    /// <summary>
    /// How many conferences a page of the conferences index lists, newest first; more go on further
    /// pages (<c>conferences/page/2/</c>, ...). 0 lists every conference on one page.
    /// </summary>
    public int ConferencesPerPage { get; init; } = 30;

    /// <summary>
    /// How many speakers a page of the speakers index lists, in its order; more go on further pages
    /// (<c>speakers/page/2/</c>, ...), and each letter links to the page it starts on. 0 lists every
    /// speaker on one page.
    /// </summary>
    public int SpeakersPerPage { get; init; } = 150;

    /// <summary>Reading speed for "5 min read".</summary>
    public int WordsPerMinute { get; init; } = 230;

    /// <summary>
    /// Draws a card per talk, conference, speaker and topic; with false, every page shows the
    /// site's card, which saves the first build of a very large site most of its time.
    /// </summary>
    public bool SocialCards { get; init; } = true;

    /// <summary>How many of the newest talks each Atom feed holds.</summary>
    public int FeedEntries { get; init; } = 50;

    /// <summary>Shows "3 of 42 talks written up" on each conference page, for a recap still being written.</summary>
    public bool Progress { get; init; }

    /// <summary>
    /// Plays a talk's YouTube, Vimeo or PeerTube recording, or its video file, on its page, once the
    /// reader presses play; with false, the recording is a link.
    /// </summary>
    public bool VideoEmbeds { get; init; } = true;

    /// <summary>A search page, and its index: a few files per hundred talks, fetched a few at a time.</summary>
    public bool Search { get; init; } = true;
}
