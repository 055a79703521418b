using Recap.Content;
using Recap.Tests.Support;

namespace Recap.Tests.Content;

public sealed class ContentLoadingTests
{
    [Test]
    public void TomlFrontMatterIsReadLikeYaml()
    {
        using var site = TestSite.Build(Sites.Config + """

            -- content/conferences/c/index.md --
            +++
            name = "Hugo Conf"
            start = 2021-09-14
            topics = ["static sites"]
            +++
            From Hugo.
            -- content/conferences/c/talks/a.md --
            +++
            title = "Moving over"
            speakers = ["Ada"]
            format = "lightning"
            order = 2
            draft = false
            +++
            Body.
            -- content/speakers/ada.md --
            +++
            name = "Ada"
            [links]
            github = "ada"
            +++
            """);

        site.AssertClean();
        site.AssertFile("c/index.html", """
            <h1>Hugo Conf</h1>
            <time datetime="2021-09-14">14 September 2021</time>
            href="/topics/static-sites/"
            """);
        site.AssertFile("c/a/index.html", """
            <h1>Moving over</h1>
            Lightning talk
            """);
        site.AssertFile("speakers/ada/index.html", "href=\"https://github.com/ada\"");
    }

    [Test]
    public void TomlKeysAreCheckedLikeYamlKeys()
    {
        using var site = TestSite.Build(Sites.Config + """

            -- content/conferences/c/index.md --
            +++
            name = "C"
            strat = 2021
            +++
            """);

        Assert.That(site.Stderr, Does.StartWith("content/conferences/c/index.md(3,1): error RC0102: unknown key 'strat' (did you mean 'start'?)\n"));
    }

    [TestCase("2018", "2018", "2018")]
    [TestCase("2018-06", "2018-06", "June 2018")]
    [TestCase("2018-06-01", "2018-06-01", "1 June 2018")]
    [TestCase("2018-06-01T09:30:00Z", "2018-06-01", "1 June 2018")]
    public void DatesMayBePartial(string written, string iso, string display)
    {
        Assert.That(PartialDate.TryParse(written, out var date), Is.True);
        Assert.Multiple(() =>
        {
            Assert.That(date.ToString(), Is.EqualTo(iso));
            Assert.That(date.ToDisplayString(), Is.EqualTo(display));
        });
    }

    [TestCase("2018-06-01", "2018-06-02", "1–2 June 2018")]
    [TestCase("2018-06-30", "2018-07-02", "30 June – 2 July 2018")]
    [TestCase("2018-12-31", "2019-01-01", "31 December 2018 – 1 January 2019")]
    [TestCase("2018-06", "2018-06", "June 2018")]
    public void DateRangesSayTheSharedPartsOnce(string start, string end, string display)
    {
        Assert.That(PartialDate.TryParse(start, out var first) && PartialDate.TryParse(end, out var last) ? PartialDate.DisplayRange(first, last) : null, Is.EqualTo(display));
    }

    [Test]
    public void FilesBesideContentAreCopiedToTheMatchingOutputPath()
    {
        using var site = TestSite.Build(Sites.OneTalk + """

            -- content/conferences/conf-2024/cover.jpg --
            not really a jpeg
            -- content/conferences/conf-2024/talks/diagram.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            -- content/speakers/ada.png --
            png
            -- content/static/CNAME --
            recaps.example.org
            -- content/static/.well-known/security.txt --
            Contact: mailto:security@example.org
            """);

        site.AssertClean();
        Assert.Multiple(() =>
        {
            Assert.That(site.ReadFile("conf-2024/cover.jpg"), Is.EqualTo("not really a jpeg\n"));
            Assert.That(site.Exists("conf-2024/talks/diagram.svg"), Is.True);
            Assert.That(site.Exists("speakers/ada.png"), Is.True);
            Assert.That(site.ReadFile("CNAME"), Is.EqualTo("recaps.example.org\n"));
            Assert.That(site.Exists(".well-known/security.txt"), Is.True);
        });
    }

