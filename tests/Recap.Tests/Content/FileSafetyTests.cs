using System.Diagnostics;
using Recap.Tests.Support;

namespace Recap.Tests.Content;

/// <summary>What is published from content/ is what the author meant to publish, and nothing from outside the site.</summary>
public sealed class FileSafetyTests
{
    [Test]
    public void ALinkToAFileOrFolderOutsideTheSiteIsNotPublished()
    {
        using var site = TestSite.Create(Sites.OneTalk);
        using var outside = TestSite.Create("-- secret/passwords.txt --\nhunter2\n");
        var secret = Path.Combine(outside.Root, "secret", "passwords.txt");
        Link(site, "content/static/passwd", secret);
        Link(site, "content/conferences/conf-2024/notes.txt", secret);
        Link(site, "content/static/secrets", Path.Combine(outside.Root, "secret"));
        Link(site, "content/static/up", "../../..");

        site.Run();

        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
        Assert.That(Lines(site.Stderr), Is.EqualTo(new[]
        {
            $"content/conferences/conf-2024/notes.txt: warning RC0114: link points outside the site (to '{secret}'), so it is not published",
            $"content/static/passwd: warning RC0114: link points outside the site (to '{secret}'), so it is not published",
            $"content/static/secrets: warning RC0114: link points outside the site (to '{Path.Combine(outside.Root, "secret")}'), so it is not published",
            $"content/static/up: warning RC0114: link points outside the site (to '{Path.GetDirectoryName(site.Root)}'), so it is not published",
            "Found 0 errors and 4 warnings.",
        }));
        Assert.That(site.OutputFiles().Where(f => f.Contains("passw", StringComparison.Ordinal) || f.Contains("secret", StringComparison.Ordinal) || f.Contains("notes", StringComparison.Ordinal)), Is.Empty);
        Assert.That(site.OutputFiles().SelectMany(f => File.ReadLines(Path.Combine(site.Output, f))).Any(l => l.Contains("hunter2", StringComparison.Ordinal)), Is.False);
    }

    [Test]
    public void LinksInsideTheSiteBehaveAsWhatTheyPointTo()
    {
        using var site = TestSite.Create(Sites.OneTalk + """

            -- shared/logos/recap.svg --
            <svg/>
            -- shared/talks/guest.md --
            ---
            title: A guest talk
            ---
            Written once, shown in two conferences.
            -- content/conferences/conf-2024/photo.jpg --
            jpeg
            """);
        Link(site, "content/static/logos", "../../shared/logos");
        Link(site, "content/static/photo.jpg", "../conferences/conf-2024/photo.jpg");
        Link(site, "content/conferences/conf-2024/talks/guest.md", "../../../../shared/talks/guest.md");

        site.Run();

        site.AssertClean();
        Assert.That(site.ReadFile("logos/recap.svg"), Is.EqualTo("<svg/>\n"));
        Assert.That(site.ReadFile("photo.jpg"), Is.EqualTo("jpeg\n"));
        site.AssertFile("conf-2024/guest/index.html", "<h1>A guest talk</h1>");
    }

    [Test]
    public void ABrokenLinkAndALinkIntoTheOutputAreReportedAndIgnored()
    {
        using var site = TestSite.Build(Sites.OneTalk);
        site.AssertClean();
        Link(site, "content/static/gone.png", "missing.png");
        Link(site, "content/static/site", "../../_site");
        Link(site, "content/static/root", "../..");

        site.Run();

        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
        Assert.That(Lines(site.Stderr), Is.EqualTo(new[]
        {
            "content/static/gone.png: warning RC0114: link points to nothing ('missing.png' does not exist), so it is ignored",
            "content/static/root: warning RC0114: link points to a folder that holds the output folder, so it is not followed",
            "content/static/site: warning RC0114: link points into the output folder, so it is not followed",
            "Found 0 errors and 3 warnings.",
        }));
        Assert.That(site.OutputFiles().Where(f => f.StartsWith("site/", StringComparison.Ordinal) || f == "gone.png"), Is.Empty);
    }

    [Test]
    public void LinksThatLoopThroughEachOtherAreNotFollowed()
    {
        using var site = TestSite.Create(Sites.OneTalk + "\n-- content/static/a/one.txt --\none\n-- content/static/b/two.txt --\ntwo\n");
        Link(site, "content/static/a/to-b", "../b");
        Link(site, "content/static/b/to-a", "../a");

        site.Run();

        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
        Assert.That(Lines(site.Stderr), Is.EqualTo(new[]
        {
            "content/static/a/to-b/to-a: warning RC0114: link to a folder that holds it is not followed (it would repeat forever)",
            "content/static/b/to-a/to-b: warning RC0114: link to a folder that holds it is not followed (it would repeat forever)",
            "Found 0 errors and 2 warnings.",
        }));
        Assert.That(site.OutputFiles().Where(f => f.EndsWith(".txt", StringComparison.Ordinal) && f != "robots.txt" && !f.StartsWith("assets/", StringComparison.Ordinal)), Is.EqualTo(new[] { "a/one.txt", "a/to-b/two.txt", "b/to-a/one.txt", "b/two.txt" }));
    }

