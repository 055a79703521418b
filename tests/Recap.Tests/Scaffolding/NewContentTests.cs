using Recap.Cli;
using Recap.Content;
using Recap.Scaffolding;
using Recap.Tests.Support;

namespace Recap.Tests.Scaffolding;

/// <summary><c>recap new conference</c>, <c>talk</c> and <c>speaker</c>: one file each, that builds as written.</summary>
public sealed class NewContentTests
{
    private TestSite _site = null!;

    private string Content => Path.Combine(_site.Root, "content");

    [SetUp]
    public void CreateSite() => _site = TestSite.Create(Sites.Config);

    [TearDown]
    public void DeleteSite() => _site.Dispose();

    [Test]
    public void NewConferenceTalkAndSpeakerBuildWithNoWarningsAndTheTalkLinksTheSpeaker()
    {
        Assert.That(New("conference", "dotScale 2019").ExitCode, Is.Zero);
        Assert.That(New("speaker", "Ada Lovelace").ExitCode, Is.Zero);
        Assert.That(New("talk", "dotscale-2019", "Data pipelines", "--speaker", "Ada Lovelace", "--format", "keynote").ExitCode, Is.Zero);

        _site.Run();

        _site.AssertClean();
        Assert.That(_site.Stdout, Does.StartWith("Built 9 pages (1 conference, 1 talk, 1 speaker, 0 topics)"));
        _site.AssertFile("dotscale-2019/data-pipelines/index.html", """
            <h1>Data pipelines</h1>
            href="/speakers/ada-lovelace/"
            Keynote
            """);
        _site.AssertFile("dotscale-2019/index.html", "Your recap of the conference goes here");
        _site.AssertFile("speakers/ada-lovelace/index.html", "A short bio");
    }

    [Test]
    public void TitleWithColonQuotesAndBracketsRoundTripsThroughABuild()
    {
        New("conference", "Conf");

        var (exitCode, stdout, stderr) = New("talk", "conf", "Kafka: \"streams\" & [more]");
        _site.Run();

        Assert.That(exitCode, Is.Zero, stderr);
        Assert.That(stdout, Is.EqualTo($"{Content}/conferences/conf/talks/kafka-streams-more.md\n"));
        Assert.That(Read("conferences/conf/talks/kafka-streams-more.md"), Does.StartWith("---\ntitle: \"Kafka: \\\"streams\\\" & [more]\"\n# Optional"));
        _site.AssertClean();
        _site.AssertFile("conf/kafka-streams-more/index.html", "<h1>Kafka: &quot;streams&quot; &amp; [more]</h1>");
    }

    [Test]
    public void NewConferenceFillsInTheNameAndTheYearAndCommentsEveryOtherKey()
    {
        var (exitCode, stdout, stderr) = New("conference", "dotScale 2019");

        Assert.That(exitCode, Is.Zero, stderr);
        Assert.That(stdout, Is.EqualTo($"{Content}/conferences/dotscale-2019/index.md\n"));
        Assert.That(stderr, Is.Empty);
        var text = Read("conferences/dotscale-2019/index.md");
        Assert.That(text, Does.StartWith("---\nname: dotScale 2019\nstart: 2019   "));
        Assert.That(text, Does.Contain("\n<!-- talks -->\n"));
        Assert.That(CommentedKeys(text), Is.EqualTo(FieldHints.Conference.Select(f => f.Key).Except(["name", "start"])));
    }

    [Test]
    public void NewConferenceWithoutAYearLeavesStartCommented()
    {
        New("conference", "RustConf: the big one");

        var text = Read("conferences/rustconf-the-big-one/index.md");

        Assert.That(text, Does.StartWith("---\nname: \"RustConf: the big one\"\n# Optional, remove the # to use them:\n"));
        Assert.That(text, Does.Match(@"\n# start: 2019-06-01 +# partial dates allowed: 2019, 2019-06\n"));
    }

    [TestCase("dotScale 2019", "2019")]
    [TestCase("Devoxx 2019 (2020 edition)", "2020")]
    [TestCase("FOSDEM", null)]
    [TestCase("Room 12345", null)]
    [TestCase("Summit 2150", null)]
    public void YearInTheName(string name, string? year)
    {
        Assert.That(ContentScaffold.YearIn(name), Is.EqualTo(year));
    }

