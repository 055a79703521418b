using System.Globalization;
using System.Text;
using Recap.Tests.Support;

namespace Recap.Tests.Rendering;

/// <summary>A page's HTML is encoded to UTF-8 as its templates write it: the bytes on disk are the text's, whatever the page's size or the order pages are rendered in.</summary>
public sealed class PageBytesTests
{
    [Test]
    public void ACharacterWrittenInTwoHalvesIsWrittenWhole()
    {
        // In the base layout, which writes straight to the page: a layout's text reaches it as one piece.
        using var site = Build(string.Empty, """{{ smile = "😀" }}[{{ smile | string.slice 0 1 }}{{ smile | string.slice 1 1 }}]""");

        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
        Assert.That(Bytes(site, "404.html"), Is.EqualTo("[😀]\n"u8.ToArray()));
    }

    [Test]
    public void AHalfCharacterLeftAloneBecomesTheReplacementCharacter()
    {
        using var site = Build(string.Empty, """[{{ "😀" | string.slice 0 1 }}]""");

        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
        Assert.That(Bytes(site, "404.html"), Is.EqualTo("[\uFFFD]\n"u8.ToArray()));
    }

    [Test]
    public void APageLargerThanAnyBufferIsWrittenInFull()
    {
        using var site = Build(
            """
            {{ for i in 1..40000 }}ü€{{ i }};{{ end }}
            """);

        var expected = string.Concat(Enumerable.Range(1, 40000).Select(i => string.Create(CultureInfo.InvariantCulture, $"ü€{i};"))) + "\n\n";
        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
        Assert.That(Bytes(site, "404.html"), Is.EqualTo(Encoding.UTF8.GetBytes(expected)));
    }

    /// <summary>Pages are rendered on every core by contexts reused from page to page: none carries another's text.</summary>
    [Test]
    public void EachOfManyPagesHoldsOnlyItsOwnText()
    {
        var files = new StringBuilder(
            """
            -- content/site.yml --
            title: Pages
            -- layouts/base.html --
            {{ content }}
            -- layouts/talk.html --
            <p>{{ talk.title }}</p>
            -- content/conferences/c/index.md --
            ---
            name: Conf
            start: 2024-05-01
            ---
            """);
        for (var t = 1; t <= 300; t++)
        {
            // Titles of different lengths, so a page that kept a longer one's bytes would show them.
            files.Append(CultureInfo.InvariantCulture, $"\n-- content/conferences/c/talks/t{t}.md --\n---\ntitle: Talk {t}{new string('é', t % 17)}\nspeakers: [Ada]\n---\nSaid.\n");
        }

        using var site = TestSite.Build(files.ToString());

        var titles = site.OutputFiles()
            .Select(f => site.ReadFile(f))
            .Where(text => text.StartsWith("<p>Talk ", StringComparison.Ordinal))
            .ToList();
        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
        Assert.That(titles, Is.EquivalentTo(Enumerable.Range(1, 300).Select(t => $"<p>Talk {t}{new string('é', t % 17)}</p>\n\n")));
    }

    /// <summary>A write-up goes into its page as the UTF-8 it was compiled to; read as text (in a filter, inside a partial) it is the same markup.</summary>
    [Test]
    public void AWriteUpIsTheSameMarkupWrittenAsItIsReadAsTextAndInsideAPartial()
    {
        using var site = TestSite.Build(
            """
            -- content/site.yml --
            title: Pages
            -- layouts/base.html --
            {{ content }}
            -- layouts/talk.html --
            <main>{{ talk.content }}</main>
            <p>{{ talk.content.value | string.size }}</p>
            {{ include 'wrap' talk.content }}
            [{{ "😀" | string.slice 0 1 }}{{ talk.content }}]
            -- partials/wrap.html --
            <section>{{ $1 }}</section>
            -- content/conferences/c/index.md --
            ---
            name: Conf
            start: 2024-05-01
            ---
            -- content/conferences/c/talks/first.md --
            ---
            title: First
            speakers: [Zoë]
            ---
            Zoë in 東京 😀, then [the other](other.md).
            -- content/conferences/c/talks/other.md --
            ---
            title: Other
            speakers: [Zoë]
            ---
            """);

        const string WriteUp = "<p>Zoë in 東京 😀, then <a href=\"/c/other/\">the other</a>.</p>\n";
        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
        Assert.That(Bytes(site, "c/first/index.html"), Is.EqualTo(Encoding.UTF8.GetBytes(
            $"<main>{WriteUp}</main>\n<p>{WriteUp.Length}</p>\n<section>{WriteUp}</section>\n\n[\uFFFD{WriteUp}]\n\n")));
    }

    private static byte[] Bytes(TestSite site, string path) => File.ReadAllBytes(Path.Combine(site.Output, path));

    /// <summary>A site whose 404 page is <paramref name="notFound"/> and whose base layout is <paramref name="baseLayout"/>.</summary>
    private static TestSite Build(string notFound, string baseLayout = "{{ content }}") =>
        TestSite.Build(
            $"""
            -- content/site.yml --
            title: Bytes
            -- layouts/base.html --
            {baseLayout}
            -- layouts/404.html --
            {notFound}
            """);
}
