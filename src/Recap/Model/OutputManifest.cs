using Recap.Cards;
using Recap.Content;
using Recap.Search;
using Recap.Sharing;
using Recap.Themes;

namespace Recap.Model;

/// <summary>
/// Everything a build writes, listed once, by the model: each file's path in the output folder,
/// what produces it (<see cref="OutputEntry"/>) and what it depends on (<see cref="DependenciesOf"/>).
/// Rendering, card drawing, feeds, copying, the sitemap, URL claims and the incremental planner
/// all read this list; nothing else enumerates outputs.
/// </summary>
internal sealed class OutputManifest
{
    private readonly OutputEntry[] _entries;
    private readonly Func<string, bool> _showsSiteCounts;
    private readonly SocialCards _cardContents;
    private readonly Dictionary<string, CardOutput> _cards;
    private readonly OutputSources _site;

    private OutputManifest(OutputEntry[] entries, Func<string, bool> showsSiteCounts, SocialCards cardContents, OutputSources site, SearchIndex? search)
    {
        _entries = entries;
        _showsSiteCounts = showsSiteCounts;
        _cardContents = cardContents;
        _site = site;
        Search = search;
        _cards = entries.OfType<CardOutput>().GroupBy(c => c.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>In the order a build best starts them: pages first, the site's own files last.</summary>
    public IReadOnlyList<OutputEntry> Entries => _entries;

    /// <summary>The search index, when the site has a search page (<c>options.search</c>).</summary>
    public SearchIndex? Search { get; private set; }

    /// <summary>The pages, in sitemap order.</summary>
    public IEnumerable<PageOutput> Pages => Entries.OfType<PageOutput>();

    /// <summary>
    /// Lists what a build of the site writes. The lists are the model's, before it is finished:
    /// the URLs of what this lists are claimed before links are resolved.
    /// </summary>
    public static OutputManifest Create(OutputSources site, Theme theme)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(theme);
        var config = site.Config;
        var cards = new SocialCards(config, theme.Config.CardColors, theme.Strings);
        var drawCards = config.Options.SocialCards;
        var entries = new List<OutputEntry>
        {
            Page(PageKind.Home, string.Empty, null),
        };
        entries.AddRange(Paged(PageKind.Conferences, site.ConferencesPath, null, site.Conferences.Count, theme.Paginates("conferences") ? config.Options.ConferencesPerPage : 0));
        entries.AddRange(Paged(PageKind.Speakers, site.SpeakersPath, null, site.Speakers.Count, theme.Paginates("speakers") ? config.Options.SpeakersPerPage : 0));
        entries.Add(Page(PageKind.Topics, site.TopicsPath, null));

        var perPage = config.Options.TalksPerPage;
        entries.AddRange(site.Conferences.SelectMany(c => Paged(PageKind.Conference, c.SitePath, c, c.Talks.Count, theme.Paginates("conference") ? perPage : 0)));
        entries.AddRange(site.Talks.Select(t => Page(PageKind.Talk, t.SitePath, t)));
        entries.AddRange(site.Speakers.SelectMany(s => Paged(PageKind.Speaker, s.SitePath, s, s.Talks.Count, theme.Paginates("speaker") ? perPage : 0)));
        entries.AddRange(site.Topics.SelectMany(t => Paged(PageKind.Topic, t.SitePath, t, t.Talks.Count, theme.Paginates("topic") ? perPage : 0)));
        entries.AddRange(site.Pages.Select(p => Page(PageKind.Page, p.SitePath, p)));
        entries.Add(new PageOutput("404.html", PageKind.NotFound, null));
        entries.AddRange(site.Redirects.Select(r => new RedirectOutput(UrlBuilder.OutputFile(r.SitePath), r.Target)));
        // The search index reads the finished model only: made on a spare core while the cards are
        // described, and its files after it, while the model is finished and the views are made.
        var indexing = config.Options.Search ? Task.Run(() =>
        {
            var index = SearchIndex.Of(site.Conferences, site.Topics, site.Speakers, site.Talks, theme.Strings);
            index.Prepare();
            return index;
        }) : null;
        if (indexing is not null)
        {
            entries.Add(Page(PageKind.Search, SiteFiles.SearchPage, null));
        }

        entries.Add(new FeedOutput(SiteFiles.FeedOf(string.Empty), theme.Strings.Text("feed_talks"), string.Empty, site.Talks, null, null));
        entries.AddRange(site.Conferences.Select(c => new FeedOutput(SiteFiles.FeedOf(c.SitePath), c.Name, c.SitePath, c.Talks, c.Start, c)));
        entries.AddRange(site.Speakers.Select(s => new FeedOutput(SiteFiles.FeedOf(s.SitePath), s.Name, s.SitePath, s.Talks, null, s)));
        entries.AddRange(site.Topics.Select(t => new FeedOutput(SiteFiles.FeedOf(t.SitePath), t.Name, t.SitePath, t.Talks, t.Conferences.Select(c => c.Start).Max(), t)));

        entries.AddRange(site.Conferences.Where(c => c.HasProgramme).Select(c => new CalendarOutput(SiteFiles.ProgrammeOf(c.SitePath), c)));

        entries.Add(new CardOutput(SiteFiles.Card, cards.Site(site), null));
        if (drawCards)
        {
            entries.AddRange(site.Talks.Where(t => t.Image is not { IsPreviewable: true }).Select(t => new CardOutput(SiteFiles.CardOf(t.SitePath), cards.Talk(t), t)));
            entries.AddRange(site.Conferences.Where(c => c.Image is not { IsPreviewable: true }).Select(c => new CardOutput(SiteFiles.CardOf(c.SitePath), cards.Conference(c), c)));
            entries.AddRange(site.Speakers.Where(s => s.Image is not { IsPreviewable: true }).Select(s => new CardOutput(SiteFiles.CardOf(s.SitePath), cards.Speaker(s), s)));
            entries.AddRange(site.Topics.Select(t => new CardOutput(SiteFiles.CardOf(t.SitePath), cards.Topic(t), t)));
        }

        var search = indexing?.GetAwaiter().GetResult();
        if (search is not null)
        {
            entries.AddRange(Enumerable.Range(0, search.Shards).Select(n => new SearchOutput(SiteFiles.SearchShard(n), IsShard: true, n)));
            entries.AddRange(Enumerable.Range(0, search.Chunks).Select(n => new SearchOutput(SiteFiles.SearchChunk(n), IsShard: false, n)));
        }

        entries.AddRange(site.Files.Select(f => new CopiedFileOutput(UrlBuilder.OutputFile(f.SitePath), f)));
        entries.AddRange(site.ImageVariants.Select(v => new ImageVariantOutput(v.SitePath, v)));
        entries.AddRange(site.ThemeFiles.Select(a => new ThemeAssetOutput(a.SitePath, a)));
        // A sitemap lists 50,000 URLs at most: a larger site's sitemap.xml is the index of its parts.
        var listed = entries.OfType<PageOutput>().Count(Sharing.Sitemap.Lists);
        var parts = listed <= site.SitemapUrls ? 0 : (listed + site.SitemapUrls - 1) / site.SitemapUrls;
        entries.Add(new SiteFileOutput(SiteFiles.Sitemap, parts == 0 ? SiteFileKind.Sitemap : SiteFileKind.SitemapIndex) { Parts = parts });
        entries.AddRange(Enumerable.Range(1, parts).Select(n => new SiteFileOutput(SiteFiles.SitemapPart(n), SiteFileKind.Sitemap) { Part = n, Parts = parts }));
        // A site's own robots.txt (to turn some crawlers away) or .nojekyll in static/ replaces Recap's.
        var ownFiles = site.Files.Select(f => UrlBuilder.OutputFile(f.SitePath)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        entries.AddRange(new[] { new SiteFileOutput(SiteFiles.Robots, SiteFileKind.Robots), new SiteFileOutput(SiteFiles.NoJekyll, SiteFileKind.NoJekyll) }
            .Where(file => !ownFiles.Contains(file.Path)));
        if (config.Domain is not null)
        {
            entries.Add(new SiteFileOutput(SiteFiles.Cname, SiteFileKind.Cname));
        }

        return new OutputManifest([.. entries], theme.ShowsSiteCounts, cards, site, search);

        static PageOutput Page(PageKind kind, string sitePath, object? item) => new(UrlBuilder.OutputFile(sitePath), kind, item);

        // A conference's, speaker's or topic's talks, or the conferences or speakers index, split into pages of perPage (0: one page) after the first at page/2/, page/3/, ...
        static IEnumerable<PageOutput> Paged(PageKind kind, string sitePath, object? item, int items, int perPage)
        {
            var count = Pagination.PagesFor(items, perPage);
            return Enumerable.Range(1, count).Select(number => Page(kind, Pagination.PathOf(sitePath, number), item) with { Number = number, Count = count });
        }
    }

    /// <summary>
    /// Takes the card of <paramref name="talk"/> again from the talk as it is now (<c>recap serve</c>,
    /// when its file changed in what is only displayed, its title among it); nothing when it has none.
    /// </summary>
    public void RetakeCard(Talk talk)
    {
        var index = Array.FindIndex(_entries, e => e is CardOutput { Owner: var owner } && owner == talk);
        if (index >= 0)
        {
            var card = (CardOutput)_entries[index] with { Card = _cardContents.Talk(talk) };
            _entries[index] = card;
            _cards[card.Path] = card;
        }
    }

    /// <summary>
    /// Takes what the search index holds of <paramref name="talks"/> again from them as they are now
    /// (<c>recap serve</c>, when they changed in what is only displayed: no talk, speaker, topic or
    /// conference came or went).
    /// </summary>
    public void RetakeSearch(IEnumerable<Talk> talks)
    {
        Search = Search?.With(talks.Select(SearchIndex.DocumentOf));
    }

    /// <summary>The card a page with <paramref name="sitePath"/> is previewed with: its own when the build draws one, else the site's.</summary>
    public string CardOf(string sitePath) => _cards.ContainsKey(SiteFiles.CardOf(sitePath)) ? SiteFiles.CardOf(sitePath) : SiteFiles.Card;

    /// <summary>
    /// What <paramref name="entry"/> is made from, told to <paramref name="on"/>: things (a talk,
    /// a speaker, the menu, ...) by what other pages show of them (face) or all of them (whole).
    /// </summary>
    public void DependenciesOf(OutputEntry entry, IDependencies on, SiteModel model)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(on);
        ArgumentNullException.ThrowIfNull(model);
        switch (entry)
        {
            case PageOutput { Kind: PageKind.Talk, Item: Talk talk }:
                Page("talk");
                Body(talk, talk.SourcePath);
                Shown(talk);
                on.Face(talk.Conference);
                foreach (var other in new[] { talk.Previous, talk.Next }.OfType<Talk>())
                {
                    on.Face(other);
                }

                talk.Related.ForEach(Shown);

                Image(talk.Image);
                Image(talk.VideoThumbnail);
                break;
            case PageOutput { Kind: PageKind.Conference, Item: Conference conference }:
                Listing("conference", conference, conference.SourcePath, conference.Talks, conference.Image);
                conference.Topics.ForEach(on.Face);
                break;
            case PageOutput { Kind: PageKind.Speaker, Item: Speaker speaker }:
                Listing("speaker", speaker, speaker.SourcePath, speaker.Talks, speaker.Image);
                break;
            case PageOutput { Kind: PageKind.Topic, Item: Topic topic }:
                Listing("topic", topic, topic.SourcePath, topic.Talks, null);
                topic.Conferences.ForEach(on.Face);
                break;
            case PageOutput { Kind: PageKind.Page, Item: Page page }:
                Page("page");
                Body(page, page.SourcePath);
                Image(page.Image);
                if (page.Summary is null)
                {
                    DescribedAsTheSite();
                }

                break;
            case PageOutput { Kind: PageKind.Home }:
                Page("home");
                DescribedAsTheSite();

                model.Conferences.ForEach(on.Face);
                model.Topics.ForEach(on.Face);
                model.LatestTalks(model.Config.Options.HomeTalks).ForEach(Shown);
                break;
            case PageOutput { Kind: PageKind.Conferences }:
                Page("conferences");
                model.Conferences.ForEach(on.Face);
                break;
            case PageOutput { Kind: PageKind.Speakers }:
                Page("speakers");
                model.Speakers.ForEach(on.Face);
                break;
            case PageOutput { Kind: PageKind.Topics }:
                Page("topics");
                model.Topics.ForEach(on.Face);
                break;
            case PageOutput { Kind: PageKind.NotFound }:
                Page("404");
                break;
            case PageOutput { Kind: PageKind.Search }:
                // It names the index's fingerprint and sizes.
                Page("search");
                on.Search(null);
                break;
            case SearchOutput file:
                on.Search(file);
                break;
            case FeedOutput feed:
                // A topic's feed is as recent as the latest start of the conferences that name it.
                if (feed.Owner is Topic dated)
                {
                    dated.Conferences.ForEach(on.Face);
                }

                if (feed.Owner is null)
                {
                    on.Counts();
                }
                else
                {
                    on.Face(feed.Owner);
                }

                feed.Talks.ForEach(Shown);
                break;
            case CardOutput { Owner: null }:
                // The site's card counts its conferences, talks and speakers.
                on.Counts();
                break;
            case CardOutput { Owner: Talk talk }:
                on.Face(talk);
                on.Face(talk.Conference);
                talk.Speakers.ForEach(on.Face);
                break;
            case CardOutput { Owner: { } owner }:
                // A conference, speaker or topic card: its name, and its talks with their conferences.
                on.Face(owner);
                foreach (var talk in TalksOf(owner))
                {
                    on.Face(talk);
                    on.Face(talk.Conference);
                }

                break;
            case CalendarOutput calendar:
                // Each talk by its title, time and URL, which are what other pages show of it.
                on.Face(calendar.Conference);
                calendar.Conference.Talks.ForEach(on.Face);
                break;
            case SiteFileOutput { Kind: SiteFileKind.Sitemap or SiteFileKind.SitemapIndex }:
                // The index names its parts, as many as the pages call for.
                on.AllPages();
                break;
            case RedirectOutput redirect:
                // The title and URL of the page it sends readers to.
                on.Face(redirect.Target);
                break;
            case CopiedFileOutput copied:
                on.File(copied.File.SourcePath);
                break;
            case ImageVariantOutput variant:
                on.File(variant.Variant.SourcePath);
                break;
        }

        // A site without a description is described by what it holds: "42 talks from 3 conferences, by 40 speakers."
        void DescribedAsTheSite()
        {
            if (model.Config.Description is null)
            {
                on.Counts();
            }
        }

        // Every page shows the menu, and some the site's counts.
        void Page(string kind)
        {
            on.Menu();
            if (_showsSiteCounts(kind))
            {
                on.Counts();
            }
        }

        // A page's own document, whole, and the pages and files its links point to.
        void Body(object owner, string? sourcePath)
        {
            on.Whole(owner);
            if (sourcePath is not null && model.Links.TryGetValue(sourcePath, out var links))
            {
                foreach (var target in links.Targets)
                {
                    on.Source(target);
                }
            }
        }

        // A conference, speaker or topic page lists its talks.
        void Listing(string kind, object owner, string? sourcePath, IReadOnlyList<Talk> talks, ImageFile? image)
        {
            Page(kind);
            Body(owner, sourcePath);
            talks.ForEach(Shown);
            Image(image);
        }

        // A talk as lists show it: with its conference, speakers and topics.
        void Shown(Talk talk)
        {
            on.Face(talk);
            on.Face(talk.Conference);
            talk.Speakers.ForEach(on.Face);
            talk.Topics.ForEach(on.Face);
        }

        void Image(ImageFile? image)
        {
            if (image?.SourcePath is { } path)
            {
                on.File(path);
            }
        }
    }

    private static IReadOnlyList<Talk> TalksOf(object owner) => owner switch
    {
        Conference conference => conference.Talks,
        Speaker speaker => speaker.Talks,
        Topic topic => topic.Talks,
        _ => [],
    };
}

/// <summary>What an output is made from, as <see cref="OutputManifest.DependenciesOf"/> tells it.</summary>
internal interface IDependencies
{
    /// <summary>What other pages show of a talk, conference, speaker, topic or page.</summary>
    void Face(object thing);

