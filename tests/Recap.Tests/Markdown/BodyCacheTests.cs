using Recap.Markdown;
using Recap.Tests.Checks;
using Recap.Tests.Incremental;
using Recap.Tests.Support;

namespace Recap.Tests.Markdown;

/// <summary>
/// Compiled bodies kept between builds (<c>.recap-cache/_site/bodies/bodies.pack</c>): a build that
/// takes a body from them writes and reports exactly what a build that compiles it does.
/// </summary>
public sealed class BodyCacheTests
{
    /// <summary>A's body: a warning (an image without alt text) on its third line, code, and links of each kind.</summary>
    private const string ABody = """
        The first paragraph of A, with **bold** and `code`.

        ![](photo.png)

        ```csharp
        var answer = 42;
        ```

        See [B](b.md), [the site](https://example.org/) and <https://example.com/auto>.
        """;

    private const string Files = Sites.Config + $"""

        -- content/conferences/c/index.md --
        ---
        name: C
        start: 2024-05-02
        ---
        Before the talks, with [a talk](talks/a.md).

        <!-- talks -->

        After the talks.
        -- content/conferences/c/talks/a.md --
        ---
        title: A
        speakers: [Ada Lovelace]
        ---
        {ABody}
        -- content/conferences/c/talks/b.md --
        ---
        title: B
        ---
        B's body.
        """;

    [Test]
    public void ABuildFromCachedBodiesWritesAndSaysWhatACompilingBuildDoes()
    {
        using var site = TestSite.Create(Files);
        File.WriteAllBytes(Path.Combine(site.Root, "content/conferences/c/talks/photo.png"), CheckSites.Png(40, 30));

        site.Run();
        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
        Assert.That(site.WarningLines(), Has.Count.EqualTo(1).And.Some.Contains("a.md(7,1): warning RC0").And.Some.Contains("image has no alt text"));
        var compiled = Snapshot(site);
        Assert.That(Directory.GetFiles(Bodies(site)).Select(Path.GetFileName), Is.EqualTo(new[] { "bodies.pack" }), "one file for every body");
        Assert.That(BodyCache.KeysIn(Pack(site)), Has.Count.EqualTo(3).And.All.Match("^[0-9a-f]{64}$"));
        var pack = File.ReadAllBytes(Pack(site));
        var written = File.GetLastWriteTimeUtc(Pack(site));

        site.Run();
        Assert.That(site.Stderr, Is.EqualTo(compiled.Stderr), "the same warning, at the same place");
        Assert.That(Snapshot(site).Files, Is.EqualTo(compiled.Files));
        Assert.That(File.ReadAllBytes(Pack(site)), Is.EqualTo(pack));
        Assert.That(File.GetLastWriteTimeUtc(Pack(site)), Is.EqualTo(written), "nothing changed, so nothing is written");
    }

    [Test]
    public void FilesOfAnOlderLayoutAndWritesCutShortAreDeleted()
    {
        using var site = TestSite.Create(Files);
        Directory.CreateDirectory(Bodies(site));
        var older = Path.Combine(Bodies(site), new string('a', 64) + ".body");
        var cutShort = Path.Combine(Bodies(site), ".bodies.pack.recap-0123");
        File.WriteAllText(older, "a body of an older version");
        File.WriteAllText(cutShort, "recap bodies 1");

        site.Run();

        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
        Assert.That(Directory.GetFiles(Bodies(site)).Select(Path.GetFileName), Is.EqualTo(new[] { "bodies.pack" }));
    }

    [Test]
    public void ACachedBodyIsPlacedWhereItsFileNowPutsIt()
    {
        using var site = TestSite.Create(Files);
        site.Run();
        Assert.That(site.WarningLines(), Has.Some.Contains("a.md(7,1): warning"));

        // Two more lines of front matter, the same body: its problems move down with it.
        site.Write($"""
            -- content/conferences/c/talks/a.md --
            ---
            title: A
            speakers: [Ada Lovelace]
            topics: [caching]
            format: lightning
            ---
            {ABody}
            """);
        site.Run();

        Assert.That(site.WarningLines(), Has.Some.Contains("a.md(9,1): warning").And.None.Contains("a.md(7,1)"));
    }

