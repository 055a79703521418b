using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using Recap.Cards;
using Recap.Configuration;
using Recap.Diagnostics;
using Recap.Images;
using Recap.Model;
using Recap.Rendering;
using Recap.Sharing;
using Recap.Themes;
using Recap.Themes.Views;

namespace Recap.Output;

/// <summary>
/// Makes the outputs of a manifest: pages, feeds, cards, copies and the site's own files, all in
/// one parallel pass with no barrier between kinds, each written by the worker that made it.
/// Views of the model are built before, once per model (<see cref="ViewFactory"/>).
/// </summary>
internal sealed class OutputProducer
{
    private readonly SiteModel _model;
    private readonly SiteOptions _options;
    private readonly OutputWriter _writer;
    private readonly CardCache _cards;
    private readonly ImageCache _images;
    private readonly DiagnosticBag _diagnostics;
    private readonly Listing _listing;
    private readonly ViewFactory _views;
    private readonly PageMetaFactory _meta;
    private readonly PageRenderer _renderer;
    private readonly AtomFeed _feed;
    private readonly ConcurrentBag<CardOutput> _pendingCards = [];

    public OutputProducer(SiteModel model, Theme theme, ViewFactory views, IncludeMemo includes, SiteOptions options, DiagnosticBag diagnostics, OutputWriter writer, CardCache cards, ImageCache images)
    {
        _images = images;
        _diagnostics = diagnostics;
        _model = model;
        _options = options;
        _writer = writer;
        _cards = cards;
        _listing = views.Listing;
        _views = views;
        _meta = new PageMetaFactory(model, _listing);
        _feed = new AtomFeed(model, _listing);
        var limits = TemplateLimits.For(model.Talks.Count + model.Speakers.Count + model.Topics.Count + model.Conferences.Count + model.Pages.Count);
        _renderer = new PageRenderer(theme, TemplateFunctions.CreateBuiltins(), TemplateFunctions.Create(model.Urls, model.Config.Direction, model.Strings), _views.Site, includes, diagnostics, limits);
    }

    /// <summary>Writes every output of <paramref name="outputs"/>; returns what was written and the time each kind took, summed over the workers.</summary>
    public OutputCounts WriteAll(IReadOnlyList<OutputEntry> outputs)
    {
        var pages = 0;
        var feeds = 0;
        var redirects = 0;
        var files = 0;
        var time = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        // One worker per core: a worker waiting on the disk would otherwise have the thread pool
        // add threads, which then contend for the same folders.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        ForEachSayingWhatTheDiskSaid(Partitioner.Create(Interleaved(outputs), loadBalance: true), parallel, entry =>
        {
            var start = Stopwatch.GetTimestamp();
            var written = Write(entry);
            _options.Progress?.Advance();
            if (written && entry is PageOutput)
            {
                Interlocked.Increment(ref pages);
            }
            else if (written && entry is FeedOutput)
            {
                Interlocked.Increment(ref feeds);
            }
            else if (written && entry is RedirectOutput)
            {
                Interlocked.Increment(ref redirects);
            }
            else if (written && entry is CopiedFileOutput or ThemeAssetOutput)
            {
                Interlocked.Increment(ref files);
            }

            var kind = entry switch
            {
                PageOutput => "Pages",
                FeedOutput => "Feeds",
                CardOutput => "Cards",
                ImageVariantOutput => "Images",
                _ => "Files",
            };
            time.AddOrUpdate(kind, Stopwatch.GetTimestamp() - start, (_, sum) => sum + Stopwatch.GetTimestamp() - start);
        });