    /// <summary>All of a thing, its body too.</summary>
    void Whole(object thing);

    /// <summary>The page or copied file made from a content file (a link's target).</summary>
    void Source(string sourcePath);

    /// <summary>A copied file, by its path relative to the site root.</summary>
    void File(string sourcePath);

    void Menu();

    /// <summary>How many conferences, talks, speakers and topics the site has.</summary>
    void Counts();

    /// <summary>Every page's face (the sitemap).</summary>
    void AllPages();

    /// <summary>What the search index holds (every conference, topic, speaker and talk as search shows it), or what one of its files holds.</summary>
    void Search(SearchOutput? file);
}

/// <summary>The lists of the model that outputs are made from.</summary>
internal sealed record OutputSources(
    Configuration.SiteConfig Config,
    IReadOnlyList<Conference> Conferences,
    IReadOnlyList<Talk> Talks,
    IReadOnlyList<Speaker> Speakers,
    IReadOnlyList<Topic> Topics,
    IReadOnlyList<Page> Pages,
    IReadOnlyList<CopiedFile> Files,
    IReadOnlyList<ThemeAsset> ThemeFiles,
    string ConferencesPath,
    string SpeakersPath,
    string TopicsPath)
{
    /// <summary>The smaller copies of the site's images that pages offer in <c>srcset</c>.</summary>
    public IReadOnlyList<Images.ImageVariant> ImageVariants { get; init; } = [];

    /// <summary>The pages at old URLs (<c>redirect_from:</c>) of talks, conferences, speakers, topics and pages, by site path.</summary>
    public IReadOnlyList<(string SitePath, object Target)> Redirects { get; init; } = [];

    /// <summary>The most URLs one sitemap file lists (<see cref="SiteOptions.SitemapUrls"/>).</summary>
    public int SitemapUrls { get; init; } = Sharing.Sitemap.MaxUrls;
}

/// <summary>One file a build writes, by its path in the output folder.</summary>
internal abstract record OutputEntry(string Path);

/// <summary>The kinds of page, each rendered with its own layout.</summary>
internal enum PageKind
{
    Home,
    Conferences,
    Speakers,
    Topics,
    Conference,
    Talk,
    Speaker,
    Topic,
    Page,
    NotFound,
    Search,
}

/// <summary>A page, rendered from the templates; <paramref name="Item"/> is the talk, conference, ... it shows, null for the indexes.</summary>
internal sealed record PageOutput(string Path, PageKind Kind, object? Item) : OutputEntry(Path)
{
    /// <summary>Which page of its conference's, speaker's or topic's talks (or of the conferences or speakers index) this is, from 1 (<see cref="Pagination"/>).</summary>
    public int Number { get; init; } = 1;

