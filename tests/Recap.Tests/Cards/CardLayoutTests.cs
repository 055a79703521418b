using Recap.Cards;

namespace Recap.Tests.Cards;

public sealed class CardLayoutTests
{
    // Ten pixels a character: widths are easy to count.
    private static readonly Func<string, float> Measure = s => s.Length * 10;

    [Test]
    public void TitleThatFitsIsOneLine()
    {
        var wrapped = CardLayout.WrapTitle("Istio in production", Measure, 400, 3);

        Assert.That(wrapped.Lines, Is.EqualTo(new[] { "Istio in production" }));
        Assert.That(wrapped.Truncated, Is.False);
    }

    [Test]
    public void WordsWrapWhereTheLineIsFull()
    {
        var wrapped = CardLayout.WrapTitle("Data   pipelines for\nCall of Duty", Measure, 130, 3);

        Assert.That(wrapped.Lines, Is.EqualTo(new[] { "Data", "pipelines for", "Call of Duty" }));
        Assert.That(wrapped.Truncated, Is.False);
    }

    [Test]
    public void TitleOfMoreThanThreeLinesIsCutWithAnEllipsis()
    {
        var wrapped = CardLayout.WrapTitle("one two three four five six seven eight nine ten eleven twelve", Measure, 100, 3);

        Assert.That(wrapped.Truncated, Is.True);
        Assert.That(wrapped.Lines, Is.EqualTo(new[] { "one two", "three four", "five six…" }));
        Assert.That(wrapped.Lines.Select(Measure), Has.All.LessThanOrEqualTo(100));
    }

    [Test]
    public void EllipsisTakesOutTheLastWordAndItsCommaWhenThereIsNoRoomForIt()
    {
        var wrapped = CardLayout.WrapTitle("aaaa, bbbb cc", Measure, 100, 1);

        Assert.That(wrapped.Lines, Is.EqualTo(new[] { "aaaa…" }));
    }

    [Test]
    public void WordWiderThanALineIsBrokenBetweenCharacters()
    {
        var wrapped = CardLayout.WrapTitle("Supercalifragilisticexpialidocious talk", Measure, 100, 5);

        Assert.That(wrapped.Lines, Is.EqualTo(new[] { "Supercalif", "ragilistic", "expialidoc", "ious talk" }));
    }

    [Test]
    public void TextWithoutSpacesFillsEveryLine()
    {
        var wrapped = CardLayout.WrapTitle("Rust 入門ガイドとても長いタイトル", Measure, 60, 3);

        Assert.That(wrapped.Lines, Is.EqualTo(new[] { "Rust 入", "門ガイドとて", "も長いタイ…" }));
    }

    [Test]
    public void LongWordPastTheLastLineIsCutWithAnEllipsis()
    {
        var wrapped = CardLayout.WrapTitle(new string('x', 100), Measure, 100, 3);

        Assert.That(wrapped.Lines, Has.Count.EqualTo(3));
        Assert.That(wrapped.Lines[2], Is.EqualTo("xxxxxxxxx…"));
    }

    [Test]
    public void CharactersAreNotSplitFromTheirMarks()
    {
        // "é" written as e + combining acute stays one character when a word is broken.
        var wrapped = CardLayout.WrapTitle("e\u0301e\u0301e\u0301e\u0301", s => s.Length * 10, 40, 3);

        Assert.That(wrapped.Lines, Is.EqualTo(new[] { "e\u0301e\u0301", "e\u0301e\u0301" }));
    }

    /// <summary>A title of a million characters costs what a title of a thousand does: it is cut before it is measured.</summary>
    [Test]
    public void AVeryLongTitleIsMeasuredOnlyAsFarAsTheCardShowsIt()
    {
        var measured = 0L;
        float Counting(string s)
        {
            measured += s.Length;
            return s.Length * 10;
        }

        var word = CardLayout.WrapTitle(new string('x', 1_000_000), Counting, 100, 3);
        var words = CardLayout.WrapTitle(string.Concat(Enumerable.Repeat("word ", 200_000)), Counting, 100, 3);

        Assert.That(word.Lines, Is.EqualTo(new[] { "xxxxxxxxxx", "xxxxxxxxxx", "xxxxxxxxx…" }));
        Assert.That(words.Lines, Is.EqualTo(new[] { "word word", "word word", "word word…" }));
        Assert.That(measured, Is.LessThan(50_000), "characters measured in all");
    }
}