    [Test]
    public void AnUnsafeLinkIsReportedByEveryBuildNotOnlyTheOneThatCompiledIt()
    {
        using var site = TestSite.Create(Files + """

            -- content/conferences/c/talks/bad.md --
            ---
            title: Bad
            ---
            Click [here](javascript:alert(1)).
            """);

        site.Run();
        var first = site.Stderr;
        Assert.That(site.ErrorLines(), Has.Some.Contains("bad.md(4,7): error RC").And.Some.Contains("javascript:"));

        site.Run();
        Assert.That(site.Stderr, Is.EqualTo(first));
        Assert.That(site.ExitCode, Is.Not.Zero);
    }

    [Test]
    public void ServeKeepsTheBodiesOfItsFirstLoadAndLeavesTheFileToBuilds()
    {
        using var live = new LiveSiteFixture(Files);
        var pack = Path.Combine(live.Root, ".recap-cache", "_site", "bodies", BodyCache.FileName);
        Assert.That(BodyCache.KeysIn(pack), Has.Count.EqualTo(3), "the first load asks for every body");
        var kept = File.ReadAllBytes(pack);

        // A body edited (taken into the model as it is) and a speaker added (the site loaded again):
        // each rebuild compiles the body that changed and leaves the file as it was.
        live.Write("""
            -- content/conferences/c/talks/b.md --
            ---
            title: B
            ---
            B's body, rewritten.
            """);
        live.Rebuild("content/conferences/c/talks/b.md");
        live.Write("""
            -- content/conferences/c/talks/b.md --
            ---
            title: B
            speakers: [Grace Hopper]
            ---
            B's body, rewritten once more.
            """);
        live.Rebuild("content/conferences/c/talks/b.md");

        Assert.That(File.ReadAllBytes(pack), Is.EqualTo(kept));
        live.AssertSameAsCleanBuild();
    }

    [Test]
    public void ServeReadsTheBodiesItLeftInTheFileFromTheFileItReadAfterItIsReplaced()
    {
        // Serve's first load takes every body from a file a build kept, and leaves their HTML there.
        using var live = new LiveSiteFixture(Files, prepare: BuildInto);
        var pack = Path.Combine(live.Root, ".recap-cache", "_site", "bodies", BodyCache.FileName);
        live.AssertSameAsCleanBuild();

        // Another build writes a new file over it, holding other bodies: a moved file (as builds
        // write it) leaves the one serve read open to it. A's title edited writes A's page and C's
        // again, from the bodies as serve read them.
        var other = pack + ".new";
        File.WriteAllBytes(other, [.. File.ReadAllBytes(pack).Reverse()]);
        File.Move(other, pack, overwrite: true);
        live.Write(AWithTitle("A, retitled"));
        live.Rebuild("content/conferences/c/talks/a.md");

        live.AssertSameAsCleanBuild();
        Assert.That(File.ReadAllText(Path.Combine(live.Output, "c/a/index.html")), Does.Contain("<code>code</code>").And.Contain("A, retitled"));
    }

    /// <param name="keptByABuild">
    /// Whether a build kept the bodies before serve started: if not, serve's first load compiles
    /// them, and leaves them in the file once it has written them there.
    /// </param>
    [TestCase(true)]
    [TestCase(false)]
    public void ServeSaysSoWhenTheFileItLeftBodiesInIsCutShortInPlace(bool keptByABuild)
    {
        using var live = new LiveSiteFixture(Files, prepare: keptByABuild ? BuildInto : null);
        using (var file = new FileStream(Path.Combine(live.Root, ".recap-cache", "_site", "bodies", BodyCache.FileName), FileMode.Open, FileAccess.Write))
        {
            file.SetLength(100);
        }

        live.Write(AWithTitle("A, retitled"));
        Assert.That(() => live.Live.Build(["content/conferences/c/talks/a.md"]), Throws.InstanceOf<IOException>().With.Message.EqualTo(
            "The file of compiled bodies changed while the site was served; restart recap serve."));
    }

