using Recap.Tests.Support;

namespace Recap.Tests.Diagnostics;

/// <summary>
/// The YAML mistakes authors make most are reported where they are, saying what to change rather
/// than what the parser expected: tabs in the indentation, values holding ': ' unquoted, values
/// starting with a character YAML reserves, lists never closed, aliases to no anchor.
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

    [Test]
    public void ValueWithAColonIsAnErrorThatShowsTheQuotedValue()
    {
        using var site = Build("""
            ---
            title: Kafka: the hard parts
            speakers: [Ada]
            ---
            """);

        Assert.That(site.Stderr, Does.StartWith($"""
            {Talk}(2,8): error RC0101: invalid YAML: a value with ': ' in it must be quoted (write title: "Kafka: the hard parts")
               1 | ---
             > 2 | title: Kafka: the hard parts
                 |        ^

            """));
    }

    [TestCase("summary: Kafka: the \"hard\" parts", 3, 10, """a value with ': ' in it must be quoted (write summary: "Kafka: the \"hard\" parts")""", TestName = "quotes inside are escaped")]
    [TestCase("summary: C:\\ is full: again", 3, 10, """a value with ': ' in it must be quoted (write summary: "C:\\ is full: again")""", TestName = "backslashes inside are escaped")]
    [TestCase("summary: Kafka: the hard parts # seen twice", 3, 10, """a value with ': ' in it must be quoted (write summary: "Kafka: the hard parts")""", TestName = "a comment stays out of the quotes")]
    [TestCase("summary: Kafka:", 3, 10, """a value ending with ':' must be quoted (write summary: "Kafka:")""", TestName = "colon at the end")]
    [TestCase("summary: a: b: c", 3, 10, """a value with ': ' in it must be quoted (write summary: "a: b: c")""", TestName = "several colons")]
    [TestCase("links:\n  website: Ada: home", 4, 12, """a value with ': ' in it must be quoted (write website: "Ada: home")""", TestName = "key of a nested mapping")]
    public void ValueWithAColonIsReportedAtTheValue(string lines, int line, int column, string message)
    {
        using var site = Build($"---\ntitle: T\n{lines}\n---\n");

        Assert.That(site.ErrorLines(), Is.EqualTo(new[] { $"{Talk}({line},{column}): error RC0101: invalid YAML: {message}" }));
    }

    [Test]
    public void ValueWithAColonInAFileWithWindowsLineEndingsIsReportedAtTheValue()
    {
        using var site = Build("---\r\ntitle: Kafka: the hard parts\r\n---\r\n");

        Assert.That(site.ErrorLines(), Is.EqualTo(new[] { $"""{Talk}(2,8): error RC0101: invalid YAML: a value with ': ' in it must be quoted (write title: "Kafka: the hard parts")""" }));
    }

    [TestCase("title: \"Kafka: the hard parts\"")]
    [TestCase("title: 'Kafka: the hard parts'")]
    [TestCase("title: Kafka:the hard parts")]
    [TestCase("title: Kafka # the: hard parts")]
    [TestCase("title: >\n  Kafka: the hard parts")]
    public void QuotedOrHarmlessColonsAreRead(string title)
    {
        using var site = Build($"---\n{title}\n---\n");

        site.AssertClean();
    }

    [Test]
    public void SpeakerNameWithAColonInABlockListShowsTheQuotedName()
    {
        using var site = Build("""
            ---
            title: T
            speakers:
              - Ada
              - Dr: Who
            ---
            """);

        Assert.That(site.Stderr, Does.StartWith($"""
            {Talk}(5,5): error RC0104: each item of 'speakers' must be text; quote an item with a colon in it (write "Dr: Who")
               4 |   - Ada
             > 5 |   - Dr: Who
                 |     ^

            """));
    }

    [TestCase("speakers: [Ada, Dr: Who]", 3, 17, "\"Dr: Who\"", TestName = "flow list")]
    [TestCase("topics:\n  - cloud:", 4, 5, "\"cloud:\"", TestName = "colon at the end")]
    public void ListItemWithAColonIsReportedAtTheItem(string lines, int line, int column, string fix)
    {
        using var site = Build($"---\ntitle: T\n{lines}\n---\n");

        Assert.That(site.ErrorLines(), Is.EqualTo(new[] { $"{Talk}({line},{column}): error RC0104: each item of '{lines.Split(':')[0]}' must be text; quote an item with a colon in it (write {fix})" }));
    }

    [Test]
    public void MappingItemThatIsNotANameHasNoHint()
    {
        using var site = Build("---\ntitle: T\ntopics: [{a: b, c: d}]\n---\n");

        Assert.That(site.ErrorLines(), Is.EqualTo(new[] { $"{Talk}(3,10): error RC0104: each item of 'topics' must be text, not a mapping" }));
    }

    /// <summary>A site whose only talk is <c>content/conferences/c/talks/kafka.md</c> with exactly this text.</summary>
    [TestCase("title: T\nlinks:\n  twitter: @ada", 4, 12, """a value that starts with '@' must be quoted (write twitter: "@ada")""", TestName = "a handle")]
    [TestCase("title: `make` and you # a comment", 2, 8, """a value that starts with '`' must be quoted (write title: "`make` and you")""", TestName = "a backtick, the comment left out")]
    [TestCase("title: 100% Kafka\nsummary: %20 off", 3, 10, """a value that starts with '%' must be quoted (write summary: "%20 off")""", TestName = "a percent sign")]
    [TestCase("title: T\nspeakers:\n  - @ada", 4, 5, """a value that starts with '@' must be quoted (write "@ada")""", TestName = "an item of a block list")]
    public void ValueStartingWithAReservedCharacterShowsTheQuotedValue(string lines, int line, int column, string message)
    {
        using var site = Build($"---\n{lines}\n---\n");

        Assert.That(site.ErrorLines(), Is.EqualTo(new[] { $"{Talk}({line},{column}): error RC0101: invalid YAML: {message}" }));
    }

    [TestCase("title: [unclosed", 2, 8, TestName = "a list of one item")]
    [TestCase("title: {unclosed", 2, 8, TestName = "a mapping of one key")]
    [TestCase("title: &name [unclosed", 2, 8, TestName = "an anchored list")]
    [TestCase("title: T\ntopics: [a, b", 3, 9, TestName = "the last line")]
    public void ListNeverClosedIsReportedWhereItOpens(string lines, int line, int column)
    {
        using var site = Build($"---\n{lines}\n---\n");

        Assert.That(site.ErrorLines(), Is.EqualTo(new[] { $"{Talk}({line},{column}): error RC0101: invalid YAML: a list or mapping opened here is not closed" }));
    }

    [Test]
    public void AliasToNoAnchorSaysToQuoteTheValue()
    {
        using var site = Build("---\ntitle: T\ntopics: [kafka, *streams]\n---\n");

        Assert.That(site.ErrorLines(), Is.EqualTo(new[] { $"""{Talk}(3,17): error RC0101: invalid YAML: *streams names no anchor (&streams); a value that starts with * must be quoted (write "*streams")""" }));
    }

    [Test]
    public void AliasInsideTheValueItNamesIsAnErrorNotARepetition()
    {
        using var site = Build("---\ntitle: T\ntopics: &all [kafka, *all]\n---\n");

        Assert.That(site.ErrorLines(), Is.EqualTo(new[] { $"{Talk}(3,22): error RC0101: invalid YAML: *all is inside the value it names (&all): a list or mapping cannot hold itself" }));
    }

    private static TestSite Build(string talk)
    {
        var site = TestSite.Create(Sites.ConferenceC);
        var path = Path.Combine(site.Root, Talk);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, talk);
        return site.Run();
    }
}
