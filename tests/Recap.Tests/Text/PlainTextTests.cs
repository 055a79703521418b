using Recap.Tests.Support;
using Recap.Text;

namespace Recap.Tests.Text;

public sealed class PlainTextTests
{
    [TestCase("a\u000Bb", "a b")]
    [TestCase("a\bb\u007Fc\u0085d", "a b c d")]
    [TestCase("a\0b", "a\uFFFDb")]
    [TestCase("a\uFFFEb\uFFFFc\uFDD0d", "a\uFFFDb\uFFFDc\uFFFDd")]
    [TestCase("tab\tline\nfeed\fcr\r", "tab\tline\nfeed\fcr\r")]
    public void CodePointsThatAreNotTextAreReplacedOneForOne(string text, string plain) =>
        Assert.That(PlainText.Of(text), Is.EqualTo(plain));

    [Test]
    public void HalfASurrogatePairIsReplacedAndAWholeOneKept()
    {
        // Built here: an attribute's strings are stored as UTF-8, which cannot hold half a pair.
        const char high = (char)0xD800, low = (char)0xDC00;
        Assert.Multiple(() =>
        {
            Assert.That(PlainText.Of($"a{high}b"), Is.EqualTo("a\uFFFDb"));
            Assert.That(PlainText.Of($"a{low}"), Is.EqualTo("a\uFFFD"));
            Assert.That(PlainText.Of($"{low}{high}"), Is.EqualTo("\uFFFD\uFFFD"));
            Assert.That(PlainText.Of($"\U0001F600{high}"), Is.EqualTo("\U0001F600\uFFFD"));
        });
    }

    [TestCase("Rockets \u0001\uFFFF", "Rockets ")]
    [TestCase("a\u000B\u0000b\uFDEF", "ab")]
    [TestCase("tab\tline\n", "tab\tline\n")]
    public void ValuesLoseTheCodePointsThatAreNotText(string text, string plain) =>
        Assert.That(PlainText.Without(text), Is.EqualTo(plain));

    [TestCase("Zoë Ångström")]
    [TestCase("山田 太郎 \uD83D\uDE00 𝔘")]
    [TestCase("")]
    public void TextIsTheSameString(string text) =>
        Assert.Multiple(() =>
        {
            Assert.That(PlainText.Of(text), Is.SameAs(text));
            Assert.That(PlainText.Without(text), Is.SameAs(text));
        });

    [Test]
    public void NoncharactersAndControlCharactersInASiteAreLeftOutOfItsPages()
    {
        // A noncharacter stopped the build ("internal error: String contains invalid Unicode code
        // points") when the search index folded the text, and a vertical tab reached the HTML.
        using var site = TestSite.Build(Sites.ConferenceC + "\n" + """
            -- content/conferences/c/talks/t.md --
            ---
            title: "Odd\uFFFE title\u000B here"
            speakers: ["Ada \u0000Lovelace", "Bob \u0085Eng"]
            topics: [Odd]
            ---
            """ + "\nA vertical\u000Btab, a back\bspace and a noncharacter \uFFFE from a paste.\n");

        site.AssertClean();
        var pages = site.OutputFiles().Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".xml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal)).ToList();
        Assert.That(pages, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var page in pages)
            {
                var text = site.ReadFile(page);
                Assert.That(text.Where(c => c is (< ' ' and not ('\t' or '\n' or '\r')) or (>= '\u007F' and <= '\u009F') or '\uFFFE'), Is.Empty, page);
            }
        });
        site.AssertFile("c/t/index.html", """
            <h1>Odd title here</h1>
            <p>A vertical tab, a back space and a noncharacter � from a paste.</p>
            >Ada Lovelace</a>
            >Bob Eng</a>
            """);
    }
}
