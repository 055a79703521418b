using Recap.Tests.Support;

namespace Recap.Tests.Cli;

public sealed class AtomicOutputTests
{
    [Test]
    public void BuildWithErrorsLeavesThePreviousOutputExactlyAsItWas()
    {
        using var site = TestSite.Build(Sites.OneTalk);
        site.AssertClean();
        var before = Snapshot(site.Output);

        site.Write("""
            -- content/conferences/conf-2024/talks/first.md --
            ---
            title: Changed
            speakrs: [Ada]
            ---
            """);
        site.Run();

        Assert.That(site.ExitCode, Is.EqualTo(1));
        Assert.That(Snapshot(site.Output), Is.EqualTo(before));
        Assert.That(Directory.GetDirectories(site.Root).Select(Path.GetFileName), Is.EquivalentTo(new[] { "content", "_site", ".recap-cache" }), "no staging folder is left behind");
    }

    [Test]
    public void SiteWithBrokenFrontMatterMisspeltKeyAndSlugClashReportsThreeLocatedErrors()
    {
        using var site = TestSite.Build(Sites.OneTalk);
        var before = Snapshot(site.Output);

        site.Write("""
            -- content/conferences/conf-2024/talks/broken.md --
            ---
            title: Broken
            speakers: [A, B
            ---
            -- content/conferences/conf-2024/talks/misspelt.md --
            ---
            title: Misspelt
            speakrs: [Ada]
            ---
            -- content/conferences/conf-2024/talks/clash.md --
            ---
            title: Clash
            slug: first
            ---
            """);
        site.Run();

        Assert.Multiple(() =>
        {
            Assert.That(site.ExitCode, Is.EqualTo(1));
            Assert.That(site.Stderr, Does.Contain("content/conferences/conf-2024/talks/broken.md(3,11): error RC0101: invalid YAML: a list or mapping opened here is not closed"));
            Assert.That(site.Stderr, Does.Contain("content/conferences/conf-2024/talks/misspelt.md(3,1): error RC0102: unknown key 'speakrs' (did you mean 'speakers'?)"));
            Assert.That(site.Stderr, Does.Contain("content/conferences/conf-2024/talks/clash.md(3,1): error RC0107: URL '/conf-2024/first/' is also the URL of 'content/conferences/conf-2024/talks/first.md'"));
            Assert.That(site.Stderr, Does.Contain("Found 3 errors and 0 warnings."));
            Assert.That(Snapshot(site.Output), Is.EqualTo(before));
        });
    }

    [Test]
    public void SuccessfulBuildReplacesTheOutputAndRemovesStaleFiles()
    {
        using var site = TestSite.Build(Sites.OneTalk);
        File.WriteAllText(Path.Combine(site.Output, "stale.html"), "old");

        site.Write("""
            -- content/conferences/conf-2024/talks/first.md --
            ---
            title: Renamed talk
            ---
            """);
        site.Run();

        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
        Assert.That(site.Exists("stale.html"), Is.False);
        site.AssertFile("conf-2024/first/index.html", "Renamed talk");
    }

    [Test]
    public void FoldersLeftByAnInterruptedBuildAreRemovedByTheNextOne()
    {
        using var site = TestSite.Create(Sites.OneTalk);
        var leftover = Path.Combine(site.Root, "._site.staging-0123456789abcdef0123456789abcdef");
        Directory.CreateDirectory(Path.Combine(leftover, "half"));
        Directory.SetLastWriteTimeUtc(leftover, DateTime.UtcNow.AddDays(-1));

        site.Run();

        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
        Assert.That(Directory.Exists(leftover), Is.False);
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Folder.Files(folder).ToDictionary(f => f, f => File.ReadAllText(Path.Combine(folder, f)));
}
