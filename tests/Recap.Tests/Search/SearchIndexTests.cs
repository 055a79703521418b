using System.Text.Json;
using Recap.Search;
using Recap.Tests.Incremental;
using Recap.Tests.Support;

namespace Recap.Tests.Search;

/// <summary>The search page and the index files it reads, as a build writes them.</summary>
public sealed class SearchIndexTests
{
    private const string Site = Sites.Config + """

        -- content/conferences/devconf-2024/index.md --
        ---
        name: DevConf 2024
        start: 2024-05-02
        ---
        -- content/conferences/devconf-2024/talks/backpressure.md --
        ---
        title: Backpressure in practice
        speakers: [Zoë Ångström, Łukasz Øster]
        topics: [Streams]
        summary: Queues that say no.
        ---
        -- content/conferences/devconf-2024/talks/yamada.md --
        ---
        title: 分散システム入門
        speakers: [山田太郎]
        ---
        -- content/speakers/zoe-angstrom.md --
        ---
        name: Zoë Ångström
        company: Ångström & Co
        ---
        """;

    [Test]
    public void SearchPageNamesItsIndexAndEveryPageLinksToIt()
    {
        using var site = TestSite.Build(Site);

        site.AssertClean();
        var index = Index(site);
        Assert.That(site.ReadFile("search/index.html"), Does.Match("data-version=\"[0-9a-f]{12}\""), "the index's fingerprint");
        site.AssertFile("search/index.html", """
            <title>Search · Recaps</title>
            <article class="search" data-search-index="/search/index/" data-shards="1" data-chunk="64" data-version="
            data-base="/" data-words="{&quot;kind_talk&quot;:&quot;Talk&quot;,
            &quot;search_results&quot;:{&quot;one&quot;:&quot;{0} result&quot;,&quot;other&quot;:&quot;{0} results&quot;}
            <label for="search-query">Search Recaps</label>
            <input id="search-query" name="q" type="search"
            <a href="/conferences/">Conferences</a>
            <script src="/assets/search.js" defer></script>
            """);
        site.AssertFile("devconf-2024/backpressure/index.html", """<a href="/search/">Search</a>""");
        site.AssertFile("index.html", """
            <form class="search-form" role="search" action="/search/" method="get">
            <label for="home-search">Search talks, speakers and topics</label>
            <input id="home-search" name="q" type="search"
            """);
        site.AssertFile("404.html", """
            <form class="search-form" role="search" action="/search/" method="get">
            <label for="missing-search">Search for it</label>
            """);
        Assert.That(index.Keys, Is.EqualTo(new[] { "search/index/d0.json", "search/index/w0.json" }));
        Assert.That(site.Exists("assets/search.js"), Is.True);
    }

    [Test]
    public void EveryWordPointsToTheDocumentsItIsInByTheBestFieldItIsIn()
    {
        using var site = TestSite.Build(Site);

        var documents = Documents(site);
        var words = Words(site);
        int Id(string title) => documents.FindIndex(d => d[1] == title);
        Assert.Multiple(() =>
        {
            Assert.That(documents, Is.EqualTo(new[]
            {
                new[] { "c", "DevConf 2024", "devconf-2024/", "2024 · 2\u00A0talks" },
                new[] { "o", "Streams", "topics/streams/", "1\u00A0talk" },
                new[] { "s", "Łukasz Øster", "speakers/lukasz-oster/", "1\u00A0talk" },
                new[] { "s", "Zoë Ångström", "speakers/zoe-angstrom/", "Ångström & Co · 1\u00A0talk" },
                new[] { "s", "山田太郎", "speakers/shan-tian-tai-lang/", "1\u00A0talk" },
                new[] { "t", "Backpressure in practice", "devconf-2024/backpressure/", "Zoë Ångström, Łukasz Øster · DevConf 2024" },
                new[] { "t", "分散システム入門", "devconf-2024/yamada/", "山田太郎 · DevConf 2024" },
            }).AsCollection);

            // A title counts 8, a speaker's name on a talk 6, a topic 4, the conference 3, the summary 1.
            Assert.That(words["angstrom"], Is.EqualTo(new[] { Id("Zoë Ångström"), 8, Id("Backpressure in practice"), 6, }));
            Assert.That(words["streams"], Is.EqualTo(new[] { Id("Streams"), 8, Id("Backpressure in practice"), 4 }));
            Assert.That(words["queues"], Is.EqualTo(new[] { Id("Backpressure in practice"), 1 }));
            Assert.That(words["山"], Is.EqualTo(new[] { Id("山田太郎"), 8, Id("分散システム入門"), 6 }));
            Assert.That(words, Does.Not.ContainKey("in"), "a stop word");
        });
    }

