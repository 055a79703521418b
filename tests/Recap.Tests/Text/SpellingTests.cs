using Recap.Text;

namespace Recap.Tests.Text;

public sealed class SpellingTests
{
    [TestCase("speakrs", "speakers")]
    [TestCase("strat", "start")]
    [TestCase("baseurl", "base_url")]
    [TestCase("yaroslav-tkachencko", "yaroslav-tkachenko")]
    [TestCase("kubernetis", "kubernetes")]
    public void TyposFindTheirWord(string typo, string word) =>
        Assert.That(Spelling.Closest(typo, ["speakers", "start", "base_url", "yaroslav-tkachenko", "kubernetes", "title"]), Is.EqualTo(word));

    [TestCase("realtime-storage", "reactive-storage")]
    [TestCase("go", "rust")]
    [TestCase("paul-dix", "paul-fix-it")]
    public void DifferentNamesAreNotTypos(string name, string other) =>
        Assert.That(Spelling.Closest(name, [other]), Is.Null);
}
