using CsCheck;
using Recap.Caching;
using Recap.Content;
using Recap.Markdown;
using Recap.Themes;

namespace Recap.Tests.Markdown;

public sealed class CompiledMarkdownRecordTests
{
    [Test]
    public void ARecordReadsBackAsItWasWritten()
    {
        var text = Gen.String[Gen.Char['\0', '\uD7FF'], 0, 40]; // no lone surrogates, which no file read as UTF-8 holds
        var link = Gen.Select(text, Gen.Int[0, 500], Gen.Int[1, 80], Gen.Bool, Gen.Bool).Select((url, line, column, image, alt) => new WrittenLink(url, line, column, image, alt));
        Gen.Select(text, Gen.Bool, link.List[0, 5], text.List[0, 3]).Sample((paragraph, hasParagraph, links, blocks) =>
        {
            var written = new CompiledMarkdown(CompiledBody.Empty, CompiledBody.Empty, hasParagraph ? paragraph : null, links) { CodeBlocks = blocks };

            var read = CompiledMarkdown.ReadFrom(new CacheRecordReader(Bytes(written)));

            Assert.That(read.FirstParagraph, Is.EqualTo(written.FirstParagraph));
            Assert.That(read.Links, Is.EqualTo(written.Links));
            Assert.That(read.CodeBlocks, Is.EqualTo(written.CodeBlocks));
            Assert.That(new HtmlString(read.Body.Html(null)).Value, Is.Empty);
        });
    }

    [Test]
    public void AnyDamageToARecordIsSaidAsSuch()
    {
        var whole = Bytes(new CompiledMarkdown(CompiledBody.Empty, CompiledBody.Empty, "The first paragraph.", [new WrittenLink("b.md", 3, 7, false, true)]) { CodeBlocks = ["ab12"] });
        Gen.Select(Gen.Int[0, whole.Length], Gen.Int[0, whole.Length - 1], Gen.Byte).Sample((cut, at, value) =>
        {
            var damaged = whole.ToArray();
            damaged[at] = value;
            foreach (var bytes in new[] { whole[..cut], damaged })
            {
                try
                {
                    CompiledMarkdown.ReadFrom(new CacheRecordReader(bytes));
                }
                catch (InvalidDataException)
                {
                    // what a cache reader expects of a damaged file: it compiles the body again
                }
            }
        }, iter: 5000);
    }

    private static byte[] Bytes(CompiledMarkdown compiled)
    {
        using var stream = new MemoryStream();
        compiled.WriteTo(new CacheRecordWriter(stream));
        return stream.ToArray();
    }
}