    [Test]
    public void CoverAvatarAndImageNameFilesBesideTheirContent()
    {
        using var site = TestSite.Build(Sites.Config + """

            -- content/conferences/c/index.md --
            ---
            name: C
            cover: cover.svg
            cover_alt: The hall
            ---
            -- content/conferences/c/cover.svg --
            <svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"/>
            -- content/conferences/c/talks/a.md --
            ---
            title: A
            image: ../cover.svg
            alt: The hall
            speakers: [Ada]
            ---
            -- content/speakers/ada.md --
            ---
            name: Ada
            avatar: https://images.example/ada.png
            ---
            """, "--base-url", "https://example.github.io/recaps/");

        site.AssertClean();
        site.AssertFile("c/index.html", "src=\"/recaps/c/cover.svg\"");
        site.AssertFile("c/a/index.html", "src=\"/recaps/c/cover.svg\"");
        site.AssertFile("speakers/ada/index.html", "src=\"https://images.example/ada.png\"");
    }

    [Test]
    public void MissingCoverIsAnError()
    {
        using var site = TestSite.Build(Sites.Config + """

            -- content/conferences/c/index.md --
            ---
            name: C
            cover: cover.jpg
            ---
            """);

        Assert.That(site.Stderr, Does.StartWith("content/conferences/c/index.md(3,1): error RC0112: cover 'cover.jpg' not found (looked for content/conferences/c/cover.jpg)\n"));
    }

    [Test]
    public void AFileOutsideContentIsAnErrorThatSaysSo()
    {
        using var site = TestSite.Build(Sites.Config + """

            -- cover.jpg --
            not published
            -- content/conferences/c/index.md --
            ---
            name: C
            cover: ../../../cover.jpg
            cover_alt: The hall
            image: ../../../../../etc/hostname
            ---
            """);

        Assert.That(site.ErrorLines(), Is.EqualTo(new[]
        {
            "content/conferences/c/index.md(3,1): error RC0112: cover '../../../cover.jpg' names cover.jpg, outside content/: only files under content/ are published, so move it there",
            "content/conferences/c/index.md(5,1): error RC0112: image '../../../../../etc/hostname' leads out of the site's folder: only files under content/ are published",
        }));
    }

    [Test]
    public void MarkdownInAPlaceRecapDoesNotReadIsAWarning()
    {
        using var site = TestSite.Build(Sites.OneTalk + """

            -- content/conferences/conf-2024/notes.md --
            stray notes
            """);

        Assert.That(site.ExitCode, Is.Zero);
        Assert.That(site.Stderr, Does.StartWith("content/conferences/conf-2024/notes.md: warning RC0114: file is not in a place Recap reads, so it is ignored (talks go in content/conferences/<conference>/talks/, files to copy as-is in content/static/)\n"));
    }

    [Test]
    public void OldMacLineEndingsAreRead()
    {
        using var site = TestSite.Create(Sites.ConferenceC);
        var talk = Path.Combine(site.Root, "content", "conferences", "c", "talks", "mac.md");
        Directory.CreateDirectory(Path.GetDirectoryName(talk)!);
        File.WriteAllText(talk, "---\rtitle: Written on a Mac\rspeakers: [Ada]\r---\rBody text.\r");

        site.Run();

        site.AssertClean();
        site.AssertFile("c/mac/index.html", """
            <h1>Written on a Mac</h1>
            Body text.
            """);
    }