    [Test]
    public void ALargeSiteSpreadsItsWordsOverShardsByTheirFirstThreeLetters()
    {
        using var site = TestSite.Build(Sites.TalksInC(Enumerable.Range(1, 300).Select(n => $"speakers: [Speaker {n:000}]\nsummary: Word{n} and word{n % 7}")));

        var index = Index(site);
        var shards = index.Keys.Count(p => p.Contains("/w", StringComparison.Ordinal));
        Assert.That(shards, Is.EqualTo(16), "602 documents, about one shard per 64, a power of two");
        Assert.That(index.Keys.Count(p => p.Contains("/d", StringComparison.Ordinal)), Is.EqualTo(10), "64 documents to a file");
        site.AssertFile("search/index.html", "data-shards=\"16\"");
        foreach (var (path, json) in index.Where(f => f.Key.Contains("/w", StringComparison.Ordinal)))
        {
            var number = int.Parse(path["search/index/w".Length..^".json".Length], System.Globalization.CultureInfo.InvariantCulture);
            using var shard = JsonDocument.Parse(json);
            Assert.That(shard.RootElement.EnumerateObject().Select(w => SearchText.Shard(SearchText.Key(w.Name), shards)), Is.All.EqualTo(number), path);
        }
    }

    [Test]
    public void RetitledTalksRewriteOnlyTheIndexFilesOfTheirWordsAndDocumentsAsACleanBuildWritesThem()
    {
        using var live = new LiveSiteFixture(Sites.TalksInC(Enumerable.Range(1, 300).Select(n => $"speakers: [Speaker {n:000}]\nsummary: Word{n} and word{n % 7}")));

        // "7" was only in Talk 7's title; "talk" stays in 299 others; the new words are new.
        live.Write("-- content/conferences/c/talks/t07.md --\n---\ntitle: Zyzzyva quokka\nspeakers: [Speaker 007]\nsummary: Word7 and word0\n---\n");
        var retitled = live.Rebuild("content/conferences/c/talks/t07.md");

        Assert.That(retitled.Result.Steps.Select(s => s.Step), Does.Not.Contain("BuildModel"));
        Assert.That(retitled.Result.Written.Where(f => f.StartsWith("search/index/", StringComparison.Ordinal)), Is.EquivalentTo(
            new[] { ShardFile("talk"), ShardFile("7"), ShardFile("zyzzyva"), ShardFile("quokka"), ChunkFile(live, "c/t07/") }.Distinct()));
        Assert.That(retitled.Result.Written, Does.Contain("search/index.html"), "the page names the index's new version");
        live.AssertSameAsCleanBuild();

        // Two at once, one back to a title like the others', and a summary's word that leaves the index.
        live.Write("""
            -- content/conferences/c/talks/t07.md --
            ---
            title: Talk 7
            speakers: [Speaker 007]
            summary: Word7 and word0
            ---
            -- content/conferences/c/talks/t250.md --
            ---
            title: Talk 250, quokka too
            speakers: [Speaker 250]
            summary: Only word5 now
            ---
            """);
        live.Rebuild("content/conferences/c/talks/t07.md", "content/conferences/c/talks/t250.md");
        live.AssertSameAsCleanBuild();

        // A word the talk keeps, moved from its summary to its title: the same word, a better weight.
        live.Write("-- content/conferences/c/talks/t07.md --\n---\ntitle: Talk 7 word7\nspeakers: [Speaker 007]\nsummary: Word7 and word0\n---\n");
        var reweighed = live.Rebuild("content/conferences/c/talks/t07.md");
        Assert.That(reweighed.Result.Written.Where(f => f.StartsWith("search/index/w", StringComparison.Ordinal)), Is.EqualTo(new[] { ShardFile("word7") }));
        live.AssertSameAsCleanBuild();
    }

