using System.Diagnostics;
using Recap.Cards;
using Recap.Configuration;
using Recap.Content;
using Recap.Diagnostics;
using Recap.Model;
using Recap.Output;
using Recap.Sharing;
using Recap.Themes;

namespace Recap.Incremental;

/// <summary>
/// A site kept built while its author edits it (<c>recap serve</c>): built whole once, then, for
/// each batch of changed files, loaded again (unchanged files come from a cache) and rebuilt as
/// little as the <see cref="DependencyGraph"/> allows. A change to site.yml or a template rebuilds
/// everything; a change to a theme's stylesheet copies it alone. A build with errors writes
/// nothing, and the next one is planned from the last build that succeeded, so the output is
/// always what a clean build of the last good state would write.
/// With <see cref="SiteOptions.DeferCards"/>, a build leaves out the cards the cache does not
/// hold yet, and <see cref="DrawPendingCards"/> draws them afterwards, a batch at a time.
/// </summary>
public sealed class LiveSite
{
    private readonly SiteOptions _options;
    private readonly HashSet<string> _changedSinceGood = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, CardOutput> _pendingCards = new(StringComparer.Ordinal);
    private ContentCache _cache = new();
    private GoodBuild? _lastGood;
    private bool _everythingSinceGood;

    public LiveSite(SiteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options with { Live = true };
    }

    /// <summary>Builds the whole site, or, given the files that changed (paths relative to the site root), what they affect.</summary>
    /// <param name="changed">The files that changed; null for the whole site.</param>
    /// <param name="loaded">
    /// Told, when a build loads the site again and it resolves without errors, how to make any of
    /// its outputs before the build has written them all.
    /// </param>
    public LiveBuild Build(IReadOnlyCollection<string>? changed = null, Action<SitePreview>? loaded = null)
    {
        var clock = Stopwatch.StartNew();

        // What changed since the last build that succeeded: a build with errors writes nothing,
        // so the next one must still write what the changes before it called for.
        if (changed is null)
        {
            _everythingSinceGood = true;
        }
        else
        {
            _changedSinceGood.UnionWith(changed);
        }

        var pending = _changedSinceGood;
        var everything = _lastGood is null || _everythingSinceGood || pending.Any(IsTemplateOrConfiguration)
            || pending.Any(p => ThemeAssetPath(p) is not null && !File.Exists(Path.Combine(_options.SourceDirectory, p))); // a deleted theme file
        if (changed is not null && changed.Any(IsTemplate))
        {
            _cache = new ContentCache(); // a theme may declare other front-matter keys
        }
        else if (changed is not null)
        {
            _cache.Forget(changed.Select(p => Path.Combine(_options.SourceDirectory, p)));
        }

        if (!everything && _lastGood!.Site.WithTalkEdits(pending, _cache) is { } edit)
        {
            return Rebuild(edit.Site, _lastGood.Graph.WithTalks(edit.Talks, edit.Site.Model?.Outputs.Search), clock);
        }

        var diagnostics = new DiagnosticBag();
        var site = Site.Load(_options, diagnostics, _cache);
        if (site.Model is not { } model || diagnostics.HasErrors)
        {
            return new LiveBuild(site.Build(), diagnostics, Everything: everything, StylesOnly: false, clock.ElapsedMilliseconds) { Reloaded = true };
        }

        if (loaded is not null && site.Preview() is { } preview)
        {
            loaded(preview);
        }

        var graphStart = clock.ElapsedMilliseconds;
        var graph = DependencyGraph.Create(model, _options.SourceDirectory);
        var planStart = clock.ElapsedMilliseconds;
        RebuildPlan? plan = null;
        var stylesOnly = false;
        if (!everything)
        {
            plan = DependencyGraph.Plan(_lastGood!.Graph, graph, pending);
            var assets = pending.Select(ThemeAssetPath).OfType<string>().ToList();
            stylesOnly = assets.Count == pending.Count && assets.All(a => a.EndsWith(".css", StringComparison.Ordinal)) && plan.Write.Count == 0 && plan.Delete.Count == 0;
            plan = plan with { Write = new SortedSet<string>(plan.Write.Concat(assets), StringComparer.Ordinal) };
        }

        var planned = clock.ElapsedMilliseconds;
        var result = site.Build(plan);
        result = result with { Steps = [.. result.Steps, new("DependencyGraph", planStart - graphStart), new("Plan", planned - planStart)] };
        Succeeded(result, site, graph, everything: plan is null);
        return new LiveBuild(result, diagnostics, plan is null, stylesOnly && result.Succeeded, clock.ElapsedMilliseconds) { Reloaded = true };
    }

