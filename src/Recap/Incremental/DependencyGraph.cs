using Recap.Model;
using Recap.Themes;

namespace Recap.Incremental;

/// <summary>
/// What every output file of a site is made from. Things (a talk, a speaker, the menu, ...) are
/// nodes with two fingerprints: their <em>face</em>, what other pages show of them (a talk's
/// title, URL, summary, speakers, position in the programme), and their <em>whole</em>, which adds
/// what only their own page shows (the body). An output depends on nodes by face or whole.
/// <see cref="Plan"/> compares the graphs of two builds: an output is written again when a node
/// it depended on, in either build, changed at the level it depends on. Fingerprints are taken
/// from the resolved model, not from files, so derived changes (a talk's number when another
/// talk moves) count as well.
/// </summary>
internal sealed class DependencyGraph
{
    private const string Menu = "menu";
    private const string Counts = "counts";
    private const string FilePrefix = "file:";

    private readonly Dictionary<string, (string Face, string Whole)> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string Node, bool Whole)>> _outputs = new(StringComparer.Ordinal);

    private DependencyGraph()
    {
    }

    /// <summary>Every output file (path in the output folder) the build writes that depends on content.</summary>
    public IEnumerable<string> Outputs => _outputs.Keys;

    public static DependencyGraph Create(SiteModel model, Theme theme, string sourceRoot)
    {
        var graph = new DependencyGraph();
        graph.AddNodes(model, sourceRoot);
        graph.AddOutputs(model, theme);
        return graph;
    }

    /// <summary>
    /// The outputs to write again and those to delete, going from the build of <paramref name="before"/>
    /// to the build of <paramref name="after"/>.
    /// </summary>
    public static RebuildPlan Plan(DependencyGraph before, DependencyGraph after)
    {
        var faces = new HashSet<string>(StringComparer.Ordinal);
        var wholes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in before._nodes.Keys.Union(after._nodes.Keys))
        {
            var had = before._nodes.TryGetValue(key, out var old);
            var has = after._nodes.TryGetValue(key, out var now);
            if (!had || !has || old.Face != now.Face)
            {
                faces.Add(key);
                wholes.Add(key);
            }
            else if (old.Whole != now.Whole)
            {
                wholes.Add(key);
            }
        }

        bool Changed(List<(string Node, bool Whole)> dependencies) =>
            dependencies.Exists(d => d.Whole ? wholes.Contains(d.Node) : faces.Contains(d.Node));

        var write = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (output, dependencies) in after._outputs)
        {
            if (!before._outputs.TryGetValue(output, out var previous) || Changed(dependencies) || Changed(previous))
            {
                write.Add(output);
            }
        }

        var delete = new SortedSet<string>(before._outputs.Keys.Where(o => !after._outputs.ContainsKey(o)), StringComparer.Ordinal);
        return new RebuildPlan(write, delete);
    }

    private void AddNodes(SiteModel model, string sourceRoot)
    {
        foreach (var talk in model.Talks)
        {
            var face = Join(talk.SitePath, talk.Source.FrontMatterHash, talk.Number, talk.Summary, talk.ReadingMinutes, talk.Image?.Url, talk.IsDraft,
                talk.Conference.SitePath, Paths(talk.Speakers.Select(s => s.SitePath)), Paths(talk.Topics.Select(t => t.SitePath)));
            _nodes[Key(talk)] = (face, Join(face, talk.Source.BodyHash));
        }

        foreach (var conference in model.Conferences)
        {
            var speakers = conference.Talks.SelectMany(t => t.Speakers).Distinct().Count();
            var face = Join(conference.SitePath, conference.Source.FrontMatterHash, conference.Summary, conference.CoverUrl, conference.Image?.Url,
                conference.Talks.Count, speakers, Paths(conference.Topics.Select(t => t.SitePath)));
            _nodes[Key(conference)] = (face, Join(face, conference.Source.BodyHash));
        }

        foreach (var speaker in model.Speakers)
        {
            var face = Join(speaker.SitePath, speaker.Name, speaker.Source?.FrontMatterHash, speaker.AvatarUrl, speaker.Image?.Url, speaker.Talks.Count);
            _nodes[Key(speaker)] = (face, Join(face, speaker.Source?.BodyHash));
        }

        foreach (var topic in model.Topics)
        {
            var face = Join(topic.SitePath, topic.Name, topic.Source?.FrontMatterHash, topic.Talks.Count, topic.Conferences.Count);
            _nodes[Key(topic)] = (face, Join(face, topic.Source?.BodyHash));
        }

        foreach (var page in model.Pages)
        {
            var face = Join(page.SitePath, page.Source.FrontMatterHash, page.Summary, page.Image?.Url);
            _nodes[Key(page)] = (face, Join(face, page.Source.BodyHash));
        }

        // Files whose content a page reads: copied files, and its own preview image, whose size it states.
        foreach (var file in model.Files)
        {
            AddFile(file.SourcePath);
        }

        var menu = Join([.. model.Pages.Where(p => p.FrontMatter.Menu).Select(p => Join(p.Title, p.SitePath, p.FrontMatter.Weight))]);
        _nodes[Menu] = (menu, menu);
        var counts = Join(model.Conferences.Count, model.Talks.Count, model.Speakers.Count, model.Topics.Count);
        _nodes[Counts] = (counts, counts);

        void AddFile(string path)
        {
            var info = new FileInfo(Path.Combine(sourceRoot, path));
            var stamp = Join(info.Exists ? info.Length : -1, info.Exists ? info.LastWriteTimeUtc.Ticks : 0);
            _nodes[FileKey(path)] = (stamp, stamp);
        }
    }

    private void AddOutputs(SiteModel model, Theme theme)
    {
        var cards = model.Config.Options.SocialCards;
        foreach (var talk in model.Talks)
        {
            var page = Page("talk", talk.SitePath, theme);
            page.Add((Key(talk), true));
            Card(page, talk);
            page.Add((Key(talk.Conference), false));
            page.AddRange(new[] { talk.Previous, talk.Next }.OfType<Talk>().Select(t => (Key(t), false)));
            foreach (var related in talk.Speakers.SelectMany(s => s.Talks).Distinct().Where(t => t != talk))
            {
                Card(page, related);
            }

            Image(page, talk.Image);
            if (cards && talk.Image is null)
            {
                Add(SiteFiles.CardOf(talk.SitePath), [(Key(talk), false), (Key(talk.Conference), false), .. talk.Speakers.Select(s => (Key(s), false))]);
            }
        }

        foreach (var conference in model.Conferences)
        {
            var page = Page("conference", conference.SitePath, theme);
            page.Add((Key(conference), true));
            page.AddRange(conference.Topics.Select(t => (Key(t), false)));
            conference.Talks.ToList().ForEach(t => Card(page, t));
            Image(page, conference.Image);
            Feed(conference.SitePath, Key(conference), conference.Talks);
            if (cards && conference.Image is null)
            {
                Add(SiteFiles.CardOf(conference.SitePath), [(Key(conference), false), .. conference.Talks.Select(t => (Key(t), false))]);
            }
        }

        foreach (var speaker in model.Speakers)
        {
            var page = Page("speaker", speaker.SitePath, theme);
            page.Add((Key(speaker), true));
            speaker.Talks.ToList().ForEach(t => Card(page, t));
            Image(page, speaker.Image);
            Feed(speaker.SitePath, Key(speaker), speaker.Talks);
            if (cards && speaker.Image is null)
            {
                Add(SiteFiles.CardOf(speaker.SitePath), [(Key(speaker), false), .. speaker.Talks.SelectMany(t => new[] { Key(t), Key(t.Conference) }).Select(k => (k, false))]);
            }
        }

        foreach (var topic in model.Topics)
        {
            var page = Page("topic", topic.SitePath, theme);
            page.Add((Key(topic), true));
            page.AddRange(topic.Conferences.Select(c => (Key(c), false)));
            topic.Talks.ToList().ForEach(t => Card(page, t));
            Feed(topic.SitePath, Key(topic), topic.Talks);
            if (cards)
            {
                Add(SiteFiles.CardOf(topic.SitePath), [(Key(topic), false), .. topic.Talks.SelectMany(t => new[] { Key(t), Key(t.Conference) }).Select(k => (k, false))]);
            }
        }

        foreach (var page in model.Pages)
        {
            var output = Page("page", page.SitePath, theme);
            output.Add((Key(page), true));
            Image(output, page.Image);
        }

        var conferences = model.Conferences.Select(c => (Key(c), false)).ToList();
        var speakers = model.Speakers.Select(s => (Key(s), false)).ToList();
        var topics = model.Topics.Select(t => (Key(t), false)).ToList();
        Page("home", string.Empty, theme).AddRange([.. conferences, .. topics]);
        Page("conferences", model.ConferencesPath, theme).AddRange(conferences);
        Page("speakers", model.SpeakersPath, theme).AddRange(speakers);
        Page("topics", model.TopicsPath, theme).AddRange(topics);
        Page("404", "404.html", theme);
        Feed(string.Empty, Counts, model.Talks);
        Add(SiteFiles.Sitemap, [.. _nodes.Keys.Where(k => !k.StartsWith(FilePrefix, StringComparison.Ordinal)).Select(k => (k, false))]);

        foreach (var file in model.Files)
        {
            Add(UrlBuilder.OutputFile(file.SitePath), [(FileKey(file.SourcePath), false)]);
        }

        void Feed(string sitePath, string owner, IEnumerable<Talk> talks) =>
            Add(SiteFiles.FeedOf(sitePath), [(owner, false), .. talks.SelectMany(t => new[] { Key(t), Key(t.Conference) }.Concat(t.Speakers.Select(Key)).Concat(t.Topics.Select(Key))).Select(k => (k, false))]);

        // A talk as lists show it: with its conference, speakers and topics.
        static void Card(List<(string Node, bool Whole)> page, Talk talk)
        {
            page.Add((Key(talk), false));
            page.Add((Key(talk.Conference), false));
            page.AddRange(talk.Speakers.Select(s => (Key(s), false)));
            page.AddRange(talk.Topics.Select(t => (Key(t), false)));
        }

        void Image(List<(string Node, bool Whole)> page, ImageFile? image)
        {
            if (image?.SourcePath is { } path)
            {
                page.Add((FileKey(path), false));
            }
        }
    }

    /// <summary>A page's dependencies: every page shows the menu, and some the site's counts.</summary>
    private List<(string Node, bool Whole)> Page(string kind, string sitePath, Theme theme)
    {
        var dependencies = new List<(string Node, bool Whole)> { (Menu, false) };
        if (theme.ShowsSiteCounts(kind))
        {
            dependencies.Add((Counts, false));
        }

        _outputs[UrlBuilder.OutputFile(sitePath)] = dependencies;
        return dependencies;
    }

    private void Add(string output, List<(string Node, bool Whole)> dependencies) => _outputs[output] = dependencies;

    private static string Key(Talk talk) => "talk:" + talk.SourcePath;

    private static string Key(Conference conference) => "conference:" + conference.SourcePath;

    private static string Key(Speaker speaker) => "speaker:" + speaker.SitePath;

    private static string Key(Topic topic) => "topic:" + topic.SitePath;

    private static string Key(Page page) => "page:" + page.SourcePath;

    private static string FileKey(string path) => FilePrefix + path;

    private static string Paths(IEnumerable<string> paths) => string.Join(',', paths);

    private static string Join(params object?[] parts) => string.Join('\u001f', parts);
}

/// <summary>What a rebuild writes again and what it deletes, as paths in the output folder.</summary>
internal sealed record RebuildPlan(IReadOnlySet<string> Write, IReadOnlySet<string> Delete);
