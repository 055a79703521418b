using Recap.Model;

namespace Recap.Incremental;

/// <summary>
/// What every output file of a site is made from. Things (a talk, a speaker, the menu, ...) are
/// nodes with three fingerprints: their <em>listing</em>, what the sitemap shows of them (a talk's
/// URL and dates), their <em>face</em>, what other pages show of them (a talk's title, URL,
/// summary, speakers, position in the programme), and their <em>whole</em>, which adds what only
/// their own page shows (the body). An output depends on nodes at one of these levels.
/// <see cref="Plan"/> compares the graphs of two builds: an output is written again when a node
/// it depended on, in either build, changed at the level it depends on. Fingerprints are taken
/// from the resolved model, not from files, so derived changes (a talk's number when another
/// talk moves) count as well.
/// </summary>
internal sealed class DependencyGraph
{
    private const string Menu = "menu";
    private const string Counts = "counts";
    private const string Search = "search";
    private const string SearchFilePrefix = "search:";
    private const string FilePrefix = "file:";

    // Nodes by number: a dependency is a number (node * 3, plus 1 for its face and 2 for its
    // whole), so that a site of ten thousand talks keeps its million dependencies as integers.
    private const int Levels = 3;

    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _keys = [];
    private readonly List<(string Listing, string Face, string Whole)> _fingerprints;
    private readonly Dictionary<object, int> _entities = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, int> _bySource = new(StringComparer.Ordinal);

    // The search index's files, each a node by what it holds.
    private readonly List<(int Node, SearchOutput File)> _searchFiles = [];
    private readonly Dictionary<string, int[]> _outputs = new(StringComparer.Ordinal);

    // The outputs that depend on each dependency: made when a plan first compares two graphs of
    // one structure (a rebuild that took edits into the model it had), and shared by their copies.
    private readonly Lazy<Dependents> _dependents;

    private DependencyGraph()
    {
        _fingerprints = [];
        _dependents = new(() => Dependents.Of(_outputs, _keys.Count * Levels));
    }

    /// <summary>The graph <paramref name="graph"/> is, with fingerprints of its own: only they differ between the two.</summary>
    private DependencyGraph(DependencyGraph graph)
    {
        _ids = graph._ids;
        _keys = graph._keys;
        _fingerprints = [.. graph._fingerprints];
        _entities = graph._entities;
        _bySource = graph._bySource;
        _searchFiles = graph._searchFiles;
        _outputs = graph._outputs;
        _dependents = graph._dependents;
    }

    public static DependencyGraph Create(SiteModel model, string sourceRoot)
    {
        var graph = new DependencyGraph();
        graph.AddNodes(model, sourceRoot);
        graph.AddOutputs(model);
        return graph;
    }

    /// <summary>
    /// This graph with the fingerprints of <paramref name="talks"/> taken again from the model, for
    /// a model whose talks changed in what is only displayed (<see cref="Site.WithTalkEdits"/>): what depends on what is as it was.
    /// </summary>
    /// <param name="search">The search index of the model as it is now, whose words those talks may have changed.</param>
    public DependencyGraph WithTalks(IEnumerable<Talk> talks, Search.SearchIndex? search)
    {
        var graph = new DependencyGraph(this);
        if (search is not null && search.Fingerprint != _fingerprints[_ids[Search]].Face)
        {
            // The index's files, each by what it holds: a new title changes a few of them.
            foreach (var (id, file) in _searchFiles)
            {
                var fingerprint = search.FileFingerprint(file.IsShard, file.Number);
                graph._fingerprints[id] = (fingerprint, fingerprint, fingerprint);
            }

            graph._fingerprints[_ids[Search]] = (search.Fingerprint, search.Fingerprint, search.Fingerprint);
        }

        foreach (var talk in talks)
        {
            var face = TalkFace(talk);
            graph._fingerprints[_entities[talk]] = (TalkListing(talk), face, Join(face, talk.Source.BodyHash));
        }

        return graph;
    }

