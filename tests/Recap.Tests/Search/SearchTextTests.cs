using Recap.Search;

namespace Recap.Tests.Search;

public sealed class SearchTextTests
{
    [TestCase("Zoë Ångström", new[] { "zoe", "angstrom" })]
    [TestCase("ŁUKASZ Øster, Straße & Œuvre", new[] { "lukasz", "oster", "strasse", "oeuvre" })]
    [TestCase("The state of C# and .NET in 2024", new[] { "state", "c", "net", "2024" })]
    [TestCase("Rust's async/await: how it works", new[] { "rust", "s", "async", "await", "works" })]
    [TestCase("山田太郎とKubernetes", new[] { "山", "田", "太", "郎", "と", "kubernetes" })]
    [TestCase("Ελληνικά ΣΟΦΟΣ", new[] { "ελληνικα", "σοφοσ" })]
    [TestCase("김민준 발표", new[] { "김민준", "발표" })]
    [TestCase("دروس في العـــربية أولاً", new[] { "دروس", "في", "العربية", "اولا" })]
    [TestCase("İstanbul ǅemal ﬁne ½", new[] { "istanbul", "ǆemal", "ﬁne" })]
    [TestCase("", new string[0])]
    public void WordsAreFoldedAndSplitAsTheSearchPageSplitsThem(string text, string[] words) =>
        Assert.That(SearchText.Words(text), Is.EqualTo(words));

    [TestCase("angstrom", "ang")]
    [TestCase("go", "go")]
    [TestCase("山", "山")]
    public void AWordIsFiledByItsFirstThreeLetters(string word, string key) =>
        Assert.That(SearchText.Key(word), Is.EqualTo(key));

    /// <summary>FNV-1a of the key's UTF-16 code units: the script computes the same numbers (pinned so that neither side drifts alone).</summary>
    [TestCase("ang", 512, 275)]
    [TestCase("zoe", 512, 185)]
    [TestCase("山", 64, 28)]
    [TestCase("a", 1, 0)]
    public void ShardIsTheHashOfTheKey(string key, int shards, int shard) =>
        Assert.That(SearchText.Shard(key, shards), Is.EqualTo(shard));
}