    [Test]
    public void ByteOrderMarkAndWindowsLineEndingsAreRead()
    {
        using var site = TestSite.Create(Sites.ConferenceC);
        var talk = Path.Combine(site.Root, "content", "conferences", "c", "talks", "windows.md");
        Directory.CreateDirectory(Path.GetDirectoryName(talk)!);
        File.WriteAllText(talk, "---\r\ntitle: Written on Windows\r\nspeakers: [Ada]\r\n---\r\nBody text.\r\n", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        site.Run();

        site.AssertClean();
        site.AssertFile("c/windows/index.html", """
            <h1>Written on Windows</h1>
            Body text.
            """);
    }

    [Test]
    public void FrontMatterIsSplitWhereTheTextSaysWhetherReadFromBytesOrFromTheCache()
    {
        using var site = TestSite.Create(Sites.ConferenceC);
        var talks = Path.Combine(site.Root, "content", "conferences", "c", "talks");
        Directory.CreateDirectory(talks);
        var utf8 = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        // Closed by a fence with a no-break space after it, before a rule the body draws.
        File.WriteAllText(Path.Combine(talks, "nbsp.md"), "---\ntitle: Closed with a space\nspeakers: [Ada]\n---\u00A0\nBefore the rule.\n\n---\n\nAfter the rule.\n", utf8);
        // YAML's own end of document.
        File.WriteAllText(Path.Combine(talks, "dots.md"), "---\ntitle: Closed with dots\nspeakers: [Ada]\n...\nBody after dots.\n", utf8);
        // Two byte order marks: the second is as invisible as the first.
        File.WriteAllText(Path.Combine(talks, "marks.md"), "\uFEFF---\ntitle: Two marks\nspeakers: [Ada]\n---\nBody after marks.\n", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        for (var build = 1; build <= 2; build++)
        {
            site.Run();

            site.AssertClean();
            site.AssertFile("c/nbsp/index.html", """
                <h1>Closed with a space</h1>
                <p>Before the rule.</p>
                <hr />
                <p>After the rule.</p>
                """);
            site.AssertFile("c/dots/index.html", """
                <h1>Closed with dots</h1>
                <p>Body after dots.</p>
                """);
            site.AssertFile("c/marks/index.html", """
                <h1>Two marks</h1>
                <p>Body after marks.</p>
                """);
        }
    }

    [Test]
    public void ALinkToAFolderThatHoldsItIsNotFollowedSoALoopCannotHang()
    {
        using var site = TestSite.Create(Sites.OneTalk);
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "content", "conferences", "conf-2024", "talks", "loop"), Path.Combine(site.Root, "content", "conferences", "conf-2024"));

        site.Run();

        Assert.That(site.ExitCode, Is.Zero);
        Assert.That(site.Stderr, Does.StartWith("content/conferences/conf-2024/talks/loop: warning RC0114: link to a folder that holds it is not followed (it would repeat forever)\n"));
    }

    [Test]
    public void DraftsAppearOnlyWithDrafts()
    {
        const string files = Sites.OneTalk + """

            -- content/conferences/conf-2024/talks/draft.md --
            ---
            title: Not ready
            draft: true
            ---
            -- content/pages/secret.md --
            ---
            title: Secret
            draft: true
            ---
            """;
        using var site = TestSite.Build(files);
        Assert.That(site.Exists("conf-2024/draft/index.html"), Is.False);
        Assert.That(site.Exists("secret/index.html"), Is.False);
        site.AssertFile("conf-2024/index.html", "! Not ready");

        site.Run("--drafts");
        site.AssertClean();
        site.AssertFile("conf-2024/draft/index.html", """
            Not ready
            <p class="draft-note">Draft: this page is only built with <code>--drafts</code>.</p>
            <meta name="robots" content="noindex">
            """);
        site.AssertFile("conf-2024/index.html", """
            Not ready
            <span class="badge badge-draft">Draft</span>
            """);
        site.AssertFile("conf-2024/first/index.html", """
            ! class="draft-note"
            ! noindex
            """);
        Assert.That(site.ReadFile("conf-2024/index.html").Split("badge-draft"), Has.Length.EqualTo(2), "only the draft talk is marked");
        Assert.That(site.Exists("secret/index.html"), Is.True);
    }

