using System.Security.Cryptography;
using Markdig;
using Recap.Cards;
using Recap.Configuration;
using Recap.Content;
using Recap.Diagnostics;
using Recap.Images;
using Recap.Incremental;
using Recap.Markdown;
using Recap.Markdown.Highlighting;
using Recap.Model;
using Recap.Output;
using Recap.Sharing;
using Recap.Themes;

namespace Recap;

/// <summary>
/// A build as a short pipeline, each step a function of the one before: <see cref="Load(SiteOptions, DiagnosticBag)"/>
/// reads the configuration, theme and content and resolves them into a model, whose manifest lists
/// everything the build writes; <see cref="Build()"/> plans which of those outputs to write (all
/// of them, or what a rebuild's plan names) and writes them, each by the worker that renders it,
/// into a staging folder swapped in when nothing went wrong. Each step is timed for <c>--verbose</c>.
/// </summary>
public sealed class Site
{
    private static int _digestsWarmed;

    private readonly SiteOptions _options;
    private readonly DiagnosticBag _diagnostics;
    private readonly StepClock _clock;
    private readonly Resolution _resolution;

    private Site(SiteOptions options, DiagnosticBag diagnostics, StepClock clock, Resolution resolution)
    {
        _options = options;
        _diagnostics = diagnostics;
        _clock = clock;
        _resolution = resolution;
    }

    /// <summary>The problems loading, resolving and building found.</summary>
    internal DiagnosticBag Diagnostics => _diagnostics;

    /// <summary>The resolved site, or null when configuration, theme or content could not be read.</summary>
    public SiteModel? Model => (_resolution as Resolved)?.Model;

    public static Site Load(SiteOptions options, DiagnosticBag diagnostics) => Load(options, diagnostics, null);