    /// <summary>
    /// The outputs to write again and those to delete, going from the build of <paramref name="before"/>
    /// to the build of <paramref name="after"/>.
    /// </summary>
    /// <param name="changedFiles">Paths of files known to have changed: copied files among them count as changed even when their size and time did not.</param>
    public static RebuildPlan Plan(DependencyGraph before, DependencyGraph after, IReadOnlyCollection<string>? changedFiles = null)
    {
        // Which dependencies changed, numbered as each graph numbers them; a node only one graph has changed.
        var changedAfter = new bool[after._keys.Count * Levels];
        var changedBefore = new bool[before._keys.Count * Levels];
        Array.Fill(changedBefore, true);
        // A graph that took new fingerprints (WithTalks) numbers its nodes as the one it came from.
        var numberedAlike = ReferenceEquals(before._ids, after._ids);
        for (var id = 0; id < after._keys.Count; id++)
        {
            var (listing, face, whole) = after._fingerprints[id];
            var old = id;
            if (!numberedAlike && !before._ids.TryGetValue(after._keys[id], out old))
            {
                Array.Fill(changedAfter, true, id * Levels, Levels);
                continue;
            }

            var was = before._fingerprints[old];
            var listingChanged = was.Listing != listing || IsChangedFile(after._keys[id], changedFiles);
            var faceChanged = listingChanged || was.Face != face;
            changedBefore[old * Levels] = changedAfter[id * Levels] = listingChanged;
            changedBefore[(old * Levels) + 1] = changedAfter[(id * Levels) + 1] = faceChanged;
            changedBefore[(old * Levels) + 2] = changedAfter[(id * Levels) + 2] = faceChanged || was.Whole != whole;
        }

        var write = new SortedSet<string>(StringComparer.Ordinal);
        if (ReferenceEquals(before._outputs, after._outputs))
        {
            // One structure, other fingerprints: only what depends on a changed dependency.
            var dependents = after._dependents.Value;
            for (var dependency = 0; dependency < changedAfter.Length; dependency++)
            {
                if (changedAfter[dependency])
                {
                    write.UnionWith(dependents.On(dependency));
                }
            }

            return new RebuildPlan(write, new SortedSet<string>(StringComparer.Ordinal));
        }

        static bool Changed(int[] dependencies, bool[] changed) => Array.Exists(dependencies, d => changed[d]);

        foreach (var (output, dependencies) in after._outputs)
        {
            if (!before._outputs.TryGetValue(output, out var previous) || Changed(dependencies, changedAfter) || Changed(previous, changedBefore))
            {
                write.Add(output);
            }
        }

        var delete = new SortedSet<string>(before._outputs.Keys.Where(o => !after._outputs.ContainsKey(o)), StringComparer.Ordinal);
        return new RebuildPlan(write, delete);
    }

    /// <summary>Whether a node is a copied file that is, or is in a folder that is, among the changed paths.</summary>
    private static bool IsChangedFile(string key, IReadOnlyCollection<string>? changedFiles) =>
        changedFiles is not null && key.StartsWith(FilePrefix, StringComparison.Ordinal)
        && changedFiles.Any(changed => key.AsSpan(FilePrefix.Length).SequenceEqual(changed)
            || (key.Length > FilePrefix.Length + changed.Length && key.AsSpan(FilePrefix.Length).StartsWith(changed) && key[FilePrefix.Length + changed.Length] == '/'));