        _renderer.SettleIncludes();
        return new OutputCounts(pages, files, feeds, _cards.Drawn, _cards.Reused)
        {
            Redirects = redirects,
            ImagesResized = _images.Resized,
            ImagesReused = _images.Reused,
            CharactersWithoutFont = _cards.WithoutFont,
            PendingCards = [.. _pendingCards.OrderBy(c => c.Path, StringComparer.Ordinal)],
            Time = [.. time.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => (t.Key, (long)Stopwatch.GetElapsedTime(0, t.Value).TotalMilliseconds))],
        };
    }

    /// <summary>
    /// <see cref="Parallel.ForEach{TSource}(Partitioner{TSource}, ParallelOptions, Action{TSource})"/>,
    /// but a disk's failure (full, read-only, a file changed under the build) comes out as the
    /// first worker's <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/>, which
    /// the commands report as what the disk said, not as an internal error.
    /// </summary>
    private static void ForEachSayingWhatTheDiskSaid<T>(Partitioner<T> source, ParallelOptions parallel, Action<T> body)
    {
        try
        {
            Parallel.ForEach(source, parallel, body);
        }
        catch (AggregateException e) when (e.InnerExceptions.FirstOrDefault(i => i is IOException or UnauthorizedAccessException) is { } disk)
        {
            ExceptionDispatchInfo.Throw(disk);
        }
    }

    /// <summary>
    /// The outputs with the cards spread evenly between the others rather than after them: a card
    /// taken from the cache is mostly waiting on the file system (opening the cached file, linking
    /// it), and a worker doing that leaves its core to one rendering a page.
    /// </summary>
    private static List<OutputEntry> Interleaved(IReadOnlyList<OutputEntry> outputs)
    {
        var cards = outputs.Where(o => o is CardOutput).ToList();
        var others = outputs.Where(o => o is not CardOutput).ToList();
        var interleaved = new List<OutputEntry>(outputs.Count);
        var taken = 0;
        for (var i = 0; i < others.Count; i++)
        {
            interleaved.Add(others[i]);
            for (var due = (int)((long)(i + 1) * cards.Count / others.Count); taken < due; taken++)
            {
                interleaved.Add(cards[taken]);
            }
        }

        interleaved.AddRange(cards[taken..]);
        return interleaved;
    }

    /// <returns>False when nothing was written: a template failed (reported), or a card is left for later.</returns>
    internal bool Write(OutputEntry entry)
    {
        switch (entry)
        {
            case PageOutput page:
                return Render(page);
            case FeedOutput feed:
                _feed.Write(feed.Title, feed.PagePath, feed.Talks, feed.Since, bytes => _writer.WriteBytes(feed.Path, bytes));
                return true;
            case CardOutput card when _options.DeferCards:
                if (!_cards.TryGet(card.Card, out var cached))
                {
                    _pendingCards.Add(card);
                    return false;
                }

                _writer.Link(cached, card.Path);
                return true;
            case CardOutput card:
                _writer.Link(_cards.GetOrPaint(card.Card, out _), card.Path);
                return true;
            case ImageVariantOutput image:
                WriteVariant(image);
                return true;
            case CopiedFileOutput copied:
                _writer.Copy(Path.Combine(_options.SourceDirectory, copied.File.SourcePath), copied.Path);
                return true;
            case ThemeAssetOutput asset:
                using (var stream = asset.Asset.Source.OpenRead(asset.Asset.Path)!)
                {
                    _writer.Write(asset.Path, stream);
                }

                return true;
            case SiteFileOutput file:
                WriteSiteFile(file);
                return true;
            case RedirectOutput redirect:
                _writer.WriteText(redirect.Path, RedirectPage(redirect.Target));
                return true;
            case CalendarOutput calendar:
                _writer.WriteText(calendar.Path, Programme(calendar.Conference));
                return true;
            case SearchOutput search when _model.Outputs.Search is { } index:
                _writer.WriteBytes(search.Path, search.IsShard ? index.Shard(search.Number) : index.Chunk(search.Number));
                return true;
            default:
                throw new InvalidOperationException($"No producer for {entry.GetType().Name}.");
        }
    }

    /// <summary>
    /// A smaller copy of an image, from the cache or resized into it. An image whose header reads
    /// but whose pixels do not decode is published as it is under the copy's name too, so that
    /// its srcset still works, with a warning at the file.
    /// </summary>
    private void WriteVariant(ImageVariantOutput image)
    {
        var source = Path.Combine(_options.SourceDirectory, image.Variant.SourcePath);
        if (_images.GetOrResize(image.Variant, source) is { } resized)
        {
            _writer.Link(resized, image.Path);
            return;
        }

        _diagnostics.Warning(
            DiagnosticCodes.UnreadableImage,
            SourceLocation.File(image.Variant.SourcePath),
            $"image cannot be decoded as a {image.Variant.Format} file, so it is not resized: its {image.Variant.Width}-pixel copy is the image as it is");
        _writer.Copy(source, image.Path);
    }

    /// <summary>
    /// A page at an old URL that sends readers on at once (<c>http-equiv="refresh"</c>, which static
    /// hosts such as GitHub Pages offer in place of a redirect), with a link for those that do not
    /// follow it, and tells search engines the page it moved to (its canonical URL, and noindex).
    /// </summary>
    private string RedirectPage(object target)
    {
        var (title, sitePath) = target switch
        {
            Talk talk => (talk.Title, talk.SitePath),
            Conference conference => (conference.Name, conference.SitePath),
            Model.Page page => (page.Title, page.SitePath),
            INamedPage named => (named.Name, named.SitePath),
            _ => throw new InvalidOperationException($"No page for a redirect to {target.GetType().Name}."),
        };
        var config = _model.Config;
        var (url, text) = (HtmlEscaper.Escape(_model.Urls.Url(sitePath)), HtmlEscaper.Escape(title));
        return $"""
            <!DOCTYPE html>
            <html lang="{HtmlEscaper.Escape(config.Language)}" dir="{config.Direction.Name}">
            <head>
            <meta charset="utf-8">
            <title>{text}</title>
            <meta name="robots" content="noindex">
            <link rel="canonical" href="{HtmlEscaper.Escape(_model.Urls.AbsoluteUrl(sitePath))}">
            <meta http-equiv="refresh" content="0; url={url}">
            </head>
            <body>
            <p><a href="{url}">{text}</a></p>
            </body>
            </html>

            """;
    }

    /// <summary>The conference's talks that have a day and a time, each linked to its page.</summary>
    private string Programme(Conference conference)
    {
        var entries = conference.Talks
            .Where(t => t.Time is not null && t.Date is { Day: not null })
            .Select(t => new CalendarEntry(
                Uid: _model.Urls.AbsoluteUrl(t.SitePath),
                Title: t.Title,
                LocalStart: new DateTime(t.Date!.Value.Year, t.Date.Value.Month!.Value, t.Date.Value.Day!.Value, t.Time!.Value.Hour, t.Time.Value.Minute, 0),
                DurationMinutes: t.Duration,
                Room: t.Room,
                Url: _model.Urls.AbsoluteUrl(t.SitePath),
                Summary: t.Summary))
            .ToList();
        return ProgrammeCalendar.Write(conference.Name, conference.TimeZone, entries);
    }

    private bool Render(PageOutput page)
    {
        var (meta, sourcePath, variables) = Job(page);
        return _renderer.Render(meta, sourcePath, variables, html => _writer.WriteBytes(page.Path, html));
    }

    /// <summary>A page's meta, what it is made from (for messages), and its kind's own variables.</summary>
    private (PageMeta Meta, string SourcePath, Dictionary<string, object?> Variables) Job(PageOutput page)
    {
        return page switch
        {
            { Item: Talk talk } => (_meta.Talk(talk), talk.SourcePath, new() { ["talk"] = _views.Talks[talk] }),
            { Item: Conference conference } => (
                _meta.Paged(_meta.Conference(conference, Pagination.Slice(conference.Talks, page.Number, page.Count, _model.Config.Options.TalksPerPage)), page.Number, page.Count),
                conference.SourcePath,
                new() { ["conference"] = _views.Conferences[conference], ["pager"] = _views.Pager(_views.Conferences[conference].Talks, conference.SitePath, page.Number, page.Count, byDay: conference.IsOverDays) }),
            { Item: Speaker speaker } => (
                _meta.Paged(_meta.Speaker(speaker), page.Number, page.Count),
                speaker.SourcePath ?? speaker.DefinedAt.Path,
                new() { ["speaker"] = _views.Speakers[speaker], ["pager"] = _views.Pager(_views.Speakers[speaker].Talks, speaker.SitePath, page.Number, page.Count) }),
            { Item: Topic topic } => (
                _meta.Paged(_meta.Topic(topic), page.Number, page.Count),
                topic.SourcePath ?? topic.DefinedAt.Path,
                new() { ["topic"] = _views.Topics[topic], ["pager"] = _views.Pager(_views.Topics[topic].Talks, topic.SitePath, page.Number, page.Count) }),
            { Item: Page entry } => (_meta.Page(entry), entry.SourcePath, new() { ["entry"] = _views.Pages[entry] }),
            { Kind: PageKind.Home } => (_meta.Home(), SiteConfigLoader.Path, new() { ["home"] = _views.Home(_model.Config.Options) }),
            { Kind: PageKind.Conferences } => (
                _meta.Paged(_meta.Index("conferences", _model.ConferencesPath), page.Number, page.Count),
                SiteConfigLoader.Path,
                new() { ["conferences"] = _views.ConferenceList, ["pager"] = _views.ConferencesPager(page.Number, page.Count) }),
            { Kind: PageKind.Speakers } => (
                _meta.Paged(_meta.Index("speakers", _model.SpeakersPath), page.Number, page.Count),
                SiteConfigLoader.Path,
                SpeakersIndex(page.Number, page.Count)),
            { Kind: PageKind.Topics } => (
                _meta.Index("topics", _model.TopicsPath),
                SiteConfigLoader.Path,
                new() { ["topics"] = _views.TopicList }),
            { Kind: PageKind.Search } when _model.Outputs.Search is { } index => (
                _meta.Search(),
                SiteConfigLoader.Path,
                new()
                {
                    ["search"] = new SearchView
                    {
                        IndexUrl = _model.Urls.Url(SiteFiles.SearchIndexFolder),
                        Shards = index.Shards,
                        ChunkSize = Search.SearchIndex.ChunkSize,
                        Version = index.Fingerprint,
                    },
                }),
            _ => (_meta.NotFound(), SiteConfigLoader.Path, []),
        };
    }

    private Dictionary<string, object?> SpeakersIndex(int number, int count)
    {
        var (speakers, letters, pager) = _views.SpeakersIndex(number, count);
        return new() { ["speakers"] = speakers, ["letters"] = letters, ["pager"] = pager };
    }

    /// <summary>The sitemap, robots.txt, and what GitHub Pages reads: <c>.nojekyll</c> and, with <c>domain:</c>, <c>CNAME</c>.</summary>
    private void WriteSiteFile(SiteFileOutput file)
    {
        var sitemap = new Sitemap(_model, _listing);
        switch (file.Kind)
        {
            case SiteFileKind.Sitemap:
                _writer.WriteBytes(file.Path, sitemap.Write(file.Part, file.Parts));
                break;
            case SiteFileKind.SitemapIndex:
                _writer.WriteBytes(file.Path, sitemap.WriteIndex(file.Parts));
                break;
            case SiteFileKind.Robots:
                _writer.WriteText(file.Path, sitemap.Robots());
                break;
            case SiteFileKind.NoJekyll:
                _writer.WriteText(file.Path, string.Empty);
                break;
            case SiteFileKind.Cname:
                _writer.WriteText(file.Path, _model.Config.Domain + "\n");
                break;
        }
    }
}

/// <summary>What a build wrote, and the time each kind of output took, summed over the workers.</summary>
internal sealed record OutputCounts(int Pages, int Files, int Feeds, int CardsDrawn, int CardsReused)
{
    public IReadOnlyList<(string Kind, long Milliseconds)> Time { get; init; } = [];

    /// <summary>Pages at old URLs (<c>redirect_from:</c>) written.</summary>
    public int Redirects { get; init; }

    /// <summary>Smaller copies of images resized by this build, and taken from the cache.</summary>
    public int ImagesResized { get; init; }

    public int ImagesReused { get; init; }

    /// <summary>Characters of the cards that no font draws (<see cref="CardCache.WithoutFont"/>).</summary>
    public IReadOnlyList<int> CharactersWithoutFont { get; init; } = [];

    /// <summary>Cards left out for later (<see cref="SiteOptions.DeferCards"/>).</summary>
    public IReadOnlyList<CardOutput> PendingCards { get; init; } = [];
}
