using Recap.Tests.Support;

namespace Recap.Tests.Content;

/// <summary>
/// A folder Recap does not read is a warning at the folder, once, with the name it was probably
/// meant to have; folders of files to copy beside a conference stay silent.
/// </summary>
public sealed class UnreadFolderTests
{
    [Test]
    public void TalkFolderInsteadOfTalksIsAWarningWithTheRightName()
    {
        using var site = TestSite.Build(Sites.OneTalk + """

            -- content/conferences/conf-2024/talk/second.md --
            ---
            title: Second talk
            ---
            -- content/conferences/conf-2024/talk/third.md --
            ---
            title: Third talk
            ---
            """);

        Assert.That(site.ExitCode, Is.Zero);
        Assert.That(site.Stderr, Is.EqualTo("""
            content/conferences/conf-2024/talk/: warning RC0114: folder 'talk/' is not one Recap reads, so 2 Markdown files in it are ignored (did you mean 'talks/'?)
            Found 0 errors and 1 warning.

            """));
        Assert.That(site.Exists("conf-2024/second/index.html"), Is.False);
    }

    [TestCase("content/speaker/ada.md", "content/speaker/: warning RC0114: folder 'speaker/' is not one Recap reads, so 1 file in it is ignored (did you mean 'speakers/'?)", TestName = "speaker")]
    [TestCase("content/conference/conf-2025/index.md", "content/conference/: warning RC0114: folder 'conference/' is not one Recap reads, so 1 file in it is ignored (did you mean 'conferences/'?)", TestName = "conference")]
    [TestCase("content/Topics/engines.md", "content/Topics/: warning RC0114: folder 'Topics/' is not one Recap reads, so 1 file in it is ignored (did you mean 'topics/'?)", TestName = "upper case")]
    [TestCase("content/page/about.md", "content/page/: warning RC0114: folder 'page/' is not one Recap reads, so 1 file in it is ignored (did you mean 'pages/'?)", TestName = "page")]
    [TestCase("content/talks/kafka.md", "content/talks/: warning RC0114: folder 'talks/' is not one Recap reads, so 1 file in it is ignored (talks go in content/conferences/<conference>/talks/)", TestName = "talks outside a conference")]
    [TestCase("content/notes/day-one.md", "content/notes/: warning RC0114: folder 'notes/' is not one Recap reads, so 1 file in it is ignored (content/ holds conferences/, speakers/, topics/, pages/ and static/)", TestName = "nothing close")]
    [TestCase("content/img/logo.png", "content/img/: warning RC0114: folder 'img/' is not one Recap reads, so 1 file in it is ignored (content/ holds conferences/, speakers/, topics/, pages/ and static/)", TestName = "files to copy outside static")]
    [TestCase("content/conferences/conf-2024/Talks/second.md", "content/conferences/conf-2024/Talks/: warning RC0114: folder 'Talks/' is not one Recap reads, so 1 Markdown file in it is ignored (did you mean 'talks/'?)", TestName = "upper case in a conference")]
    [TestCase("content/conferences/conf-2024/talsk/second.md", "content/conferences/conf-2024/talsk/: warning RC0114: folder 'talsk/' is not one Recap reads, so 1 Markdown file in it is ignored (did you mean 'talks/'?)", TestName = "transposed letters")]
    [TestCase("content/conferences/conf-2024/notes/day-one.md", "content/conferences/conf-2024/notes/: warning RC0114: folder 'notes/' is not one Recap reads, so 1 Markdown file in it is ignored (a conference's talks go in its talks/ folder)", TestName = "nothing close in a conference")]
    [TestCase("content/conferences/conf-2024/speakers/ada.md", "content/conferences/conf-2024/speakers/: warning RC0114: folder 'speakers/' is not one Recap reads, so 1 Markdown file in it is ignored (speakers go in content/speakers/)", TestName = "speakers in a conference")]
    [TestCase("content/conferences/conf-2024/talk/day-1/second.md", "content/conferences/conf-2024/talk/: warning RC0114: folder 'talk/' is not one Recap reads, so 1 Markdown file in it is ignored (did you mean 'talks/'?)", TestName = "deeper in a misnamed folder")]
    public void UnreadFolderIsAWarningAtTheFolder(string file, string warning)
    {
        using var site = TestSite.Build(Sites.OneTalk + $"\n-- {file} --\n---\ntitle: T\nname: N\n---\n");

        Assert.That(site.ExitCode, Is.Zero);
        Assert.That(site.Stderr, Is.EqualTo(warning + "\nFound 0 errors and 1 warning.\n"));
    }

    [Test]
    public void EachUnreadFolderIsReportedOnceWhateverItHolds()
    {
        using var site = TestSite.Build(Sites.OneTalk + """

            -- content/speaker/ada.md --
            ---
            name: Ada
            ---
            -- content/speaker/ada.jpg --
            not really a jpeg
            -- content/speaker/grace.md --
            ---
            name: Grace
            ---
            """);

        Assert.That(site.Stderr, Does.StartWith("content/speaker/: warning RC0114: folder 'speaker/' is not one Recap reads, so 3 files in it are ignored (did you mean 'speakers/'?)\nFound 0 errors and 1 warning.\n"));
    }

    [Test]
    public void FoldersOfFilesToCopyBesideAConferenceAreSilentAndCopied()
    {
        using var site = TestSite.Build(Sites.OneTalk + """

            -- content/conferences/conf-2024/img/stage.png --
            not really a png
            -- content/conferences/conf-2024/slides/day-1/deck.pdf --
            not really a pdf
            -- content/conferences/conf-2024/talk/photo.jpg --
            not really a jpeg
            """);

        site.AssertClean();
        Assert.Multiple(() =>
        {
            Assert.That(site.Exists("conf-2024/img/stage.png"), Is.True);
            Assert.That(site.Exists("conf-2024/slides/day-1/deck.pdf"), Is.True);
            Assert.That(site.Exists("conf-2024/talk/photo.jpg"), Is.True);
        });
    }

    [Test]
    public void FilesToCopyBesideMarkdownInAnUnreadConferenceFolderAreStillCopied()
    {
        using var site = TestSite.Build(Sites.OneTalk + """

            -- content/conferences/conf-2024/talk/second.md --
            ---
            title: Second talk
            ---
            -- content/conferences/conf-2024/talk/diagram.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            """);

        Assert.That(site.Stderr, Does.StartWith("content/conferences/conf-2024/talk/: warning RC0114: folder 'talk/' is not one Recap reads, so 1 Markdown file in it is ignored (did you mean 'talks/'?)\n"));
        Assert.That(site.Exists("conf-2024/talk/diagram.svg"), Is.True);
    }

    [Test]
    public void DotFoldersAreNotReported()
    {
        using var site = TestSite.Build(Sites.OneTalk + """

            -- content/.obsidian/workspace.md --
            notes
            -- content/conferences/conf-2024/.drafts/idea.md --
            idea
            """);

        site.AssertClean();
    }

    [Test]
    public void StrayFileOutsideAFolderIsStillReportedOnItsOwn()
    {
        using var site = TestSite.Build(Sites.OneTalk + """

            -- content/about.md --
            ---
            title: About
            ---
            """);

        Assert.That(site.Stderr, Does.StartWith("content/about.md: warning RC0114: file is not in a place Recap reads, so it is ignored (talks go in content/conferences/<conference>/talks/, files to copy as-is in content/static/)\n"));
    }
}