    private void AddNodes(SiteModel model, string sourceRoot)
    {
        foreach (var talk in model.Talks)
        {
            Node("talk:" + talk.SourcePath, talk, TalkFace(talk), talk.Source.BodyHash, talk.SourcePath, TalkListing(talk));
        }

        foreach (var conference in model.Conferences)
        {
            var speakers = conference.Talks.SelectMany(t => t.Speakers).Distinct().Count();
            var face = Join(conference.SitePath, conference.Source.FrontMatterHash, conference.Summary, conference.CoverUrl, ImageFace(conference.Cover), conference.Image?.Url, ImageFace(conference.Image),
                conference.Website?.Value, conference.Talks.Count, speakers, Paths(conference.Topics.Select(t => t.SitePath)));
            Node("conference:" + conference.SourcePath, conference, face, conference.Source.BodyHash, conference.SourcePath);
        }

        foreach (var speaker in model.Speakers)
        {
            var face = Join(speaker.SitePath, speaker.Name, speaker.Source?.FrontMatterHash, speaker.AvatarUrl, ImageFace(speaker.Avatar), speaker.Image?.Url, ImageFace(speaker.Image), speaker.Website?.Value, speaker.Talks.Count);
            Node("speaker:" + speaker.SitePath, speaker, face, speaker.Source?.BodyHash, speaker.SourcePath);
        }

        foreach (var topic in model.Topics)
        {
            var face = Join(topic.SitePath, topic.Name, topic.Source?.FrontMatterHash, topic.Talks.Count, topic.Conferences.Count);
            Node("topic:" + topic.SitePath, topic, face, topic.Source?.BodyHash, topic.SourcePath);
        }

        foreach (var page in model.Pages)
        {
            Node("page:" + page.SourcePath, page, Join(page.SitePath, page.Source.FrontMatterHash, page.Summary, page.Image?.Url, ImageFace(page.Image)), page.Source.BodyHash, page.SourcePath);
        }

        // Copied files: pages link to them by URL, and read the size of their own preview image.
        foreach (var file in model.Files)
        {
            var info = new FileInfo(Path.Combine(sourceRoot, file.SourcePath));
            Node(FileKey(file.SourcePath), file, Join(file.SitePath, info.Exists ? info.Length : -1, info.Exists ? info.LastWriteTimeUtc.Ticks : 0), null, file.SourcePath);
        }

        // What every page shows of the site: the menu, and the icons it links to.
        Node(Menu, Menu, Join([.. model.Pages.Where(p => p.Menu).Select(p => Join(p.Title, p.SitePath, p.Weight)), .. model.Icons.Select(i => i.SitePath)]), null, null);
        Node(Counts, Counts, Join(model.Conferences.Count, model.Talks.Count, model.Speakers.Count, model.Topics.Count), null, null);
        Node(Search, Search, model.Outputs.Search?.Fingerprint ?? string.Empty, null, null);
        foreach (var file in model.Outputs.Entries.OfType<SearchOutput>())
        {
            var key = SearchFilePrefix + file.Path;
            _searchFiles.Add((_keys.Count, file));
            Node(key, key, model.Outputs.Search!.FileFingerprint(file.IsShard, file.Number), null, null);
        }
    }

    /// <summary>What the sitemap shows of a talk: its URL, in programme order, and when it changed, if it lists it.</summary>
    private static string TalkListing(Talk talk) => Join(talk.SitePath, talk.Number, talk.IsDraft, talk.Date, talk.Updated);

    /// <remarks>
    /// Lists show the summary trimmed, feeds in full: the full one is the face. Whether it is
    /// written up is too: its conference page may count it (<c>options.progress</c>).
    /// </remarks>
    private static string TalkFace(Talk talk) =>
        Join(talk.SitePath, talk.Source.FrontMatterHash, talk.Number, talk.FullSummary, talk.ReadingMinutes, talk.Image?.Url, ImageFace(talk.Image), talk.IsDraft, talk.HasNotes,
            talk.Slides?.Value, talk.Video?.Value, Paths(talk.Links.Select(l => talk.UrlOf(l) ?? string.Empty)), talk.Conference.SitePath, Paths(talk.Speakers.Select(s => s.SitePath)), Paths(talk.Topics.Select(t => t.SitePath)));

    /// <summary>Every output of the manifest, with the nodes it depends on as the manifest tells them.</summary>
    private void AddOutputs(SiteModel model)
    {
        var collector = new Collector(this);
        foreach (var entry in model.Outputs.Entries)
        {
            model.Outputs.DependenciesOf(entry, collector, model);
            _outputs[entry.Path] = collector.Take();
        }
    }

    /// <param name="listing">What the sitemap shows of it, when less than its face.</param>
    private void Node(string key, object entity, string face, string? body, string? sourcePath, string? listing = null)
    {
        var id = _keys.Count;
        _keys.Add(key);
        _ids[key] = id;
        _entities[entity] = id;
        if (sourcePath is not null)
        {
            _bySource[sourcePath] = id;
        }

        _fingerprints.Add((listing ?? face, face, Join(face, body)));
    }

