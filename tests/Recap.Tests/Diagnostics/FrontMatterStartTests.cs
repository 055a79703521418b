using System.Text;
using Recap.Tests.Support;

namespace Recap.Tests.Diagnostics;

/// <summary>
/// Front matter below the first line is reported at its opening fence as what it is, not as a
/// file with no front matter and so no title.
/// </summary>
public sealed class FrontMatterStartTests
{
    private const string Talk = "content/conferences/c/talks/kafka.md";

    [Test]
    public void BlankLineBeforeTheFrontMatterIsAnErrorAtTheFence()
    {
        using var site = Build("\n---\ntitle: Kafka\nspeakers: [Ada]\n---\nBody.\n");

        Assert.That(site.Stderr, Is.EqualTo($"""
            {Talk}(2,1): error RC0101: front matter must start on the first line (remove the blank line above '---')
               1 | 
             > 2 | ---
                 | ^
            Found 1 error and 0 warnings.
            Build failed; {site.Output} was left as it was.

            """));
    }

    [TestCase("\n \n\t\n---\ntitle: T\n---\n", 4, "remove the 3 blank lines above '---'", TestName = "blank lines holding spaces and tabs")]
    [TestCase("# Kafka\n---\ntitle: T\n---\n", 2, "move the text above '---' below the front matter", TestName = "a heading")]
    [TestCase("Notes from day one.\n\n---\ntitle: T\nspeakers: [Ada]\n---\n", 3, "move the text above '---' below the front matter", TestName = "a paragraph and a blank line")]
    [TestCase("  ---\ntitle: T\n---\n", 1, "remove the spaces before '---'", TestName = "spaces before the fence")]
    [TestCase("\n---\n\ntitle: T\n...\n", 2, "remove the blank line above '---'", TestName = "closed by three dots")]
    [TestCase("\n+++\ntitle = \"T\"\n+++\n", 2, "remove the blank line above '+++'", TestName = "TOML")]
    [TestCase("\n+++\n[links]\n+++\n", 2, "remove the blank line above '+++'", TestName = "TOML table first")]
    [TestCase("\r\n---\r\ntitle: T\r\n---\r\n", 2, "remove the blank line above '---'", TestName = "Windows line endings")]
    [TestCase("\r---\rtitle: T\r---\r", 2, "remove the blank line above '---'", TestName = "old Mac line endings")]
    [TestCase("\uFEFF\n---\ntitle: T\n---\n", 2, "remove the blank line above '---'", TestName = "byte order mark and a blank line")]
    public void TextBeforeTheFrontMatterIsAnErrorAtTheFence(string talk, int line, string hint)
    {
        using var site = Build(talk);

        Assert.That(site.ErrorLines(), Is.EqualTo(new[] { $"{Talk}({line},1): error RC0101: front matter must start on the first line ({hint})" }));
    }

    [Test]
    public void FrontMatterWithoutItsOpeningFenceIsAnErrorAtTheTop()
    {
        using var site = Build("title: Kafka\nspeakers: [Ada]\n---\nBody.\n");

        Assert.That(site.Stderr, Is.EqualTo($"""
            {Talk}(1,1): error RC0101: front matter closed on line 3 has no opening fence (add a line with '---' above line 1)
             > 1 | title: Kafka
                 | ^
            Found 1 error and 0 warnings.
            Build failed; {site.Output} was left as it was.

            """));
    }

    [TestCase("title: T\nspeakers:\n  - Ada\n# a comment\n\ntopics: [Kafka]\n---\n\nBody.\n", 7, "---", TestName = "a list, a comment and a blank line")]
    [TestCase("\ntitle: T\n---\n", 3, "---", TestName = "a blank line first")]
    [TestCase("title = \"T\"\n[links]\n+++\n", 3, "+++", TestName = "TOML")]
    [TestCase("title: T\r\n---\r\n", 2, "---", TestName = "Windows line endings")]
    [TestCase("title : T\n---\n", 2, "---", TestName = "a title alone, a space before its colon")]
    [TestCase("\ntitle: T\n\n---\n", 4, "---", TestName = "a title alone between blank lines")]
    [TestCase("speakers: [Ada]\ntitle: T\n---\n", 3, "---", TestName = "two keys, the title second")]
    [TestCase("level = 2\n+++\n", 2, "+++", TestName = "one TOML key that is not the title")]
    public void FrontMatterWithoutItsOpeningFenceIsFound(string talk, int closing, string marker)
    {
        using var site = Build(talk);

        Assert.That(site.ErrorLines(), Is.EqualTo(new[] { $"{Talk}(1,1): error RC0101: front matter closed on line {closing} has no opening fence (add a line with '{marker}' above line 1)" }));
    }

