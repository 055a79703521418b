using System.Globalization;
using System.Text;
using Recap.Incremental;
using Recap.Tests.Incremental;
using Recap.Tests.Support;

namespace Recap.Tests.Cli;

/// <summary>A build replaces its output folder, so it must only ever replace a folder a build wrote; over its own, it rewrites only what changed.</summary>
public sealed class OutputFolderTests
{
    private const string TwoTalks = Sites.OneTalk + """

        -- content/conferences/conf-2024/talks/second.md --
        ---
        title: Second talk
        speakers: [Grace Hopper]
        ---
        """;

    [Test]
    public void AFolderThatRecapDidNotWriteIsRefusedAndKeptAsItWas()
    {
        using var site = TestSite.Create(Sites.OneTalk);
        var documents = Path.Combine(site.Root, "Documents");
        Directory.CreateDirectory(Path.Combine(documents, "taxes"));
        File.WriteAllText(Path.Combine(documents, "taxes", "2025.txt"), "keep me");

        site.Run("--output", documents);

        Assert.Multiple(() =>
        {
            Assert.That(site.ExitCode, Is.EqualTo(2));
            Assert.That(site.Stderr, Is.EqualTo(
                $"recap build: output folder '{documents}' is not empty and was not written by recap (it has no .recap-site file); "
                + "a build replaces the whole folder, so recap will not use it: pass an empty or new folder with --output, "
                + "or delete this one yourself if nothing in it is needed\nRun 'recap --help' for usage.\n"));
            Assert.That(Folder.Files(documents), Is.EqualTo(new[] { "taxes/2025.txt" }));
            Assert.That(Directory.GetDirectories(site.Root).Select(Path.GetFileName), Is.EquivalentTo(new[] { "content", "Documents" }), "nothing staged beside it");
        });
    }

    [Test]
    public void AFolderHoldingOnlyDotFilesIsNotEmpty()
    {
        using var site = TestSite.Create(Sites.OneTalk);
        var output = Path.Combine(site.Root, "out");
        Directory.CreateDirectory(Path.Combine(output, ".git"));

        site.Run("--output", output);

        Assert.That(site.ExitCode, Is.EqualTo(2));
        Assert.That(Directory.Exists(Path.Combine(output, ".git")), Is.True);
    }

    [Test]
    public void AFileGivenAsTheOutputIsRefused()
    {
        using var site = TestSite.Create(Sites.OneTalk);
        var file = Path.Combine(site.Root, "notes.txt");
        File.WriteAllText(file, "notes");

        site.Run("--output", file);

        Assert.That(site.ExitCode, Is.EqualTo(2));
        Assert.That(site.Stderr, Does.StartWith($"recap build: output '{file}' is a file, not a folder; choose a folder with --output\n"));
        Assert.That(File.ReadAllText(file), Is.EqualTo("notes"));
    }

