using Recap.Tests.Support;

namespace Recap.Tests.Content;

/// <summary>Front matter of any size or shape is read in bounded time: built, or refused at its line.</summary>
public sealed class FrontMatterLimitTests
{
    [Test]
    public void AListOfMoreThanAHundredNamesIsRefused()
    {
        var speakers = string.Join(", ", Enumerable.Range(1, 3000).Select(i => $"Speaker Number{i}"));
        using var site = TestSite.Build(Sites.OneTalk.Replace("speakers: [Ada Lovelace]", $"speakers: [{speakers}]", StringComparison.Ordinal));

        Assert.That(site.ExitCode, Is.EqualTo(1));
        Assert.That(site.Stderr, Does.StartWith("content/conferences/conf-2024/talks/first.md(3,11): error RC0105: 'speakers' has 3000 items; a list may have at most 100\n"));
    }

    [Test]
    public void TomlNestedDeeperThanItsParserAllowsIsALocatedError()
    {
        using var site = TestSite.Build(Sites.ConferenceC + "\n-- content/conferences/c/talks/deep.md --\n+++\ntitle = \"Deep\"\nx = " + new string('[', 500) + new string(']', 500) + "\n+++\n");

        Assert.That(site.ExitCode, Is.EqualTo(1));
        Assert.That(site.Stderr, Does.StartWith("content/conferences/c/talks/deep.md(3,68): error RC0101: invalid TOML: arrays and tables are nested more than 64 levels deep\n"));
    }

    [Test]
    public void ASlugLongerThanAHundredCharactersIsRefused()
    {
        using var site = TestSite.Build(Sites.ConferenceC + "\n-- content/conferences/c/talks/long.md --\n---\ntitle: Long\nslug: " + string.Join('-', Enumerable.Repeat("word", 60)) + "\n---\n");

        Assert.That(site.ExitCode, Is.EqualTo(1));
        Assert.That(site.Stderr, Does.StartWith($"content/conferences/c/talks/long.md(3,1): error RC0106: slug is 299 characters long; a slug may have at most 100 (try '{string.Join('-', Enumerable.Repeat("word", 20))}')\n"));
    }

    [Test]
    public void APageNamedByAVeryLongNameGetsAShortenedUrl()
    {
        var name = string.Join(' ', Enumerable.Repeat("Bartholomew", 30_000));
        using var site = TestSite.Build(Sites.OneTalk.Replace("speakers: [Ada Lovelace]", $"speakers: [{name}]", StringComparison.Ordinal));

        site.AssertClean();
        Assert.That(site.Exists($"speakers/{string.Join('-', Enumerable.Repeat("bartholomew", 8))}/index.html"), Is.True, string.Join('\n', site.OutputFiles()));
    }

    [Test]
    public void ThousandsOfUnknownKeysAreEachReported()
    {
        var keys = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"key{i}: value\n"));
        using var site = TestSite.Build(Sites.ConferenceC + "\n-- content/conferences/c/talks/keys.md --\n---\ntitle: Keys\n" + keys + "---\n");

        Assert.That(site.ExitCode, Is.EqualTo(1));
        Assert.That(site.Stderr, Does.Contain("content/conferences/c/talks/keys.md(20002,1): error RC0102: unknown key 'key19999'\n"));
        Assert.That(site.Stderr, Does.EndWith("Found 20,000 errors and 0 warnings.\nBuild failed; " + Path.Combine(site.Root, "_site") + " was left as it was.\n"));
    }
}
