using CsCheck;
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

    [Test]
    public void BalancedTitleLeavesNoWordAloneOnItsLastLine()
    {
        // Greedy: "Introspecting applications in production" (41) / "HAProxy".
        var greedy = CardLayout.WrapTitle("Introspecting applications in production HAProxy", Measure, 420, 3);
        var balanced = CardLayout.WrapBalanced("Introspecting applications in production HAProxy", Measure, 420, 3);

        Assert.That(greedy.Lines, Is.EqualTo(new[] { "Introspecting applications in production", "HAProxy" }));
        Assert.That(balanced.Lines, Is.EqualTo(new[] { "Introspecting applications", "in production HAProxy" }));
        Assert.That(balanced.Truncated, Is.False);
    }

    [Test]
    public void BalancedTitleKeepsTheNumberOfLinesAndEvensThemOut()
    {
        var balanced = CardLayout.WrapBalanced("one two three four five six seven eight nine", Measure, 200, 3);

        // Greedy: "one two three four" (18), "five six seven eight" (20), "nine" (4).
        Assert.That(balanced.Lines, Is.EqualTo(new[] { "one two three", "four five six", "seven eight nine" }));
    }

    [Test]
    public void BalancedTextWithoutSpacesIsBrokenEvenlyBetweenCharacters()
    {
        // Greedy: 入門ガイドとても長 / い (9 and 1 characters).
        var balanced = CardLayout.WrapBalanced("入門ガイドとても長い", Measure, 90, 3);

        Assert.That(balanced.Lines, Is.EqualTo(new[] { "入門ガイド", "とても長い" }));
    }

    [Test]
    public void TitleCutWithAnEllipsisIsNotBalanced()
    {
        var balanced = CardLayout.WrapBalanced("one two three four five six seven eight nine ten eleven twelve", Measure, 100, 3);

        Assert.That(balanced.Lines, Is.EqualTo(new[] { "one two", "three four", "five six…" }));
        Assert.That(balanced.Truncated, Is.True);
    }

    [Test]
    public void BalancedLinesKeepTheGreedyLinesWhenTheyMeasureWiderThanTheirWordsAddUpTo()
    {
        // A measure where "in production HAProxy", whole, is wider than its words and spaces: as kerning can make it.
        float Kerned(string s) => s == "in production HAProxy" ? 500 : s.Length * 10;

        var balanced = CardLayout.WrapBalanced("Introspecting applications in production HAProxy", Kerned, 420, 3);

        Assert.That(balanced.Lines, Is.EqualTo(new[] { "Introspecting applications in production", "HAProxy" }));
    }

    /// <summary>
    /// Titles of random words, widths and line counts: balancing never adds a line, never makes
    /// the longest line longer or any line too wide, keeps every word in order, and leaves a word
    /// alone on the last line only when moving one more down would make the lines less even.
    /// </summary>
    [Test]
    public void BalancedLinesAreNeverWorseThanGreedyOnes()
    {
        var words = Gen.String[Gen.Char['a', 'z'], 1, 14].Array[1, 16];
        var widths = Gen.Int[60, 400];
        var lines = Gen.Int[1, 4];
        Gen.Select(words, widths, lines).Sample(
            (text, width, maxLines) =>
            {
                var title = string.Join(' ', text);
                var greedy = CardLayout.WrapTitle(title, Measure, width, maxLines);
                var balanced = CardLayout.WrapBalanced(title, Measure, width, maxLines);

                Assert.That(balanced.Lines, Has.Count.EqualTo(greedy.Lines.Count), title);
                Assert.That(balanced.Truncated, Is.EqualTo(greedy.Truncated), title);
                Assert.That(balanced.Lines.Select(Measure), Has.All.LessThanOrEqualTo(width), title);
                Assert.That(balanced.Lines.Max(Measure), Is.LessThanOrEqualTo(greedy.Lines.Max(Measure)), title);
                if (balanced.Truncated)
                {
                    return;
                }

                // Words wider than a line are broken between characters, so compare the letters.
                Assert.That(string.Concat(balanced.Lines).Replace(" ", string.Empty, StringComparison.Ordinal), Is.EqualTo(string.Concat(text)), title);
                if (balanced.Lines is [.., var above, var last] && !last.Contains(' ', StringComparison.Ordinal) && above.Split(' ') is { Length: > 1 } aboveWords)
                {
                    var moved = aboveWords[^1] + " " + last;
                    var before = string.Join(' ', aboveWords[..^1]);
                    Assert.That(Math.Max(Measure(moved), Measure(before)), Is.GreaterThanOrEqualTo(Math.Max(Measure(above), Measure(last))), title);
                }
            },
            iter: 2000);
    }
}