    [Test]
    public void NewTalkFillsInSpeakersAndFormatAndCommentsEveryOtherKey()
    {
        New("conference", "dotScale 2019");

        var (exitCode, stdout, stderr) = New("talk", "dotScale 2019", "Data pipelines", "--speaker", "Ada Lovelace", "--speaker", "Hopper, Grace", "--format", "Lightning");

        Assert.That(exitCode, Is.Zero, stderr);
        Assert.That(stdout, Is.EqualTo($"{Content}/conferences/dotscale-2019/talks/data-pipelines.md\n"));
        var text = Read("conferences/dotscale-2019/talks/data-pipelines.md");
        Assert.That(text, Does.StartWith("---\ntitle: Data pipelines\nspeakers: [Ada Lovelace, \"Hopper, Grace\"]   # speaker ids or names\nformat: lightning "));
        Assert.That(CommentedKeys(text), Is.EqualTo(FieldHints.Talk.Select(f => f.Key).Except(["title", "speakers", "format"])));
    }

    [Test]
    public void NewTalkWithoutSpeakersOrFormatCommentsThem()
    {
        New("conference", "Conf");

        New("talk", "conf", "Opening");

        Assert.That(CommentedKeys(Read("conferences/conf/talks/opening.md")), Is.EqualTo(FieldHints.Talk.Select(f => f.Key).Skip(1)));
    }

    [Test]
    public void NewSpeakerCommentsEveryOtherKeyAndTheLinks()
    {
        var (exitCode, stdout, stderr) = New("speaker", "Zoë Ångström");

        Assert.That(exitCode, Is.Zero, stderr);
        Assert.That(stdout, Is.EqualTo($"{Content}/speakers/zoe-angstrom.md\n"));
        var text = Read("speakers/zoe-angstrom.md");
        Assert.That(text, Does.StartWith("---\nname: Zoë Ångström\n"));
        Assert.That(CommentedKeys(text), Is.EqualTo(FieldHints.Speaker.Select(f => f.Key).Skip(1)));
        Assert.That(text, Does.Contain("\n#   mastodon: \"@ada@example.social\"\n"));
    }

    [Test]
    public void EveryCommentedKeyBuildsOnceUncommented()
    {
        New("conference", "Conf 2019");
        New("speaker", "Ada Lovelace");
        New("talk", "conf-2019", "Opening", "--speaker", "Ada Lovelace");
        foreach (var path in new[] { "conferences/conf-2019/index.md", "speakers/ada-lovelace.md", "conferences/conf-2019/talks/opening.md" })
        {
            var full = Path.Combine(Content, path);
            var lines = File.ReadAllLines(full)
                .Where(l => !l.StartsWith("# Optional", StringComparison.Ordinal))
                .Where(l => !l.StartsWith("# draft:", StringComparison.Ordinal))
                .Select(l => l.StartsWith("# ", StringComparison.Ordinal) ? l[2..] : l);
            File.WriteAllLines(full, lines);
        }

        foreach (var example in new[] { "conferences/conf-2019/cover.jpg", "conferences/conf-2019/preview.png", "conferences/conf-2019/talks/diagram.png", "conferences/conf-2019/talks/still.jpg", "speakers/ada.jpg", "speakers/preview.png" })
        {
            // Real images, 1 pixel square: a build reads their size.
            using var bitmap = new SkiaSharp.SKBitmap(1, 1);
            using var image = bitmap.Encode(example.EndsWith(".jpg", StringComparison.Ordinal) ? SkiaSharp.SKEncodedImageFormat.Jpeg : SkiaSharp.SKEncodedImageFormat.Png, 90);
            File.WriteAllBytes(Path.Combine(Content, example), image.ToArray());
        }

        _site.Run();

        _site.AssertClean();
    }

    [Test]
    public void FieldHintsHaveEveryKeyOfTheRecordsAndNoOther()
    {
        Assert.Multiple(() =>
        {
            Assert.That(FieldHints.Conference.Select(f => f.Key), Is.EquivalentTo(FrontMatterBinder.KeysOf(typeof(ConferenceFrontMatter))));
            Assert.That(FieldHints.Talk.Select(f => f.Key), Is.EquivalentTo(FrontMatterBinder.KeysOf(typeof(TalkFrontMatter))));
            Assert.That(FieldHints.Speaker.Select(f => f.Key), Is.EquivalentTo(FrontMatterBinder.KeysOf(typeof(SpeakerFrontMatter))));
            Assert.That(FieldHints.Links.Select(f => f.Key), Is.EquivalentTo(FrontMatterBinder.KeysOf(typeof(ProfileLinks))));
            Assert.That(FieldHints.Formats, Is.EqualTo(new[] { "keynote", "talk", "lightning", "workshop", "panel" }));
        });
    }