    [Test]
    public void TalksOfADraftConferenceAreMarkedAsDrafts()
    {
        using var site = TestSite.Build(Sites.OneTalk.Replace("start: 2024-05-02", "start: 2024-05-02\ndraft: true", StringComparison.Ordinal), "--drafts");

        site.AssertClean();
        site.AssertFile("conf-2024/first/index.html", "class=\"draft-note\"");
        site.AssertFile("conf-2024/index.html", "class=\"draft-note\"");
        site.AssertFile("conferences/index.html", "<span class=\"badge badge-draft\">Draft</span>");
        site.AssertFile("speakers/ada-lovelace/index.html", "<span class=\"badge badge-draft\">Draft</span>");
    }

    [Test]
    public void FutureTalksAppearOnlyWithFuture()
    {
        using var site = TestSite.Build(Sites.OneTalk + """

            -- content/conferences/conf-2024/talks/later.md --
            ---
            title: In the far future
            date: 2999-01-01
            ---
            """);
        Assert.That(site.Exists("conf-2024/later/index.html"), Is.False);
        site.AssertFile("conf-2024/index.html", """
            ! In the far future
            ! badge-upcoming
            """);

        site.Run("--future");
        Assert.That(site.ErrorLines(), Is.Empty);
        Assert.That(site.WarningLines(), Is.EqualTo(new[] { "content/conferences/conf-2024/talks/later.md(3,1): warning RC0123: talk date 2999-01-01 is outside its conference, which starts on 2024-05-02 and gives no end" }), "built with --future, it is checked as a published talk is");
        site.AssertFile("conf-2024/later/index.html", """
            <h1>In the far future</h1>
            <p class="draft-note future-note">Upcoming: this talk is dated <time datetime="2999-01-01">2999-01-01</time> and is only built with <code>--future</code>.</p>
            <meta name="robots" content="noindex">
            """);
        site.AssertFile("conf-2024/index.html", """
            In the far future
            <span class="badge badge-upcoming">Upcoming</span>
            ! future-note
            """);
        site.AssertFile("conf-2024/first/index.html", """
            ! future-note
            ! noindex
            """);
    }

    [Test]
    public void FutureConferencesAndTheirTalksAreMarkedWithFuture()
    {
        const string files = Sites.Config + """

            -- content/conferences/next/index.md --
            ---
            name: Next
            start: 2999-06
            ---
            -- content/conferences/next/talks/opening.md --
            ---
            title: Opening
            ---
            """;
        using var site = TestSite.Build(files);
        Assert.That(site.Exists("next/index.html"), Is.False);
        Assert.That(site.Exists("next/opening/index.html"), Is.False);

        site.Run("--future");

        site.AssertClean();
        site.AssertFile("next/index.html", "Upcoming: this conference is dated <time datetime=\"2999-06\">2999-06</time> and is only built with <code>--future</code>.");
        site.AssertFile("next/index.html", "<span class=\"badge badge-upcoming\">Upcoming</span>");
        site.AssertFile("next/opening/index.html", "Upcoming: this talk is dated <time datetime=\"2999-06\">2999-06</time>");
        site.AssertFile("conferences/index.html", "<span class=\"badge badge-upcoming\">Upcoming</span>");
    }

    [Test]
    public void ThemeMayDeclareExtraFrontMatterKeys()
    {
        using var site = TestSite.Build(Sites.OneTalk + """

            -- themes/default/theme.yml --
            name: default
            front_matter:
              talk: [rating]
            -- layouts/talk.html --
            <h1>{{ talk.title }}</h1><p class="rating">{{ talk.extra.rating }}</p>
            -- content/conferences/conf-2024/talks/first.md --
            ---
            title: First talk
            rating: 5 stars
            ---
            """);

        site.AssertClean();
        site.AssertFile("conf-2024/first/index.html", "<p class=\"rating\">5 stars</p>");
    }
}