    [Test]
    public void EditorBackupAndSystemFilesAreNeverPublished()
    {
        var leftovers = new[]
        {
            "first.md.bak", "first.md~", ".#first.md", "#first.md#", ".first.md.swp", ".first.md.swo", "first.md.swx",
            ".DS_Store", "Thumbs.db", "ehthumbs.db", "desktop.ini", "Desktop.ini", "._photo.jpg", ".~lock.notes.odt#",
        };
        var files = string.Concat(leftovers.SelectMany(name => new[]
        {
            $"-- content/conferences/conf-2024/talks/{name} --\n---\ntitle: Draft text\n---\nNot for readers.\n",
            $"-- content/conferences/conf-2024/{name} --\nNot for readers.\n",
            $"-- content/static/{name} --\nNot for readers.\n",
        }));
        using var site = TestSite.Build(Sites.OneTalk + "\n" + files + """
            -- content/static/.git/config --
            [remote "origin"]
            -- content/static/.well-known/security.txt --
            Contact: mailto:security@example.org
            """);

        site.AssertClean();
        Assert.That(site.OutputFiles().Where(f => leftovers.Contains(Path.GetFileName(f)) || f.StartsWith(".git/", StringComparison.Ordinal)), Is.Empty);
        Assert.That(site.Exists(".well-known/security.txt"), Is.True, "other dotfiles of static/ are published");
    }

    [Test]
    public void TextWithFrontMatterThatIsNotMarkdownIsNotPublished()
    {
        using var site = TestSite.Build(Sites.OneTalk + """

            -- content/conferences/conf-2024/talks/second.md.old --
            ---
            title: An old draft
            ---
            Draft text.
            -- content/conferences/conf-2024/notes.txt --
            +++
            title = "Notes"
            +++
            Private notes.
            -- content/static/data.yml --
            ---
            speakers: 3
            ---
            -- content/static/rule.txt --
            ---
            A line, not front matter.
            """);

        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
        Assert.That(Lines(site.Stderr), Is.EqualTo(new[]
        {
            "content/conferences/conf-2024/notes.txt: warning RC0114: file starts with front matter but is not Markdown, so it is not published (name it .md to build it, or move it out of content/)",
            "content/conferences/conf-2024/talks/second.md.old: warning RC0114: file starts with front matter but is not Markdown, so it is not published (name it .md to build it, or move it out of content/)",
            "Found 0 errors and 2 warnings.",
        }));
        Assert.That(site.Exists("conf-2024/notes.txt") || site.Exists("conf-2024/talks/second.md.old"), Is.False);
        Assert.That(site.Exists("data.yml") && site.Exists("rule.txt"), Is.True, "YAML and text without closed front matter are copied");
    }

    [Test]
    public void FilesOnlyADraftUsesArePublishedWithItAndNotBefore()
    {
        const string files = """

            -- content/conferences/conf-2024/talks/secret.md --
            ---
            title: Secret launch
            draft: true
            image: secret-card.svg
            alt: The launch
            ---
            ![The diagram](../diagram.svg) and [the deck](../deck.pdf), and [shared](../shared.pdf).
            -- content/conferences/conf-2024/talks/secret-card.svg --
            <svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"/>
            -- content/conferences/conf-2024/talks/secret.jpg --
            jpeg
            -- content/conferences/conf-2024/talks/secret/notes.pdf --
            pdf
            -- content/conferences/conf-2024/diagram.svg --
            <svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"/>
            -- content/conferences/conf-2024/deck.pdf --
            pdf
            -- content/conferences/conf-2024/shared.pdf --
            pdf
            -- content/conferences/conf-2024/other.pdf --
            pdf
            -- content/conferences/conf-2024/talks/first.md --
            ---
            title: First talk
            ---
            See [the shared file](../shared.pdf).
            """;
        using var site = TestSite.Build(Sites.OneTalk + files);
        using var drafts = TestSite.Build(Sites.OneTalk + files, "--drafts");

        site.AssertClean();
        drafts.AssertClean();
        var withheld = new[] { "conf-2024/talks/secret-card.svg", "conf-2024/talks/secret.jpg", "conf-2024/talks/secret/notes.pdf", "conf-2024/diagram.svg", "conf-2024/deck.pdf" };
        Assert.Multiple(() =>
        {
            Assert.That(site.OutputFiles().Intersect(withheld), Is.Empty, "a draft's files stay out with it");
            Assert.That(site.Exists("conf-2024/shared.pdf") && site.Exists("conf-2024/other.pdf"), Is.True, "files a published page uses, or nothing uses, are published");
            Assert.That(drafts.OutputFiles(), Is.SupersetOf(withheld));
        });
    }

    [Test]
    [Platform(Exclude = "Win")]
    public void ANamedPipeInContentNeitherBlocksNorFailsTheBuild()
    {
        using var site = TestSite.Create(Sites.OneTalk);
        MakeFifo(Path.Combine(site.Root, "content", "static", "pipe.txt"));
        MakeFifo(Path.Combine(site.Root, "content", "conferences", "conf-2024", "talks", "pipe.md"));

        site.Run();

        Assert.That(site.ExitCode, Is.EqualTo(1));
        Assert.That(site.Stderr, Does.StartWith("content/conferences/conf-2024/talks/pipe.md(1,1): error RC0103: missing required field 'title'"));
    }

    private static void Link(TestSite site, string path, string target)
    {
        var full = Path.Combine(site.Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.CreateSymbolicLink(full, target);
    }

    private static void MakeFifo(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.That(mkfifo.ExitCode, Is.Zero);
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