    [Test]
    public void TalksOnLanguagesNamedWithPunctuationGetFilesOfTheirOwn()
    {
        New("conference", "Conf");

        var made = new[] { "C tips", "C# tips", "C++ tips", "F# and .NET", "Issue #42" }.Select(title => New("talk", "conf", title)).ToList();
        _site.Run();

        Assert.That(made.Select(m => (m.ExitCode, m.Stdout)), Is.EqualTo(new[] { "c-tips", "c-sharp-tips", "cpp-tips", "f-sharp-and-dotnet", "issue-42" }
            .Select(slug => (0, $"{Content}/conferences/conf/talks/{slug}.md\n"))));
        _site.AssertClean();
        _site.AssertFile("conf/cpp-tips/index.html", "<h1>C++ tips</h1>");
    }

    [Test]
    public void NewContentRefusesToOverwriteAFile()
    {
        New("speaker", "Ada Lovelace");
        File.WriteAllText(Path.Combine(Content, "speakers", "ada-lovelace.md"), "mine");

        var (exitCode, stdout, stderr) = New("speaker", "Ada  Lovelace");

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(stdout, Is.Empty);
        Assert.That(stderr, Does.StartWith("recap new speaker: content/speakers/ada-lovelace.md already exists; edit it, or choose another name\n"));
        Assert.That(Read("speakers/ada-lovelace.md"), Is.EqualTo("mine"));
    }

    [Test]
    public void NewTalkNeedsItsConference()
    {
        var (exitCode, _, stderr) = New("talk", "dotscale-2019", "Title");

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(stderr, Does.StartWith("recap new talk: no conference 'dotscale-2019' (content/conferences/dotscale-2019/index.md); create it with 'recap new conference NAME'\n"));
        Assert.That(Directory.Exists(Path.Combine(Content, "conferences")), Is.False);
    }

    [Test]
    public void NewTalkSuggestsAConferenceNearlyNamed()
    {
        New("conference", "dotScale 2019");

        var (exitCode, _, stderr) = New("talk", "dotscale-2109", "Title");

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(stderr, Does.StartWith("recap new talk: no conference 'dotscale-2109' (content/conferences/dotscale-2109/index.md); did you mean 'dotscale-2019'?\n"));
    }

    [Test]
    public void NewTalkNamingASeriesSuggestsItsEditions()
    {
        New("conference", "FOSDEM 2024");
        New("conference", "FOSDEM 2023");
        New("conference", "dotScale 2019");

        var (exitCode, _, oneMessage) = New("talk", "dotscale", "Title");
        var (_, _, twoMessage) = New("talk", "FOSDEM", "Title");

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(oneMessage, Does.StartWith("recap new talk: no conference 'dotscale' (content/conferences/dotscale/index.md); did you mean 'dotscale-2019'?\n"));
        Assert.That(twoMessage, Does.StartWith("recap new talk: no conference 'FOSDEM' (content/conferences/fosdem/index.md); did you mean one of 'fosdem-2023', 'fosdem-2024'?\n"));
    }

    [TestCase("conference", "Conf")]
    [TestCase("speaker", "Ada")]
    public void NewContentNeedsAContentFolder(string kind, string name)
    {
        Directory.Delete(Content, recursive: true);

        var (exitCode, _, stderr) = New(kind, name);

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(stderr, Does.StartWith($"recap new {kind}: no content folder in '{_site.Root}' (run recap in the folder that holds content/, or pass --source)\n"));
        Assert.That(Directory.Exists(Content), Is.False);
    }

    private (int ExitCode, string Stdout, string Stderr) New(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = RecapCommand.Run(["new", .. args, "--source", _site.Root], stdout, stderr);
        return (exitCode, stdout.ToString(), stderr.ToString());
    }

    private string Read(string path) => File.ReadAllText(Path.Combine(Content, path));

    /// <summary>The keys commented out at the top level, in order.</summary>
    private static IEnumerable<string> CommentedKeys(string text) =>
        text.Split('\n')
            .Where(l => l.StartsWith("# ", StringComparison.Ordinal) && !l.StartsWith("#  ", StringComparison.Ordinal) && !l.StartsWith("# Optional", StringComparison.Ordinal))
            .Select(l => l[2..l.IndexOf(':', StringComparison.Ordinal)]);
}
