using Recap.Tests.Checks;
using Recap.Tests.Support;

namespace Recap.Tests.Markdown;

/// <summary>
/// Compiled bodies kept between builds (<c>.recap-cache/_site/bodies</c>): a build that takes a
/// body from them writes and reports exactly what a build that compiles it does.
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
        var bodies = Directory.GetFiles(Bodies(site)).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.That(bodies, Has.Count.EqualTo(3).And.All.Match("^[0-9a-f]{64}\\.body$"), "a file per body");

        site.Run();
        Assert.That(site.Stderr, Is.EqualTo(compiled.Stderr), "the same warning, at the same place");
        Assert.That(Snapshot(site).Files, Is.EqualTo(compiled.Files));
        Assert.That(Directory.GetFiles(Bodies(site)).Select(Path.GetFileName).Order(StringComparer.Ordinal), Is.EqualTo(bodies));
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
    public void ADamagedCachedBodyIsCompiledAgain()
    {
        using var site = TestSite.Create(Files);
        File.WriteAllBytes(Path.Combine(site.Root, "content/conferences/c/talks/photo.png"), CheckSites.Png(40, 30));
        site.Run();
        var compiled = Snapshot(site);

        var files = Directory.GetFiles(Bodies(site));
        File.WriteAllBytes(files[0], [1, 2, 3]);
        File.WriteAllBytes(files[1], []);
        File.WriteAllBytes(files[2], [.. File.ReadAllBytes(files[2]), 0]);
        site.Run();

        Assert.That(site.Stderr, Is.EqualTo(compiled.Stderr));
        Assert.That(Snapshot(site).Files, Is.EqualTo(compiled.Files));
        Assert.That(files.Select(f => new FileInfo(f).Length), Has.All.GreaterThan(3), "written again whole");
    }

    [Test]
    public void ABodyThatChangedIsCompiledAndItsOldFileDropped()
    {
        using var site = TestSite.Create(Files);
        site.Run();
        var before = Directory.GetFiles(Bodies(site)).Select(Path.GetFileName).ToList();

        site.Write("""
            -- content/conferences/c/talks/b.md --
            ---
            title: B
            ---
            B's body, rewritten.
            """);
        site.Run();

        var after = Directory.GetFiles(Bodies(site)).Select(Path.GetFileName).ToList();
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
        site.AssertFile("c/b/index.html", "5 min read");
        var kept = Directory.GetFiles(Bodies(site)).ToDictionary(f => f, File.GetLastWriteTimeUtc);

        site.Run();
        Assert.That(Directory.GetFiles(Bodies(site)).ToDictionary(f => f, File.GetLastWriteTimeUtc), Is.EqualTo(kept), "every body taken from the cache");
        site.AssertFile("c/b/index.html", "5 min read");
    }

    private static string Bodies(TestSite site) => Path.Combine(site.Root, ".recap-cache", "_site", "bodies");

    private static (string Stderr, Dictionary<string, string> Files) Snapshot(TestSite site) =>
        (site.Stderr, site.OutputFiles().Where(f => !f.EndsWith(".png", StringComparison.Ordinal)).ToDictionary(f => f, site.ReadFile));
}