    /// <summary>How many pages its conference's, speaker's or topic's talks (or the conferences or speakers index) are split into; 1 for every other page.</summary>
    public int Count { get; init; } = 1;
}

/// <summary>A page at an old URL of <paramref name="Target"/> (a talk, conference, speaker, topic or page) that sends readers on to it.</summary>
internal sealed record RedirectOutput(string Path, object Target) : OutputEntry(Path);

/// <summary>An Atom feed of talks: the site's (<paramref name="Owner"/> null), or a conference's, speaker's or topic's.</summary>
internal sealed record FeedOutput(string Path, string Title, string PagePath, IReadOnlyList<Talk> Talks, PartialDate? Since, object? Owner) : OutputEntry(Path);

/// <summary>The <c>programme.ics</c> of a conference whose talks have times.</summary>
internal sealed record CalendarOutput(string Path, Conference Conference) : OutputEntry(Path);

/// <summary>A social card, drawn or taken from the cache; <paramref name="Owner"/> is null for the site's.</summary>
internal sealed record CardOutput(string Path, SocialCard Card, object? Owner) : OutputEntry(Path);

/// <summary>A file of the search index: shard <paramref name="Number"/>, or the documents' chunk <paramref name="Number"/>.</summary>
internal sealed record SearchOutput(string Path, bool IsShard, int Number) : OutputEntry(Path);

/// <summary>A file beside content or in <c>static/</c>, copied as it is.</summary>
internal sealed record CopiedFileOutput(string Path, CopiedFile File) : OutputEntry(Path);

/// <summary>A smaller copy of one of the site's images, resized or taken from the cache.</summary>
internal sealed record ImageVariantOutput(string Path, Images.ImageVariant Variant) : OutputEntry(Path);

/// <summary>A file of the theme's <c>assets/</c> or <c>static/</c> that the site does not replace.</summary>
internal sealed record ThemeAssetOutput(string Path, ThemeAsset Asset) : OutputEntry(Path);

internal enum SiteFileKind
{
    Sitemap,
    SitemapIndex,
    Robots,
    NoJekyll,
    Cname,
}

/// <summary>The sitemap, robots.txt, and what GitHub Pages reads.</summary>
internal sealed record SiteFileOutput(string Path, SiteFileKind Kind) : OutputEntry(Path)
{
    /// <summary>Which part of a sitemap in parts this is, from 1; 0 for the sitemap of a site that needs one file, or their index.</summary>
    public int Part { get; init; }

    /// <summary>How many parts the sitemap has; 0 when it is one file.</summary>
    public int Parts { get; init; }
}

/// <summary><c>ForEach</c> for read-only lists.</summary>
internal static class ReadOnlyListExtensions
{
    public static void ForEach<T>(this IReadOnlyList<T> items, Action<T> action)
    {
        foreach (var item in items)
        {
            action(item);
        }
    }
}