    /// <summary>Builds the site as <c>recap build</c> does, so that its bodies are kept for the next build.</summary>
    private static void BuildInto(string root) =>
        Assert.That(Site.Load(new SiteOptions { Source = root, Output = Path.Combine(root, "_site") }, new Recap.Diagnostics.DiagnosticBag()).Build().Succeeded, Is.True);

    private static string AWithTitle(string title) => $"""
        -- content/conferences/c/talks/a.md --
        ---
        title: {title}
        speakers: [Ada Lovelace]
        ---
        {ABody}
        """;

    /// <summary>How a kept file may be found damaged: cut short within a body, cut within a body's length, with bytes after its end, overwritten, empty.</summary>
    private static readonly Func<byte[], byte[]>[] Damages =
    [
        pack => pack[..(pack.Length - 10)],
        pack => pack[..60],
        pack => [.. pack, 0],
        pack => [.. pack.Select(b => (byte)(b ^ 0x5A))],
        _ => [],
    ];

    [TestCaseSource(nameof(DamageCases))]
    public void ADamagedPackIsReadAsFarAsItIsWholeAndWrittenAgain(int damage)
    {
        using var site = TestSite.Create(Files);
        File.WriteAllBytes(Path.Combine(site.Root, "content/conferences/c/talks/photo.png"), CheckSites.Png(40, 30));
        site.Run();
        var compiled = Snapshot(site);
        var pack = File.ReadAllBytes(Pack(site));

        File.WriteAllBytes(Pack(site), Damages[damage](pack));
        site.Run();

        Assert.That(site.Stderr, Is.EqualTo(compiled.Stderr));
        Assert.That(Snapshot(site).Files, Is.EqualTo(compiled.Files));
        Assert.That(File.ReadAllBytes(Pack(site)), Is.EqualTo(pack), "written again whole");
    }

    [Test]
    public void ABodyThatChangedIsCompiledAndItsOldEntryDropped()
    {
        using var site = TestSite.Create(Files);
        site.Run();
        var before = BodyCache.KeysIn(Pack(site));

        site.Write("""
            -- content/conferences/c/talks/b.md --
            ---
            title: B
            ---
            B's body, rewritten.
            """);
        site.Run();

        var after = BodyCache.KeysIn(Pack(site));
        Assert.That(after, Has.Count.EqualTo(3));
        Assert.That(after.Intersect(before).Count(), Is.EqualTo(2), "A's and C's bodies stay");
        site.AssertFile("c/b/index.html", "<p>B's body, rewritten.</p>");
    }

    [Test]
    public void ABodyFromTheCacheKeepsItsReadingTime()
    {
        // 1,000 words: five minutes at the default 200 a minute, whichever build compiled them.
        using var site = TestSite.Create(Files);
        site.Write($"""
            -- content/conferences/c/talks/b.md --
            ---
            title: B
            ---
            {string.Join(' ', Enumerable.Repeat("word", 1000))}
            """);

        site.Run();
        site.AssertFile("c/b/index.html", "5&nbsp;min read");
        var written = File.GetLastWriteTimeUtc(Pack(site));

        site.Run();
        Assert.That(File.GetLastWriteTimeUtc(Pack(site)), Is.EqualTo(written), "every body taken from the cache");
        site.AssertFile("c/b/index.html", "5&nbsp;min read");
    }

    private static IEnumerable<int> DamageCases() => Enumerable.Range(0, Damages.Length);

    private static string Bodies(TestSite site) => Path.Combine(site.Root, ".recap-cache", "_site", "bodies");

    private static string Pack(TestSite site) => Path.Combine(Bodies(site), BodyCache.FileName);

    private static (string Stderr, Dictionary<string, string> Files) Snapshot(TestSite site) =>
        (site.Stderr, site.OutputFiles().Where(f => !f.EndsWith(".png", StringComparison.Ordinal)).ToDictionary(f => f, site.ReadFile));
}
