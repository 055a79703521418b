using System.Diagnostics;
using Markdig;
using Recap.Cards;
using Recap.Configuration;
using Recap.Incremental;
using Recap.Content;
using Recap.Diagnostics;
using Recap.Markdown;
using Recap.Model;
using Recap.Output;
using Recap.Rendering;
using Recap.Sharing;
using Recap.Themes;
using Recap.Themes.Views;

namespace Recap;

/// <summary>
/// The build, step by step: <see cref="Load"/> reads and resolves everything, <see cref="Build"/>
/// renders every page into a staging folder and swaps it in when nothing went wrong. Each step is
/// public, so a test can run one, and timed, so <c>--verbose</c> can show where time goes.
/// </summary>
public sealed class Site
{
    private readonly SiteOptions _options;
    private readonly DiagnosticBag _diagnostics;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<StepTiming> _steps = [];
    private MarkdownPipeline? _pipeline;
    private SiteConfig? _config;
    private Permalinks? _permalinks;
    private Theme? _theme;
    private ContentSet? _content;
    private ViewFactory? _views;
    private PageMetaFactory? _meta;
    private Listing? _listing;
    private RebuildPlan? _plan;
    private ContentCache? _cache;
    private PageRenderer? _renderer;
    private OutputWriter? _output;
    private int _pages;
    private int _files;
    private int _feeds;
    private CardCache? _cards;

    private Site(SiteOptions options, DiagnosticBag diagnostics)
    {
        _options = options;
        _diagnostics = diagnostics;
        diagnostics.SourceRoot ??= options.SourceDirectory;
    }

    /// <summary>The resolved site, or null when configuration, theme or content could not be read.</summary>
    public SiteModel? Model { get; private set; }

    /// <summary>The theme the site is built with, once loaded.</summary>
    internal Theme? Theme => _theme;

    public static Site Load(SiteOptions options, DiagnosticBag diagnostics) => Load(options, diagnostics, null);