    /// <summary>A dependency on what other pages show of a thing.</summary>
    private int Face(object entity) => (_entities[entity] * Levels) + 1;

    /// <summary>A dependency on a node named by its key (a file, the menu, the counts).</summary>
    private int Face(string key) => (_ids[key] * Levels) + 1;

    /// <summary>A dependency on all of a thing, its body too.</summary>
    private int Whole(object entity) => (_entities[entity] * Levels) + 2;

    private static string FileKey(string path) => FilePrefix + path;

    /// <summary>What cards show of a cover or an avatar besides its URL: its size, which says which copies srcset names.</summary>
    private static string? ImageFace(ImageFile? image) =>
        image?.Width is { } width ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{width}x{image.Height} {image.Format} {image.Variants.Count}") : null;

    private static string Paths(IEnumerable<string> paths) => string.Join(',', paths);

    private static string Join(params object?[] parts) => string.Join('\u001f', parts);

    /// <summary>Gathers one output's dependencies as node numbers.</summary>
    private sealed class Collector(DependencyGraph graph) : IDependencies
    {
        private readonly List<int> _dependencies = [];

        public int[] Take()
        {
            int[] taken = [.. _dependencies];
            _dependencies.Clear();
            return taken;
        }

        public void Face(object thing) => _dependencies.Add(graph.Face(thing));

        public void Whole(object thing) => _dependencies.Add(graph.Whole(thing));

        public void Source(string sourcePath)
        {
            if (graph._bySource.TryGetValue(sourcePath, out var id))
            {
                _dependencies.Add((id * Levels) + 1);
            }
        }

        public void File(string sourcePath) => _dependencies.Add(graph.Face(FileKey(sourcePath)));

        public void Menu() => _dependencies.Add(graph.Face(DependencyGraph.Menu));

        public void Counts() => _dependencies.Add(graph.Face(DependencyGraph.Counts));

        public void Search(SearchOutput? file) => _dependencies.Add(graph.Face(file is null ? DependencyGraph.Search : SearchFilePrefix + file.Path));

        // The sitemap lists every page, not the files nor what search finds.
        public void AllPages() =>
            _dependencies.AddRange(Enumerable.Range(0, graph._keys.Count)
                .Where(id => !graph._keys[id].StartsWith(FilePrefix, StringComparison.Ordinal) && !graph._keys[id].StartsWith(DependencyGraph.Search, StringComparison.Ordinal))
                .Select(id => id * Levels));
    }
}

/// <summary>
/// The outputs that depend on each dependency number, in two arrays (the outputs of dependency
/// <c>d</c> are at <c>Start[d]</c> to <c>Start[d + 1]</c> of <c>Items</c>), made in two passes over
/// the million dependencies of a large site.
/// </summary>
internal sealed class Dependents
{
    private readonly string[] _outputs;
    private readonly int[] _start;
    private readonly int[] _items;

    private Dependents(string[] outputs, int[] start, int[] items) => (_outputs, _start, _items) = (outputs, start, items);

    public static Dependents Of(Dictionary<string, int[]> outputs, int dependencies)
    {
        var paths = outputs.Keys.ToArray();
        var lists = outputs.Values.ToArray();
        var start = new int[dependencies + 1];
        foreach (var dependency in lists.SelectMany(l => l))
        {
            start[dependency + 1]++;
        }

        for (var d = 0; d < dependencies; d++)
        {
            start[d + 1] += start[d];
        }

        var items = new int[start[dependencies]];
        var next = start[..^1];
        for (var output = 0; output < lists.Length; output++)
        {
            foreach (var dependency in lists[output])
            {
                items[next[dependency]++] = output;
            }
        }

        return new Dependents(paths, start, items);
    }

    /// <summary>The outputs that depend on <paramref name="dependency"/>.</summary>
    public IEnumerable<string> On(int dependency)
    {
        for (var i = _start[dependency]; i < _start[dependency + 1]; i++)
        {
            yield return _outputs[_items[i]];
        }
    }
}

/// <summary>What a rebuild writes again and what it deletes, as paths in the output folder.</summary>
internal sealed record RebuildPlan(IReadOnlySet<string> Write, IReadOnlySet<string> Delete);
