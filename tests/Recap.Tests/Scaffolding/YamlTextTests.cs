using Recap.Content;
using Recap.Diagnostics;
using Recap.Scaffolding;

namespace Recap.Tests.Scaffolding;

/// <summary>Values <c>recap new</c> writes read back as the same text.</summary>
public sealed class YamlTextTests
{
    [TestCase("dotScale 2019", "dotScale 2019")]
    [TestCase("Zoë Ångström", "Zoë Ångström")]
    [TestCase("O'Brien", "O'Brien")]
    [TestCase("Kafka: \"streams\" & [more]", "\"Kafka: \\\"streams\\\" & [more]\"")]
    [TestCase("[more]", "\"[more]\"")]
    [TestCase("null", "\"null\"")]
    [TestCase("Yes", "\"Yes\"")]
    public void ScalarIsPlainOnlyWhenThatIsSafe(string text, string yaml)
    {
        Assert.That(YamlText.Scalar(text), Is.EqualTo(yaml));
    }

    [TestCase("Kafka: \"streams\" & [more]")]
    [TestCase("[more]")]
    [TestCase("{braces}")]
    [TestCase("- dash")]
    [TestCase("? question")]
    [TestCase("#hash")]
    [TestCase("C# in depth # part 2")]
    [TestCase("&anchor")]
    [TestCase("*alias")]
    [TestCase("!tag")]
    [TestCase("%directive")]
    [TestCase("@handle")]
    [TestCase("`tick`")]
    [TestCase("'single'")]
    [TestCase("\"double\"")]
    [TestCase("back\\slash")]
    [TestCase(" leading and trailing ")]
    [TestCase("two\nlines")]
    [TestCase("tab\there")]
    [TestCase("null")]
    [TestCase("~")]
    [TestCase("true")]
    [TestCase("2019")]
    [TestCase("1e3")]
    [TestCase("a, b")]
    [TestCase("山田 太郎")]
    [TestCase("emoji 🎉")]
    public void ScalarAndListItemsRoundTrip(string text)
    {
        var mapping = Parse($"title: {YamlText.Scalar(text)}\nspeakers: {YamlText.List([text, "Ada"])}\n");

        Assert.That(((ScalarNode)mapping.Entries[0].Value).Value, Is.EqualTo(text));
        Assert.That(((ScalarNode)mapping.Entries[0].Value).IsNull, Is.False);
        Assert.That(((SequenceNode)mapping.Entries[1].Value).Items.Cast<ScalarNode>().Select(i => i.Value), Is.EqualTo(new[] { text, "Ada" }));
    }

    private static MappingNode Parse(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var mapping = YamlFrontMatterParser.Parse(yaml, "test.md", 2, diagnostics, "RC0101");
        Assert.That(diagnostics.Sorted(), Is.Empty, yaml);
        return mapping!;
    }
}
