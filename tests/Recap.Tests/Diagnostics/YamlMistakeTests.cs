using Recap.Tests.Support;

namespace Recap.Tests.Diagnostics;

/// <summary>
/// The YAML mistakes authors make most are reported where they are, saying what to change rather
/// than what the parser expected.
/// </summary>
public sealed class YamlMistakeTests
{
    private const string Talk = "content/conferences/c/talks/kafka.md";

    [Test]
    public void TabIsReportedAtItsOwnLineAndColumn()
    {
        using var site = Build("---\ntitle: Kafka\nspeakers:\n  - Ada\n  \t- Grace\n---\n");

        Assert.That(site.Stderr, Does.StartWith($"""
            {Talk}(5,3): error RC0101: invalid YAML: this line is indented with a tab; YAML indents with spaces, not tabs
               4 |   - Ada
             > 5 |   {"\t"}- Grace
                 |   ^

            """));
    }

    [TestCase("---\ntitle: T\n\tspeakers: [Ada]\n---\n", 3, 1, TestName = "key indented with a tab")]
    [TestCase("---\ntitle: T\nspeakers:\n\t- Ada\n---\n", 4, 1, TestName = "first list item")]
    [TestCase("---\ntitle: T\nspeakers:\n  - Ada\n\t- Grace\n---\n", 5, 1, TestName = "later list item")]
    [TestCase("---\ntitle: T\nlinks:\n\twebsite: https://ada.example\n---\n", 4, 1, TestName = "key of a nested mapping")]
    [TestCase("---\ntitle: T\nsummary: |\n  One.\n\tTwo.\n---\n", 5, 1, TestName = "line of a block of text")]
    [TestCase("---\ntitle: T\n\n\n\t\n---\n", 5, 1, TestName = "blank line holding a tab")]
    [TestCase("---\r\ntitle: T\r\nspeakers:\r\n  - Ada\r\n\t- Grace\r\n---\r\n", 5, 1, TestName = "Windows line endings")]
    [TestCase("\uFEFF---\ntitle: T\nspeakers:\n  - Ada\n  \t- Grace\n---\n", 5, 3, TestName = "byte order mark")]
    public void TabInTheIndentationIsReportedWhereItIs(string talk, int line, int column)
    {
        using var site = Build(talk);

        Assert.That(site.ErrorLines(), Is.EqualTo(new[] { $"{Talk}({line},{column}): error RC0101: invalid YAML: this line is indented with a tab; YAML indents with spaces, not tabs" }));
    }

    [TestCase("---\ntitle:\tKafka\n---\n", TestName = "after a colon")]
    [TestCase("---\ntitle: Kafka\tStreams\n---\n", TestName = "inside a value")]
    [TestCase("---\ntitle: Kafka\nspeakers:\n  -\tAda\n---\n", TestName = "after a list dash")]
    [TestCase("---\ntitle: \"Kafka\n\tStreams\"\n---\n", TestName = "inside a quoted value")]
    public void TabThatDoesNotIndentIsRead(string talk)
    {
        using var site = Build(talk);

        site.AssertClean();
    }

    [Test]
    public void TabInSiteYmlIsReportedAtItsLine()
    {
        using var site = TestSite.Build("-- content/site.yml --\ntitle: Recaps\nsocial:\n\tgithub: ada\n");

        Assert.That(site.ErrorLines(), Is.EqualTo(new[] { "content/site.yml(3,1): error RC0401: invalid YAML: this line is indented with a tab; YAML indents with spaces, not tabs" }));
    }

    /// <summary>A site whose only talk is <c>content/conferences/c/talks/kafka.md</c> with exactly this text.</summary>
    private static TestSite Build(string talk)
    {
        var site = TestSite.Create(Sites.ConferenceC);
        var path = Path.Combine(site.Root, Talk);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, talk);
        return site.Run();
    }
}