    /// <param name="cache">Documents of earlier loads, reused while their file is unchanged (a rebuild).</param>
    internal static Site Load(SiteOptions options, DiagnosticBag diagnostics, ContentCache? cache)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(diagnostics);
        diagnostics.SourceRoot ??= options.SourceDirectory;
        WarmDigests();
        var clock = new StepClock();
        var loaded = Read(options, diagnostics, cache, clock);
        var resolution = loaded is null ? Resolution.None : Resolve(loaded, options, diagnostics, clock);
        return new Site(options, diagnostics, clock, resolution);
    }

    /// <summary>Renders and writes the whole site; writes nothing over the previous output when anything fails.</summary>
    public BuildResult Build() => Build(null);

    /// <summary>
    /// With a plan, a rebuild: writes only the files the plan names and deletes those it drops,
    /// over the output folder as it is, and only when nothing fails. Without one, the whole site.
    /// </summary>
    internal BuildResult Build(RebuildPlan? plan)
    {
        if (_resolution is not Resolved resolved || _diagnostics.HasErrors)
        {
            return Result(null, [], null);
        }

        var outputs = Plan(resolved.Model, plan);
        using var writer = plan is null ? OutputWriter.Begin(_options.OutputDirectory) : OutputWriter.Patch(_options.OutputDirectory);
        foreach (var file in plan?.Delete ?? new HashSet<string>())
        {
            writer.Delete(file);
        }

        var (producer, cards, images) = _clock.Time("PrepareViews", () => Producer(resolved, writer, _diagnostics));
        _options.Progress?.Begin("Writing", outputs.Count);
        var counts = _clock.Time("Write", () => producer.WriteAll(outputs));
        foreach (var (kind, milliseconds) in counts.Time)
        {
            _clock.Add($"  {kind}", milliseconds);
        }

        if (_diagnostics.HasErrors)
        {
            writer.Abandon();
            return Result(null, [], null);
        }

        _clock.Time("Publish", () =>
        {
            writer.Commit();
            if (plan is null)
            {
                // A rebuild asks for some cards, images and code blocks only: the others are still in use.
                cards.Prune();
                images.Prune();
                if (resolved.Loaded.Code is { } code)
                {
                    code.Prune();
                }
            }
        });
        return Result(counts, [.. writer.Written.Order(StringComparer.Ordinal)], plan);
    }

    /// <summary>
    /// Makes single outputs of this site on request, in memory (<see cref="SitePreview"/>), while
    /// <see cref="Build()"/> writes them all; null when the site did not resolve or has errors.
    /// </summary>
    public SitePreview? Preview()
    {
        if (_resolution is not Resolved resolved || _diagnostics.HasErrors)
        {
            return null;
        }

        var writer = OutputWriter.Patch(_options.OutputDirectory);
        return new SitePreview(resolved.Model.Outputs.Entries, Producer(resolved, writer, new DiagnosticBag()).Producer, writer);
    }

    /// <summary>What makes the outputs of <paramref name="resolved"/> into <paramref name="writer"/>, with the card and image caches it uses.</summary>
    private (OutputProducer Producer, CardCache Cards, ImageCache Images) Producer(Resolved resolved, OutputWriter writer, DiagnosticBag diagnostics)
    {
        var cards = new CardCache(_options.CardCacheDirectory);
        var images = new ImageCache(ImageCache.BesideCards(cards.Directory));
        return (new OutputProducer(resolved.Model, resolved.Theme, resolved.Views, resolved.Includes, _options, diagnostics, writer, cards, images), cards, images);
    }

    /// <summary>
    /// This site with the new files of talks that changed in what other pages only display, for a
    /// rebuild that resolves nothing again: the body (with the same links), the title, summary,
    /// track, slides, video, <c>updated:</c> and the theme's keys. Null when a change is more than
    /// that (a file that is not one of the model's talks, another speaker, topic, date, order,
    /// format, slug, image or draft, other links, a problem in the body, or any problem at all in
    /// a file whose front matter changed), and the site must be loaded again. The site returned
    /// shares this one's model and views, changed in place, and starts with this one's problems.
    /// </summary>
    /// <param name="changed">Paths relative to the site root.</param>
    /// <returns>The site, and the talks it changed.</returns>
    internal (Site Site, IReadOnlyList<Talk> Talks)? WithTalkEdits(IReadOnlyCollection<string> changed, ContentCache cache)
    {
        if (_resolution is not Resolved resolved || _diagnostics.HasErrors || changed.Count == 0)
        {
            return null;
        }

        var clock = new StepClock();
        var loads = new DiagnosticBag();
        var loader = new ContentLoader(_options.SourceDirectory, _options.OutputDirectory, loads, resolved.Theme.ExtraKeys, resolved.Loaded.Markdown, cache);
        var edits = new List<(Talk Talk, SourceDocument<TalkFrontMatter> Source)>();
        foreach (var path in changed)
        {
            var source = resolved.TalksBySource.TryGetValue(path, out var talk) ? clock.Time("LoadContent", () => loader.LoadTalk(path)) : null;
            if (talk is null || source is null || !IsDisplayEdit(talk.Source, source, [.. _diagnostics.In(path).Concat(loads.In(path))]))
            {
                return null;
            }

            edits.Add((talk, source));
        }

        var wordsPerMinute = ModelBuilder.WordsPerMinute(resolved.Loaded.Config);
        foreach (var (talk, source) in edits)
        {
            var retitled = source.FrontMatterHash != talk.Source.FrontMatterHash;
            ModelBuilder.TakeBody(talk, source, wordsPerMinute);
            if (retitled)
            {
                resolved.Model.Outputs.RetakeCard(talk);
            }

            if (resolved.HasViews)
            {
                resolved.Includes.Forget(resolved.Views.Refresh(talk));
            }
        }

        // A title or a first paragraph is also what search finds and shows; other edits leave the index as it was.
        resolved.Model.Outputs.RetakeSearch(edits.Select(e => e.Talk));
        return (new Site(_options, _diagnostics.Copy(), clock, resolved), [.. edits.Select(e => e.Talk)]);
    }

    /// <summary>
    /// Whether <paramref name="after"/> differs from <paramref name="before"/> only in what the
    /// model displays and does not resolve: the same links, and either the same front matter with
    /// none of the file's <paramref name="problems"/> in the body (one in the front matter stands
    /// as it was), or a front matter that names the same speakers, topics, date, time, order,
    /// format, slug, image and its alt text, video thumbnail, draft state, language (the model checks its code), old URLs and paths among its
    /// slides, video and links, in a file with no problem at all.
    /// </summary>
    private static bool IsDisplayEdit(SourceDocument<TalkFrontMatter> before, SourceDocument<TalkFrontMatter> after, IReadOnlyList<Diagnostic> problems)
    {
        if (!after.Links.Select(l => (l.Url, l.IsImage)).SequenceEqual(before.Links.Select(l => (l.Url, l.IsImage))))
        {
            return false;
        }

        if (after.FrontMatterHash == before.FrontMatterHash)
        {
            return problems.All(d => d.Location is { HasPosition: true } at && at.Line < after.BodyLine);
        }

        var (old, now) = (before.FrontMatter, after.FrontMatter);
        return problems.Count == 0
            && NamedPaths(old).SequenceEqual(NamedPaths(now), StringComparer.Ordinal)
            && old.Speakers.Select(s => s.Value).SequenceEqual(now.Speakers.Select(s => s.Value), StringComparer.Ordinal)
            && old.Topics.Select(t => t.Value).SequenceEqual(now.Topics.Select(t => t.Value), StringComparer.Ordinal)
            && (old.Format, old.Date, old.Time, old.Order, old.Slug, old.Image?.Value, old.VideoThumbnail?.Value, old.Draft, old.Language) == (now.Format, now.Date, now.Time, now.Order, now.Slug, now.Image?.Value, now.VideoThumbnail?.Value, now.Draft, now.Language)
            && old.Alt == now.Alt // the model keeps it with the image, and warns when it is missing
            && old.RedirectFrom.Select(r => r.Value).SequenceEqual(now.RedirectFrom.Select(r => r.Value), StringComparer.Ordinal);
    }

    /// <summary>The paths among the links a talk's front matter names: the model resolves them (<see cref="Model.LinkResolver.ResolveNamed"/>), web addresses it shows as written.</summary>
    private static IEnumerable<string> NamedPaths(TalkFrontMatter frontMatter) =>
        new[] { frontMatter.Slides, frontMatter.Video }.Concat(frontMatter.Links.Select(l => l.Url))
            .Select(url => url?.Value ?? string.Empty)
            .Where(url => url.Length > 0 && !ContentPaths.IsExternal(url) && !url.StartsWith('#'));

    /// <summary>
    /// The first SHA-256 of a process loads OpenSSL and its providers, some 20 ms; every body read
    /// is hashed, so a spare core does it while configuration and theme load on this one. Once per
    /// process: serve loads the site again for each rebuild.
    /// </summary>
    private static void WarmDigests()
    {
        if (Interlocked.Exchange(ref _digestsWarmed, 1) == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static _ => SHA256.HashData(ReadOnlySpan<byte>.Empty), null);
        }
    }

    /// <summary>Configuration, theme and content, or null when one could not be read (reported).</summary>
    private static Loaded? Read(SiteOptions options, DiagnosticBag diagnostics, ContentCache? cache, StepClock clock)
    {
        var config = clock.Time("LoadConfiguration", () => SiteConfigLoader.Load(options.SourceDirectory, options.BaseUrl, diagnostics));
        if (config is null)
        {
            return null;
        }

        diagnostics.Strict = config.Strict;
        var theme = clock.Time("LoadTheme", () => Theme.Load(options.SourceDirectory, config.Theme, config.Language, diagnostics, config.LocationOf("theme")));
        if (theme is null)
        {
            return null;
        }

        var permalinks = Permalinks.Create(config.Permalinks ?? new PermalinkConfig(), diagnostics);
        var code = new CodeCache(SocialCards.CacheBeside(options.CardCacheDirectory, "code"));
        // Documents compiled otherwise are read again.
        var compilation = new BodyCompilation(config.Markdown.UnsafeHtml, config.Direction, theme.Ids, theme.HeadingLinks);
        cache?.CompiledAs(compilation.Key);
        // With a cache of documents (serve), a rebuild reads only the files that changed: it asks the
        // body and code caches for some bodies only, and cannot tell what is unused. A first load reads every file.
        var whole = cache is null || cache.IsEmpty;
        var bodies = new BodyCache(SocialCards.CacheBeside(options.CardCacheDirectory, "bodies"), compilation.Key, code, whole, leaveInFile: options.Live);
        var markdown = new MarkdownCompiler(compilation.Pipeline(code), bodies);
        options.Progress?.Begin("Reading");
        var content = clock.Time("LoadContent", () =>
        {
            var loaded = new ContentLoader(options.SourceDirectory, options.OutputDirectory, diagnostics, theme.ExtraKeys, markdown, cache).Load();
            if (whole)
            {
                bodies.Save();
            }

            return loaded;
        });
        return permalinks is null ? null : new Loaded(config, permalinks, theme, markdown, cache is null ? code : null, content);
    }

    /// <summary>The model: every page, its URL and links, and the manifest of what the build writes.</summary>
    private static Resolved Resolve(Loaded loaded, SiteOptions options, DiagnosticBag diagnostics, StepClock clock)
    {
        options.Progress?.Begin("Resolving");
        var builder = new ModelBuilder(loaded.Content, loaded.Config, loaded.Permalinks, options, new UrlBuilder(loaded.Config.BaseUrl), diagnostics);
        var model = clock.Time("BuildModel", () => builder.Build(loaded.Theme));

        // A part of BuildModel, for archives with thousands of names.
        clock.Add("  MatchNames", (long)builder.NameTime.TotalMilliseconds);
        return new Resolved(model, loaded, options);
    }

    /// <summary>The outputs this build writes: all of them, or those a rebuild's plan names.</summary>
    private static List<OutputEntry> Plan(SiteModel model, RebuildPlan? plan) =>
        [.. model.Outputs.Entries.Where(e => plan is null || plan.Write.Contains(e.Path))];

    /// <param name="counts">What was written; null when the build failed.</param>
    private BuildResult Result(OutputCounts? counts, IReadOnlyList<string> written, RebuildPlan? plan) => new()
    {
        Succeeded = counts is not null,
        Pages = counts?.Pages ?? 0,
        Files = counts?.Files ?? 0,
        Feeds = counts?.Feeds ?? 0,
        Redirects = counts?.Redirects ?? 0,
        CardsDrawn = counts?.CardsDrawn ?? 0,
        CardsReused = counts?.CardsReused ?? 0,
        ImagesResized = counts?.ImagesResized ?? 0,
        ImagesReused = counts?.ImagesReused ?? 0,
        CharactersWithoutFont = counts?.CharactersWithoutFont ?? [],
        PendingCards = counts?.PendingCards ?? [],
        Written = written,
        Deleted = counts is null || plan is null ? [] : [.. plan.Delete],
        Conferences = Model?.Conferences.Count ?? 0,
        Talks = Model?.Talks.Count ?? 0,
        Speakers = Model?.Speakers.Count ?? 0,
        Topics = Model?.Topics.Count ?? 0,
        ElapsedMilliseconds = _clock.Elapsed,
        Steps = _clock.Steps,
    };

    /// <param name="Code">The code cache, when this load compiled or read every body and so knows which blocks are in use: a whole build prunes it (none for serve's loads).</param>
    private sealed record Loaded(SiteConfig Config, Permalinks Permalinks, Theme Theme, MarkdownCompiler Markdown, CodeCache? Code, ContentSet Content);

    /// <summary>What loading and resolving made: a model, or <see cref="None"/> when it could not.</summary>
    private class Resolution
    {
        public static Resolution None { get; } = new();
    }

    private sealed class Resolved(SiteModel model, Loaded loaded, SiteOptions options) : Resolution
    {
        private readonly Lazy<ViewFactory> _views = new(() =>
        {
            var views = new ViewFactory(model, new Listing(options.Today));
            views.Build();
            return views;
        });

        private readonly Lazy<Dictionary<string, Talk>> _talks = new(() => model.Talks.ToDictionary(t => t.SourcePath, StringComparer.Ordinal));

        public SiteModel Model { get; } = model;

        public Loaded Loaded { get; } = loaded;

        public Theme Theme => Loaded.Theme;

        /// <summary>The views of the model: built by the first build that writes, kept for rebuilds of displayed talk fields.</summary>
        public ViewFactory Views => _views.Value;

        public bool HasViews => _views.IsValueCreated;

        /// <summary>
        /// The markup of pure partials: a build's, let go once it has written every page; for a live
        /// site, kept with the views, which rebuilds of displayed talk fields keep too.
        /// </summary>
        public IncludeMemo Includes { get; } = new(loaded.Theme.PurePartials, lasting: options.Live);

        /// <summary>The model's talks by the path of their file.</summary>
        public IReadOnlyDictionary<string, Talk> TalksBySource => _talks.Value;
    }
}