    [Test]
    public void AnEmptyOrNewFolderIsBuiltAndMarkedAsRecapsToReplace()
    {
        using var site = TestSite.Create(Sites.OneTalk);
        var empty = Path.Combine(site.Root, "empty");
        Directory.CreateDirectory(empty);
        var fresh = Path.Combine(site.Root, "new", "site");

        site.Run("--output", empty);
        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
        site.Run("--output", fresh);
        Assert.That(site.ExitCode, Is.Zero, site.Stderr);

        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllText(Path.Combine(empty, ".recap-site")), Is.EqualTo("This folder is written by `recap build`, which replaces all of it on every build.\n"));
            Assert.That(File.Exists(Path.Combine(fresh, ".recap-site")), Is.True);
            Assert.That(File.Exists(Path.Combine(fresh, "conf-2024", "first", "index.html")), Is.True);
        });
    }

    [Test]
    public void AFolderABuildWroteIsReplacedByTheNextBuild()
    {
        using var site = TestSite.Build(Sites.OneTalk);
        site.AssertClean();
        File.WriteAllText(Path.Combine(site.Output, "stray.txt"), "left by hand");

        site.Run();

        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
        Assert.That(File.Exists(Path.Combine(site.Output, "stray.txt")), Is.False);
        Assert.That(File.Exists(Path.Combine(site.Output, ".recap-site")), Is.True);
    }

    [Test]
    public void ABuildOverItsOwnOutputLeavesUnchangedFilesInPlaceAndRewritesChangedOnes()
    {
        using var site = TestSite.Build(TwoTalks);
        site.AssertClean();
        var longAgo = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var page in new[] { "conf-2024/first/index.html", "conf-2024/second/index.html" })
        {
            File.SetLastWriteTimeUtc(Path.Combine(site.Output, page), longAgo);
        }

        // The second talk's own page shows its body only; the first talk's page is as it was.
        site.Write("""
            -- content/conferences/conf-2024/talks/second.md --
            ---
            title: Second talk
            speakers: [Grace Hopper]
            ---
            A new paragraph.
            """);
        site.Run();

        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
        Assert.That(File.GetLastWriteTimeUtc(Path.Combine(site.Output, "conf-2024/first/index.html")), Is.EqualTo(longAgo), "unchanged: left in place");
        Assert.That(File.GetLastWriteTimeUtc(Path.Combine(site.Output, "conf-2024/second/index.html")), Is.Not.EqualTo(longAgo), "changed: written again");
        site.AssertFile("conf-2024/second/index.html", "A new paragraph.");
    }

    [Test]
    public void ABuildOverItsOwnOutputRemovesWhatTheSiteNoLongerHasAndWhatIsInTheWay()
    {
        using var site = TestSite.Build(TwoTalks);
        site.AssertClean();
        File.Delete(Path.Combine(site.Root, "content/conferences/conf-2024/talks/second.md"));
        File.Delete(Path.Combine(site.Output, "404.html"));
        Directory.CreateDirectory(Path.Combine(site.Output, "404.html"));
        File.WriteAllText(Path.Combine(site.Output, "404.html", "stray.txt"), "a folder where the site has a file");
        var outside = Path.Combine(site.Root, "outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "keep.txt"), "not the site's");
        Directory.CreateSymbolicLink(Path.Combine(site.Output, "linked"), outside);

        site.Run();

        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
        Assert.That(Directory.Exists(Path.Combine(site.Output, "conf-2024/second")), Is.False, "the removed talk's folder");
        Assert.That(Directory.Exists(Path.Combine(site.Output, "grace-hopper")) || Directory.Exists(Path.Combine(site.Output, "speakers/grace-hopper")), Is.False, "its speaker's page");
        site.AssertFile("404.html", "<html");
        Assert.That(Directory.Exists(Path.Combine(site.Output, "linked")) || File.Exists(Path.Combine(site.Output, "linked")), Is.False, "the link is removed");
        Assert.That(File.ReadAllText(Path.Combine(outside, "keep.txt")), Is.EqualTo("not the site's"), "what it pointed to is not");
        using var fresh = TestSite.Build(Sites.OneTalk);
        Assert.That(site.OutputFiles(), Is.EquivalentTo(fresh.OutputFiles()), "the folder holds what a new build writes");
    }

    /// <summary>
    /// Many files in many folders are copied in parallel; a thread must never write into a folder
    /// another thread has only started to create. Twenty builds in a row, none may fail.
    /// </summary>
    [Test]
    public void ManyFilesInManyFoldersAreCopiedCompletelyByEveryBuild()
    {
        var files = new StringBuilder(Sites.OneTalk + "\n");
        for (var folder = 0; folder < 50; folder++)
        {
            for (var file = 0; file < 10; file++)
            {
                files.Append(CultureInfo.InvariantCulture, $"-- content/static/d{folder}/e{file % 3}/f{file}.txt --\nfile {folder}/{file}\n");
            }

            files.Append(CultureInfo.InvariantCulture, $"-- content/conferences/conf-2024/photos/p{folder}/photo.txt --\nphoto {folder}\n");
        }

        using var site = TestSite.Create(files.ToString());
        for (var build = 0; build < 20; build++)
        {
            site.Run();
            Assert.That(site.ExitCode, Is.Zero, $"build {build + 1}: {site.Stderr}");
            Assert.That(site.ReadFile("d49/e0/f9.txt"), Is.EqualTo("file 49/9\n"));
            Assert.That(site.OutputFiles().Count(f => f.EndsWith(".txt", StringComparison.Ordinal) && f != "robots.txt" && !f.StartsWith("assets/", StringComparison.Ordinal)), Is.EqualTo(550), $"build {build + 1}");
        }
    }

    /// <summary>
    /// A rebuild renames each new file over the old one: a reader that opened a page before the
    /// rebuild still reads the whole old page, and the next reader the whole new one, never a mix.
    /// </summary>
    [Test]
    public void ARebuildReplacesFilesWithoutChangingThemUnderAReader()
    {
        using var live = new LiveSiteFixture(Sites.OneTalk);
        var page = Path.Combine(live.Output, "conf-2024", "first", "index.html");
        var before = File.ReadAllText(page);
        using var reader = new FileStream(page, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);

        live.Write("""
            -- content/conferences/conf-2024/talks/first.md --
            ---
            title: First talk, edited
            speakers: [Ada Lovelace]
            topics: [Engines]
            ---
            The write-up.
            """);
        live.Rebuild("content/conferences/conf-2024/talks/first.md");

        using var text = new StreamReader(reader);
        Assert.Multiple(() =>
        {
            Assert.That(text.ReadToEnd(), Is.EqualTo(before), "the reader's file is the old one, whole");
            Assert.That(File.ReadAllText(page), Does.Contain("First talk, edited"));
            Assert.That(Folder.Files(live.Output).Where(f => f.Contains(".recap-", StringComparison.Ordinal) && !f.EndsWith(".recap-site", StringComparison.Ordinal)), Is.Empty, "no temporary file is left");
        });
    }
}