    [Test]
    public void SpeakerFileIsCheckedToo()
    {
        using var site = Build("---\ntitle: Kafka\nspeakers: [Ada]\n---\n", ("content/speakers/ada.md", "\n---\nname: Ada\n---\n"));

        Assert.That(site.ErrorLines(), Is.EqualTo(new[] { "content/speakers/ada.md(2,1): error RC0101: front matter must start on the first line (remove the blank line above '---')" }));
    }

    [TestCase("Just a body.\n", TestName = "no fence at all")]
    [TestCase("Intro.\n\n---\n\nMore body.\n", TestName = "a thematic break")]
    [TestCase("Intro.\n---\ntitle: T\n", TestName = "a fence never closed after text")]
    [TestCase("\n---\n- one\n- two\n---\n", TestName = "a list between two breaks")]
    [TestCase("Note: a thought.\n---\n", TestName = "a sentence with a colon above a break")]
    [TestCase("title: T\nA paragraph.\n---\n", TestName = "a key and then text above a break")]
    [TestCase("- one\n- two\n---\n", TestName = "a list above a break")]
    public void FileWithoutFrontMatterStillMissesItsTitle(string talk)
    {
        using var site = Build(talk);

        Assert.That(site.ErrorLines(), Has.Count.EqualTo(1));
        Assert.That(site.ErrorLines()[0], Does.EndWith(": error RC0103: missing required field 'title'"));
    }

    [TestCase("kafka: streaming notes\n---\n\nThe log is the database.\n", "<h2 id=\"kafka-streaming-notes\"><a href=\"#kafka-streaming-notes\" class=\"heading-link\">kafka: streaming notes</a></h2>", TestName = "a heading underlined with dashes")]
    [TestCase("\nsummary: what we learned\n\n---\n\nThe log is the database.\n", "<p>summary: what we learned</p>\n<hr />", TestName = "a paragraph above a thematic break")]
    public void TopicBodyStartingWithOneKeyLikeLineBuilds(string body, string html)
    {
        using var site = TestSite.Build(Sites.OneTalk + $"""

            -- content/topics/kafka.md --
            {body}
            """);

        site.AssertClean();
        site.AssertFile("topics/kafka/index.html", html);
        site.AssertFile("topics/kafka/index.html", "The log is the database.");
    }

    [Test]
    public void TopicBodyWithThematicBreaksBuilds()
    {
        using var site = TestSite.Build(Sites.OneTalk + """

            -- content/topics/engines.md --
            Engines, analytical and otherwise.

            ---

            Note: a topic needs no front matter.

            ---
            """);

        site.AssertClean();
        site.AssertFile("topics/engines/index.html", "Note: a topic needs no front matter.");
    }

    [TestCase(true, "\r\n", TestName = "byte order mark, Windows line endings")]
    [TestCase(true, "\n", TestName = "byte order mark")]
    [TestCase(false, "\r\n", TestName = "Windows line endings")]
    public void FrontMatterOnTheFirstLineIsReadWhateverTheEncodingDetails(bool byteOrderMark, string newline)
    {
        using var site = TestSite.Create(Sites.ConferenceC);
        var path = Path.Combine(site.Root, Talk);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, string.Join(newline, "---", "title: Kafka", "---", "Body.", string.Empty), new UTF8Encoding(byteOrderMark));

        site.Run();

        site.AssertClean();
        site.AssertFile("c/kafka/index.html", "<h1>Kafka</h1>");
    }

    [Test]
    public void SecondByteOrderMarkIsIgnoredLikeTheFirst()
    {
        using var site = Build("\uFEFF\uFEFF---\ntitle: Kafka\n---\n");

        site.AssertClean();
        site.AssertFile("c/kafka/index.html", "<h1>Kafka</h1>");
    }

    /// <summary>
    /// A site whose only talk is <c>content/conferences/c/talks/kafka.md</c> with exactly this
    /// text (an inline site trims the blank lines these tests start with), and other files as given.
    /// </summary>
    private static TestSite Build(string talk, params (string Path, string Text)[] others)
    {
        var site = TestSite.Create(Sites.ConferenceC);
        foreach (var (file, text) in others.Prepend((Talk, talk)))
        {
            var path = Path.Combine(site.Root, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        return site.Run();
    }
}
