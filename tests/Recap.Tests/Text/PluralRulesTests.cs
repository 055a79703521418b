using Recap.Text;

namespace Recap.Tests.Text;

public sealed class PluralRulesTests
{
    [TestCase("en", new long[] { 0, 1, 2, 11, 101 }, "other one other other other")]
    [TestCase("fr", new long[] { 0, 1, 2, 1000 }, "one one other other")]
    [TestCase("pt-BR", new long[] { 0, 1, 2 }, "one one other")]
    [TestCase("pt-PT", new long[] { 0, 1, 2 }, "other one other")]
    [TestCase("ru", new long[] { 1, 2, 4, 5, 11, 12, 21, 22, 25, 111, 112 }, "one few few many many many one few many many many")]
    [TestCase("uk-UA", new long[] { 1, 3, 14, 31 }, "one few many one")]
    [TestCase("pl", new long[] { 1, 2, 5, 12, 22, 101 }, "one few many many few many")]
    [TestCase("cs", new long[] { 1, 3, 5 }, "one few other")]
    [TestCase("hr", new long[] { 1, 2, 5, 21 }, "one few other one")]
    [TestCase("ar", new long[] { 0, 1, 2, 3, 10, 11, 99, 100, 102, 103 }, "zero one two few few many many other other few")]
    [TestCase("he", new long[] { 1, 2, 3, 20 }, "one two other other")]
    [TestCase("ja", new long[] { 0, 1, 2 }, "other other other")]
    [TestCase("zh-Hant-TW", new long[] { 1 }, "other")]
    [TestCase("lt", new long[] { 1, 2, 10, 11, 21 }, "one few other other one")]
    [TestCase("ro", new long[] { 0, 1, 2, 19, 20, 101 }, "few one few few other few")]
    [TestCase("cy", new long[] { 0, 1, 2, 3, 6, 7 }, "zero one two few many other")]
    public void CategoriesOfWholeNumbers(string language, long[] counts, string expected)
    {
        Assert.That(string.Join(' ', counts.Select(n => PluralRules.Category(language, n))), Is.EqualTo(expected));
    }
}