    [Test]
    public void AWordInMoreThan500DocumentsListsTheBestAndSaysItIsCutShort()
    {
        using var site = TestSite.Build(Sites.TalksInC(Enumerable.Range(1, 520).Select(n => n == 520 ? "topics: [Common]" : "summary: Common ground.")));

        var words = Words(site);
        var documents = Documents(site);
        var common = words["common"];
        Assert.That(common, Has.Length.EqualTo((500 * 2) + 1));
        Assert.That(common[^1], Is.EqualTo(-1), "cut short");
        Assert.That(documents[common[0]][1], Is.EqualTo("Common"), "the topic's own name first");
        Assert.That(documents[common[2]][1], Is.EqualTo("Talk 520"), "then the talk with it as a topic");
        Assert.That(words["ground"], Has.Length.EqualTo((500 * 2) + 1), "519 documents, cut short too");
    }

    [Test]
    public void WithSearchOffThereIsNoSearchPageNorIndex()
    {
        using var site = TestSite.Build(Site.Replace("base_url: https://recaps.example.org/", "base_url: https://recaps.example.org/\noptions: {search: false}", StringComparison.Ordinal));

        site.AssertClean();
        Assert.That(site.OutputFiles().Where(f => f.StartsWith("search/", StringComparison.Ordinal)), Is.Empty);
        site.AssertFile("devconf-2024/backpressure/index.html", "! /search/");
        site.AssertFile("index.html", "! search-form");
        site.AssertFile("404.html", "! search-form");
    }

    [Test]
    public void SearchPageIsNotInTheSitemapAndAPageCannotTakeItsAddress()
    {
        using var site = TestSite.Build(Site + """

            -- content/pages/search.md --
            ---
            title: Search
            ---
            """);

        Assert.That(site.ErrorLines(), Is.EqualTo(new[] { "content/pages/search.md: error RC0107: URL '/search/' is also the URL of the search page (give one of them another slug)" }));
        using var clean = TestSite.Build(Site);
        clean.AssertFile("sitemap.xml", "! /search/");
    }

    [Test]
    public void SearchPageUnderABasePathFindsItsIndexThere()
    {
        using var site = TestSite.Build(Site.Replace("base_url: https://recaps.example.org/", "base_url: https://example.github.io/recaps/", StringComparison.Ordinal));

        site.AssertFile("search/index.html", """
            data-search-index="/recaps/search/index/"
            data-base="/recaps/"
            <script src="/recaps/assets/search.js" defer></script>
            """);
    }

    /// <summary>The shard file of <paramref name="word"/> in an index of 16 shards.</summary>
    private static string ShardFile(string word) => $"search/index/w{SearchText.Shard(SearchText.Key(word), 16)}.json";

    /// <summary>The file of documents that holds the page at <paramref name="sitePath"/>.</summary>
    private static string ChunkFile(LiveSiteFixture live, string sitePath) =>
        Directory.EnumerateFiles(Path.Combine(live.Output, "search", "index"), "d*.json")
            .Single(f => JsonSerializer.Deserialize<List<string[]>>(File.ReadAllBytes(f))!.Any(d => d[2] == sitePath))
            .Replace(live.Output + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal).Replace('\\', '/');

    private static Dictionary<string, byte[]> Index(TestSite site) =>
        site.OutputFiles().Where(f => f.StartsWith("search/index/", StringComparison.Ordinal))
            .ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(site.Output, f)));

    /// <summary>Every file of documents, in order.</summary>
    private static List<string[]> Documents(TestSite site) =>
        [.. Index(site).Where(f => f.Key.Contains("/d", StringComparison.Ordinal))
            .OrderBy(f => int.Parse(f.Key["search/index/d".Length..^".json".Length], System.Globalization.CultureInfo.InvariantCulture))
            .SelectMany(f => JsonSerializer.Deserialize<List<string[]>>(f.Value)!)];

    /// <summary>Every word of every shard.</summary>
    private static Dictionary<string, int[]> Words(TestSite site) =>
        Index(site).Where(f => f.Key.Contains("/w", StringComparison.Ordinal))
            .SelectMany(f => JsonSerializer.Deserialize<Dictionary<string, int[]>>(f.Value)!)
            .ToDictionary(w => w.Key, w => w.Value, StringComparer.Ordinal);
}