    /// <param name="cache">Documents of earlier loads, reused while their file is unchanged (a rebuild).</param>
    internal static Site Load(SiteOptions options, DiagnosticBag diagnostics, ContentCache? cache)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var site = new Site(options, diagnostics) { _cache = cache };
        site.LoadConfiguration();
        site.LoadTheme();
        site.LoadContent();
        site.BuildModel();
        return site;
    }

    public void LoadConfiguration() => Time(nameof(LoadConfiguration), () =>
    {
        _config = SiteConfigLoader.Load(_options.SourceDirectory, _options.BaseUrl, _diagnostics);
        if (_config is not null)
        {
            _diagnostics.Strict = _config.Strict;
            _pipeline = MarkdownPipelineFactory.Create(_config.Markdown.UnsafeHtml);
            _permalinks = Permalinks.Create(_config.Permalinks ?? new PermalinkConfig(), _diagnostics);
        }
    });

    public void LoadTheme() => Time(nameof(LoadTheme), () =>
    {
        if (_config is not null)
        {
            _theme = Theme.Load(_options.SourceDirectory, _config.Theme, _diagnostics, _config.LocationOf("theme"));
        }
    });

    public void LoadContent() => Time(nameof(LoadContent), () =>
    {
        if (_theme is not null && _pipeline is not null)
        {
            _content = new ContentLoader(_options.SourceDirectory, _options.OutputDirectory, _diagnostics, _theme.ExtraKeys, _pipeline, _cache).Load();
        }
    });

    public void BuildModel()
    {
        TimeSpan? names = null;
        Time(nameof(BuildModel), () => names = BuildModelAndTimeNames());
        if (names is { } time)
        {
            // A part of BuildModel, for archives with thousands of names.
            _steps.Add(new StepTiming("  MatchNames", (long)time.TotalMilliseconds));
        }
    }

    private TimeSpan? BuildModelAndTimeNames()
    {
        if (_config is null || _permalinks is null || _theme is null || _content is null)
        {
            return null;
        }

        var urls = new UrlBuilder(_config.BaseUrl);
        var builder = new ModelBuilder(_content, _config, _permalinks, _options, urls, _diagnostics);
        Model = builder.Build(_theme.Assets.Select(a => a.Path));
        return builder.NameTime;
    }

    /// <summary>Renders and writes the whole site; writes nothing over the previous output when anything fails.</summary>
    public BuildResult Build() => Build(null);

    /// <summary>
    /// With a plan, a rebuild: writes only the files the plan names and deletes those it drops,
    /// over the output folder as it is, and only when nothing fails. Without one, the whole site.
    /// </summary>
    internal BuildResult Build(RebuildPlan? plan)
    {
        if (Model is null || _theme is null || _diagnostics.HasErrors)
        {
            return Result(succeeded: false);
        }

        _plan = plan;
        using (_output = plan is null ? OutputWriter.Begin(_options.OutputDirectory) : OutputWriter.Patch(_options.OutputDirectory))
        {
            foreach (var file in plan?.Delete ?? new HashSet<string>())
            {
                _output.Delete(file);
            }

            PrepareViews();
            RenderTalks();
            RenderConferences();
            RenderSpeakers();
            RenderTopics();
            RenderPages();
            RenderIndexes();
            WriteFeeds();
            WriteSiteFiles();
            DrawCards();
            CopyFiles();
            if (_diagnostics.HasErrors)
            {
                _output.Abandon();
                return Result(succeeded: false);
            }

            Publish();
        }

        return Result(succeeded: true);
    }

    public void PrepareViews() => Time(nameof(PrepareViews), () =>
    {
        var model = Model!;
        var listing = _listing = new Listing(_options.Today);
        _views = new ViewFactory(model, listing);
        _views.Build();
        _meta = new PageMetaFactory(model, _options.SourceDirectory, listing);
        var functions = TemplateFunctions.Create(model.Urls);
        var limits = TemplateLimits.For(model.Talks.Count + model.Speakers.Count + model.Topics.Count + model.Conferences.Count + model.Pages.Count);
        _renderer = new PageRenderer(_theme!, TemplateFunctions.CreateBuiltins(), functions, _views.Site, _diagnostics, limits);
    });

    public void RenderTalks() => Time(nameof(RenderTalks), () =>
        RenderAll(Model!.Talks, talk => talk.SitePath, talk => new PageJob(_meta!.Talk(talk), talk.SourcePath, new() { ["talk"] = _views!.Talks[talk] })));

    public void RenderConferences() => Time(nameof(RenderConferences), () =>
        RenderAll(Model!.Conferences, conference => conference.SitePath, conference => new PageJob(_meta!.Conference(conference), conference.SourcePath, new() { ["conference"] = _views!.Conferences[conference] })));

    public void RenderSpeakers() => Time(nameof(RenderSpeakers), () =>
        RenderAll(Model!.Speakers, speaker => speaker.SitePath, speaker => new PageJob(_meta!.Speaker(speaker), speaker.SourcePath ?? speaker.DefinedAt.Path, new() { ["speaker"] = _views!.Speakers[speaker] })));

    public void RenderTopics() => Time(nameof(RenderTopics), () =>
        RenderAll(Model!.Topics, topic => topic.SitePath, topic => new PageJob(_meta!.Topic(topic), topic.SourcePath ?? topic.DefinedAt.Path, new() { ["topic"] = _views!.Topics[topic] })));

    public void RenderPages() => Time(nameof(RenderPages), () =>
        RenderAll(Model!.Pages, page => page.SitePath, page => new PageJob(_meta!.Page(page), page.SourcePath, new() { ["entry"] = _views!.Pages[page] })));

    /// <summary>The home page, the conference, speaker and topic indexes, and the 404 page.</summary>
    public void RenderIndexes() => Time(nameof(RenderIndexes), () =>
    {
        var model = Model!;
        var views = _views!;
        var meta = _meta!;
        var title = model.Config.Title;
        var jobs = new List<PageJob>
        {
            new(meta.Home(), SiteConfigLoader.Path, new() { ["home"] = views.Home(model.Config.Options) }),
            new(meta.Index("conferences", "Conferences", $"Every conference recapped on {title}.", model.ConferencesPath), SiteConfigLoader.Path, new() { ["conferences"] = views.ConferenceList }),
            new(meta.Index("speakers", "Speakers", $"Every speaker of the talks recapped on {title}.", model.SpeakersPath), SiteConfigLoader.Path, new() { ["speakers"] = views.SpeakerList, ["letters"] = views.Letters() }),
            new(meta.Index("topics", "Topics", $"Every topic of the talks recapped on {title}.", model.TopicsPath), SiteConfigLoader.Path, new() { ["topics"] = views.TopicList }),
            new(meta.NotFound(), SiteConfigLoader.Path, []),
        };
        RenderAll(jobs, job => job.Meta.SitePath, job => job);
    });

    /// <summary>Atom feeds: the whole site's, and one per conference, speaker and topic.</summary>
    public void WriteFeeds() => Time(nameof(WriteFeeds), () =>
    {
        var model = Model!;
        var output = _output!;
        var feed = new AtomFeed(model, _listing!);
        var feeds = new List<(string Title, string SitePath, IReadOnlyList<Talk> Talks, PartialDate? Since)> { ("Talks", string.Empty, model.Talks, null) };
        feeds.AddRange(model.Conferences.Select(c => (c.Name, c.SitePath, c.Talks, c.FrontMatter.Start)));
        feeds.AddRange(model.Speakers.Select(s => (s.Name, s.SitePath, s.Talks, (PartialDate?)null)));
        feeds.AddRange(model.Topics.Select(t => (t.Name, t.SitePath, t.Talks, t.Conferences.Select(c => c.FrontMatter.Start).Max())));
        Parallel.ForEach(feeds.Where(f => Includes(SiteFiles.FeedOf(f.SitePath))), f =>
        {
            output.WriteBytes(SiteFiles.FeedOf(f.SitePath), feed.Write(f.Title, f.SitePath, f.Talks, f.Since));
            Interlocked.Increment(ref _feeds);
        });
    });

    /// <summary>The sitemap, robots.txt, and what GitHub Pages reads: <c>.nojekyll</c> and, with <c>domain:</c>, <c>CNAME</c>.</summary>
    public void WriteSiteFiles() => Time(nameof(WriteSiteFiles), () =>
    {
        var model = Model!;
        var output = _output!;
        var sitemap = new Sitemap(model, _listing!);
        if (Includes(SiteFiles.Sitemap))
        {
            output.WriteBytes(SiteFiles.Sitemap, sitemap.Write());
        }

        if (_plan is not null)
        {
            return; // the files below change only with site.yml, which rebuilds everything
        }

        output.WriteText(SiteFiles.Robots, sitemap.Robots());
        output.WriteText(SiteFiles.NoJekyll, string.Empty);
        if (model.Config.Domain is { } domain)
        {
            output.WriteText(SiteFiles.Cname, domain + "\n");
        }
    });

    /// <summary>Social cards: drawn into the cache beside the output when their text changed, copied from it otherwise.</summary>
    public void DrawCards() => Time(nameof(DrawCards), () =>
    {
        var output = _output!;
        var cards = _cards = new CardCache(_options.CardCache ?? SocialCards.CacheFolder(_options.OutputDirectory));
        Parallel.ForEach(new SocialCards(Model!, _theme!.Config.CardColors).All().Where(c => Includes(c.SitePath)), card =>
            output.Link(cards.GetOrPaint(card.Card, out _), card.SitePath));
    });

    /// <summary>Copies files beside content, <c>static/</c> and the theme's assets.</summary>
    public void CopyFiles() => Time(nameof(CopyFiles), () =>
    {
        var output = _output!;
        Parallel.ForEach(Model!.Files.Where(f => Includes(UrlBuilder.OutputFile(f.SitePath))), file =>
        {
            output.Copy(Path.Combine(_options.SourceDirectory, file.SourcePath), UrlBuilder.OutputFile(file.SitePath));
            Interlocked.Increment(ref _files);
        });
        foreach (var asset in _theme!.Assets.Where(a => Includes(a.Path)))
        {
            using var stream = asset.Source.OpenRead(asset.Path)!;
            output.Write(asset.Path, stream);
            _files++;
        }
    });

    /// <summary>Swaps the staged site in place of the output folder.</summary>
    public void Publish() => Time(nameof(Publish), () =>
    {
        _output!.Commit();
        if (_plan is null)
        {
            _cards?.Prune(); // a rebuild asks for some cards only: the others are still in use
        }
    });

    private void RenderAll<T>(IReadOnlyList<T> items, Func<T, string> sitePath, Func<T, PageJob> job)
    {
        var renderer = _renderer!;
        var output = _output!;
        Parallel.ForEach(items.Where(item => Includes(UrlBuilder.OutputFile(sitePath(item)))), item =>
        {
            var page = job(item);
            if (renderer.Render(page.Meta, page.SourcePath, page.Variables) is { } html)
            {
                output.WriteText(UrlBuilder.OutputFile(page.Meta.SitePath), html);
                Interlocked.Increment(ref _pages);
            }
        });
    }

    /// <summary>Whether this build writes <paramref name="output"/>: every file, or those its rebuild plan names.</summary>
    private bool Includes(string output) => _plan is null || _plan.Write.Contains(output);

    private void Time(string step, Action action)
    {
        var start = _clock.ElapsedMilliseconds;
        action();
        _steps.Add(new StepTiming(step, _clock.ElapsedMilliseconds - start));
    }

    private BuildResult Result(bool succeeded) => new()
    {
        Succeeded = succeeded,
        Pages = succeeded ? _pages : 0,
        Files = succeeded ? _files : 0,
        Feeds = succeeded ? _feeds : 0,
        CardsDrawn = succeeded ? _cards?.Drawn ?? 0 : 0,
        CardsReused = succeeded ? _cards?.Reused ?? 0 : 0,
        Written = succeeded && _output is not null ? [.. _output.Written.Order(StringComparer.Ordinal)] : [],
        Deleted = succeeded && _plan is not null ? [.. _plan.Delete] : [],
        Conferences = Model?.Conferences.Count ?? 0,
        Talks = Model?.Talks.Count ?? 0,
        Speakers = Model?.Speakers.Count ?? 0,
        Topics = Model?.Topics.Count ?? 0,
        ElapsedMilliseconds = _clock.ElapsedMilliseconds,
        Steps = _steps,
    };

    /// <summary>One page to render: its layout kind, meta, what it is made from, and its own variables.</summary>
    private sealed record PageJob(PageMeta Meta, string SourcePath, Dictionary<string, object?> Variables);
}