    /// <summary>
    /// Rebuilds a site whose talks changed in what is only displayed (<see cref="Site.WithTalkEdits"/>):
    /// nothing is resolved again, and the graph differs from the last one in those talks' fingerprints.
    /// </summary>
    private LiveBuild Rebuild(Site site, DependencyGraph graph, Stopwatch clock)
    {
        var planStart = clock.ElapsedMilliseconds;
        var plan = DependencyGraph.Plan(_lastGood!.Graph, graph, _changedSinceGood);
        var planned = clock.ElapsedMilliseconds;
        var result = site.Build(plan);
        result = result with { Steps = [.. result.Steps, new("Plan", planned - planStart)] };
        Succeeded(result, site, graph, everything: false);
        return new LiveBuild(result, site.Diagnostics, Everything: false, StylesOnly: false, clock.ElapsedMilliseconds);
    }

    /// <summary>Makes a build that succeeded the one the next is planned from.</summary>
    private void Succeeded(BuildResult result, Site site, DependencyGraph graph, bool everything)
    {
        if (!result.Succeeded)
        {
            return;
        }

        Defer(result, everything);
        _lastGood = new GoodBuild(site, graph);
        _changedSinceGood.Clear();
        _everythingSinceGood = false;
    }

    /// <summary>How many cards left out by the builds so far are still to draw.</summary>
    public int PendingCards => _pendingCards.Count;

    /// <summary>
    /// Draws up to <paramref name="count"/> of the cards the builds left out (<see cref="SiteOptions.DeferCards"/>)
    /// and puts them in the output folder; returns how many. Not to be called during a build.
    /// </summary>
    public int DrawPendingCards(int count)
    {
        var batch = _pendingCards.Values.Take(count).ToList();
        if (batch.Count == 0)
        {
            return 0;
        }

        var cards = new CardCache(_options.CardCacheDirectory);
        using var writer = OutputWriter.Patch(_options.OutputDirectory);
        Parallel.ForEach(batch, card => writer.Link(cards.GetOrPaint(card.Card, out _), card.Path));
        writer.Commit();
        foreach (var card in batch)
        {
            _pendingCards.Remove(card.Path);
        }

        return batch.Count;
    }

    /// <summary>
    /// The cards still to draw after a build: what it left out, and what earlier builds left out
    /// that it neither wrote nor removed (a whole build decides every card itself).
    /// </summary>
    private void Defer(BuildResult result, bool everything)
    {
        if (everything)
        {
            _pendingCards.Clear();
        }

        foreach (var path in result.Written.Concat(result.Deleted))
        {
            _pendingCards.Remove(path);
        }

        foreach (var card in result.PendingCards)
        {
            _pendingCards[card.Path] = card;
        }
    }

    /// <summary>site.yml and the theme's templates, words and configuration: every page may use them.</summary>
    private static bool IsTemplateOrConfiguration(string path) => path == SiteConfigLoader.Path || IsTemplate(path);

    /// <remarks>A folder of templates or words, or one of themes, named as a whole (made or removed) may hold any of them.</remarks>
    private static bool IsTemplate(string path) =>
        path is "layouts" or "partials" or ThemeStrings.Folder or "themes"
        || path.StartsWith("layouts/", StringComparison.Ordinal)
        || path.StartsWith("partials/", StringComparison.Ordinal)
        || path.StartsWith(ThemeStrings.Folder + "/", StringComparison.Ordinal)
        || (path.StartsWith("themes/", StringComparison.Ordinal) && ThemeAssetPath(path) is null);

    /// <summary><c>themes/&lt;name&gt;/assets/style.css</c> is copied to <c>assets/style.css</c>, <c>themes/&lt;name&gt;/static/favicon.svg</c> to <c>favicon.svg</c>.</summary>
    private static string? ThemeAssetPath(string path) => path.Split('/') switch
    {
        ["themes", _, "assets", _, ..] parts => string.Join('/', parts[2..]),
        ["themes", _, ThemeAsset.StaticFolder, _, ..] parts => string.Join('/', parts[3..]),
        _ => null,
    };
}

/// <summary>The last build that succeeded: its site, whose model a rebuild of displayed talk fields takes on, and its graph, which the next build is planned from.</summary>
internal sealed record GoodBuild(Site Site, DependencyGraph Graph);

/// <summary>One build of a <see cref="LiveSite"/>: its result, its problems, and what kind of reload it calls for.</summary>
/// <param name="Everything">Every page was written (the first build, or a change to site.yml or a template).</param>
/// <param name="StylesOnly">Only stylesheets changed: pages can swap them without reloading.</param>
public sealed record LiveBuild(BuildResult Result, DiagnosticBag Diagnostics, bool Everything, bool StylesOnly, long ElapsedMilliseconds)
{
    /// <summary>The site was loaded and resolved again, leaving the last model to the collector; false for a rebuild of displayed talk fields (<see cref="Site.WithTalkEdits"/>).</summary>
    public bool Reloaded { get; init; }
}
