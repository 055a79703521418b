using System.Globalization;
using Markdig;
using Markdig.Syntax;
using Recap.Caching;
using Recap.Content;
using Recap.Diagnostics;
using Recap.Markdown.WorkLimit;
using Recap.Text;

namespace Recap.Markdown;

/// <summary>
/// Turns a Markdown body into what the model needs of it (<see cref="CompiledMarkdown"/>), once:
/// parsed with the site's pipeline, within the limits that keep hostile input from hanging a build,
/// and kept in a <see cref="BodyCache"/>, so that an unchanged body is read back
/// rather than parsed again. A body that cannot be parsed is reported and never kept.
/// </summary>
internal sealed class MarkdownCompiler(MarkdownPipeline pipeline, BodyCache cache)
{
    /// <summary>The body compiled; null when it cannot be (reported at <paramref name="path"/>, whose body starts at <paramref name="bodyLine"/>).</summary>
    /// <param name="body">The body: decoded only when it is not in the cache.</param>
    public CompiledMarkdown? Compile(MarkdownBody body, bool splitAtTalks, string path, int bodyLine, DiagnosticBag diagnostics) =>
        cache.GetOrCompile(body.Utf8, splitAtTalks, () => Parse(PlainText.Of(body.Text), splitAtTalks, path, bodyLine, diagnostics));

    private CompiledMarkdown? Parse(string body, bool splitAtTalks, string path, int bodyLine, DiagnosticBag diagnostics)
    {
        // A body past the limits is never kept, so the cache never holds one: it is checked here, before it is parsed.
        if (MarkdownLimits.Problem(body) is { } problem)
        {
            diagnostics.Error(DiagnosticCodes.InvalidMarkdown, new SourceLocation(path, bodyLine + problem.Line - 1, 1), problem.Message);
            return null;
        }

        MarkdownDocument document;
        try
        {
            document = ParseTimeExtension.Parse(body, pipeline, MarkdownLimits.ParseTime);
        }
        catch (ArgumentException ex)
        {
            // Markdig refuses pathological nesting (thousands of '>' or '[') rather than overflow.
            diagnostics.Error(DiagnosticCodes.InvalidMarkdown, new SourceLocation(path, bodyLine, 1), "the Markdown body is nested too deeply to render: " + ex.Message.TrimEnd('.'));
            return null;
        }
        catch (ParseTimeExceededException)
        {
            var seconds = MarkdownLimits.ParseTime.TotalSeconds.ToString(CultureInfo.InvariantCulture);
            diagnostics.Error(
                DiagnosticCodes.InvalidMarkdown,
                new SourceLocation(path, bodyLine, 1),
                $"the Markdown body took more than {seconds} seconds to parse, so it is not rendered: it holds a pattern Markdown is slow to parse, such as thousands of unclosed '[', '](' or '<' in one paragraph");
            return null;
        }

        // Links and the first paragraph as written: compiling puts placeholders in the links.
        var links = ContentLink.Gather(document);
        var firstParagraph = MarkdownText.FirstParagraph(document);
        var (html, afterTalks) = CompiledBody.Compile(document, pipeline, splitAtTalks);
        return new CompiledMarkdown(html, afterTalks, firstParagraph, links) { WordCount = CountWords(body) };
    }

    /// <summary>Words in the Markdown as written: runs of letters and digits, with the apostrophes and hyphens inside them.</summary>
    public static int CountWords(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isWordChar = char.IsLetterOrDigit(c);
            if (isWordChar && !inWord)
            {
                words++;
            }

            inWord = isWordChar || (inWord && c is '\'' or '-');
        }

        return words;
    }
}

/// <summary>
/// A Markdown body as the model uses it: its HTML (before and after a conference's talks), the text
/// of its first paragraph, its links as written, and the highlighted code blocks it holds (their
/// keys in the code cache). Written and read by <see cref="BodyCache"/>.
/// </summary>
internal sealed record CompiledMarkdown(CompiledBody Body, CompiledBody AfterTalks, string? FirstParagraph, IReadOnlyList<WrittenLink> Links)
{
    public IReadOnlyList<string> CodeBlocks { get; init; } = [];

    /// <summary>How many words the body has as written (for the reading time, and to tell a talk with notes).</summary>
    public int WordCount { get; init; }

    /// <summary>The body cache's key for the body, which every body goes through (kept only in memory): what a rebuild compares to tell a changed body.</summary>
    public string Key { get; init; } = string.Empty;

    public void WriteTo(CacheRecordWriter writer)
    {
        Body.WriteTo(writer);
        AfterTalks.WriteTo(writer);
        writer.Write(FirstParagraph is not null);
        writer.Write(FirstParagraph ?? string.Empty);
        writer.Write(Links.Count);
        foreach (var link in Links)
        {
            writer.Write(link.Url);
            writer.Write(link.Line);
            writer.Write(link.Column);
            writer.Write(link.IsImage);
            writer.Write(link.HasAlt);
        }

        writer.Write(WordCount);
        writer.Write(CodeBlocks.Count);
        foreach (var block in CodeBlocks)
        {
            writer.Write(block);
        }
    }

    /// <param name="inFile">Where the record lies in a file its bodies are left in (<see cref="CompiledBody.ReadFrom"/>); null to keep them in the record's memory.</param>
    public static CompiledMarkdown ReadFrom(CacheRecordReader reader, RecordInFile? inFile = null)
    {
        var body = CompiledBody.ReadFrom(reader, inFile);
        var afterTalks = CompiledBody.ReadFrom(reader, inFile);
        var hasFirstParagraph = reader.ReadBoolean();
        var firstParagraph = reader.ReadString();
        var links = new WrittenLink[reader.ReadCount()];
        for (var i = 0; i < links.Length; i++)
        {
            links[i] = new WrittenLink(reader.ReadString(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadBoolean(), reader.ReadBoolean());
        }

        var wordCount = reader.ReadInt32();
        var blocks = new string[reader.ReadCount()];
        for (var i = 0; i < blocks.Length; i++)
        {
            blocks[i] = reader.ReadString();
        }

        if (!reader.AtEnd)
        {
            throw new InvalidDataException("A compiled body has bytes after its end.");
        }

        return new CompiledMarkdown(body, afterTalks, hasFirstParagraph ? firstParagraph : null, links) { CodeBlocks = blocks, WordCount = wordCount };
    }
}
