using System.Security.Cryptography;
using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.Win32.SafeHandles;
using Recap.Caching;
using Recap.Content;
using Recap.Markdown.HeadingIds;
using Recap.Text;

namespace Recap.Markdown;

/// <summary>
/// A Markdown body rendered once, when its file is read: its HTML, cut where the URL of a link
/// the model resolves (to another page, a copied file, a path of the site) goes. A build fills in
/// the URLs the model resolved; the syntax tree is not kept. Immutable (only where its HTML is
/// held may change, from memory to the body cache's file), so a rebuild reuses the bodies of files
/// that did not change as they are.
/// </summary>
internal sealed class CompiledBody
{
    /// <summary>The line a conference author writes where the list of talks goes.</summary>
    public const string TalksMarker = "<!-- talks -->";

    /// <summary>
    /// Stands for a link's URL while the body renders: letters and digits only, so Markdig writes
    /// it as it is, and random per process, so no author can write it.
    /// </summary>
    private static readonly string Token = "rcp" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    private static readonly byte[] TokenUtf8 = Encoding.UTF8.GetBytes(Token);

    // Parts.Length == Links.Length + 1: the HTML is Parts[0], URL of Links[0], Parts[1], ...
    // The parts are UTF-8, slices of the body's record in the body cache (or of the HTML as one
    // array, for a body compiled now): ten thousand bodies kept as strings took twice the memory,
    // every byte of it copied as the collector promoted it, for text read once, by its page.
    // A body left in the cache's file has no parts in memory: each call of Html reads them again.
    // A body compiled now may be left there once the file keeps it (LeaveIn), and only then: its
    // file is set before its parts are let go, so a thread that finds no parts finds the file.
    private ReadOnlyMemory<byte>[]? _parts;
    private PartsInFile? _inFile;
    private readonly string[] _links;
    private readonly bool[] _isImage;

    private CompiledBody(ReadOnlyMemory<byte>[]? parts, PartsInFile? inFile, string[] links, bool[] isImage, BodyHeading[] headings)
    {
        _parts = parts;
        _inFile = inFile;
        _links = links;
        _isImage = isImage;
        Headings = headings;
    }

    public static CompiledBody Empty { get; } = new([ReadOnlyMemory<byte>.Empty], null, [], [], []);

    /// <summary>The body's own headings (not those inside a quote or a list), in order, as its page shows them: for a table of contents.</summary>
    public IReadOnlyList<BodyHeading> Headings { get; }

    /// <summary>Writes the body for <see cref="ReadFrom"/>: its parts and the links between them.</summary>
    public void WriteTo(CacheRecordWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(_links.Length);
        foreach (var part in Parts())
        {
            writer.WriteUtf8(part.Span);
        }

        for (var i = 0; i < _links.Length; i++)
        {
            writer.Write(_links[i]);
            writer.Write(_isImage[i]);
        }

        writer.Write(Headings.Count);
        foreach (var heading in Headings)
        {
            writer.Write(heading.Level);
            writer.Write(heading.Id);
            writer.Write(heading.Text);
        }
    }

    /// <summary>
    /// A body <see cref="WriteTo"/> wrote. Given where its record lies in a file, the body keeps
    /// only that and reads its parts from the file whenever its HTML is asked for; else its parts
    /// are slices of the record's memory.
    /// </summary>
    public static CompiledBody ReadFrom(CacheRecordReader reader, RecordInFile? inFile = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var count = reader.ReadCount();
        var parts = new ReadOnlyMemory<byte>[count + 1];
        var starts = new int[count + 1];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = reader.ReadUtf8();
            starts[i] = reader.Position - parts[i].Length;
        }

        var (links, isImage) = (new string[count], new bool[count]);
        for (var i = 0; i < count; i++)
        {
            links[i] = reader.ReadString();
            isImage[i] = reader.ReadBoolean();
        }

        var headings = new BodyHeading[reader.ReadCount()];
        for (var i = 0; i < headings.Length; i++)
        {
            headings[i] = new BodyHeading(reader.ReadInt32(), reader.ReadString(), reader.ReadString());
        }

        if (count == 0 && parts[0].IsEmpty && headings.Length == 0)
        {
            return Empty;
        }

        if (inFile is not { } record)
        {
            return new CompiledBody(parts, null, links, isImage, headings);
        }

        // The parts lie between the first's start and the last's end, with each one's length before it.
        var (first, end) = (starts[0], starts[^1] + parts[^1].Length);
        var spans = new (int Start, int Length)[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            spans[i] = (starts[i] - first, parts[i].Length);
        }

        return new CompiledBody(null, new PartsInFile(record.File, record.Offset + first, end - first, spans), links, isImage, headings);
    }

    /// <summary>
    /// Renders <paramref name="document"/>: all of it as <c>Body</c>, or, with
    /// <paramref name="splitAtTalks"/> (a conference), what comes before the
    /// <c>&lt;!-- talks --&gt;</c> line as <c>Body</c> and what comes after it as <c>AfterTalks</c>.
    /// </summary>
    public static (CompiledBody Body, CompiledBody AfterTalks) Compile(MarkdownDocument document, MarkdownPipeline pipeline, bool splitAtTalks)
    {
        ArgumentNullException.ThrowIfNull(document);
        Outline(document);

        // Taken before links get their placeholders; each top-level block's, so each part has its own.
        // A heading with no text (an image without alt text, say) could not be named in a list.
        var headings = document.Select(b => b is HeadingBlock heading && heading.GetAttributes().Id is { } id
                && HeadingIdExtension.TextOf(heading) is { } text
            ? new BodyHeading(heading.Level, id, text)
            : null).ToList();
        var links = new List<(string Url, bool IsImage)>();
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.IsImage)
            {
                // Images in a body are below the page's header: the browser fetches them as they near the screen.
                link.GetAttributes().AddPropertyIfNotExist("loading", "lazy");
                link.GetAttributes().AddPropertyIfNotExist("decoding", "async");
            }

            if (link.Url is { Length: > 0 } url && !url.StartsWith('#') && !ContentPaths.IsExternal(url))
            {
                link.Url = Token + links.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + "x";
                links.Add((url, link.IsImage));
            }
            else if (link.Url is { } address && SafeUrl.SchemeOf(address) is "http" or "https")
            {
                link.Url = SafeUrl.WebAddress(address);
            }
        }

        // An autolink shows its URL as written and links to it as a page can hold it.
        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!autolink.IsEmail && SafeUrl.WebAddress(autolink.Url) is var address && address != autolink.Url)
            {
                autolink.ReplaceBy(new LinkInline(address, string.Empty) { IsAutoLink = true, Span = autolink.Span }.AppendChild(new LiteralInline(autolink.Url)));
            }
        }

        var marker = splitAtTalks ? document.ToList().FindIndex(IsTalksMarker) : -1;
        return marker < 0
            ? (Cut(Render(document, pipeline, 0, document.Count), links, HeadingsIn(0, document.Count)), Empty)
            : (Cut(Render(document, pipeline, 0, marker), links, HeadingsIn(0, marker)), Cut(Render(document, pipeline, marker + 1, document.Count), links, HeadingsIn(marker + 1, document.Count)));

        BodyHeading[] HeadingsIn(int from, int to) => [.. headings[from..to].OfType<BodyHeading>()];
    }

    /// <summary>
    /// Sets the levels of <paramref name="document"/>'s headings as sections of a page whose title
    /// is its <c>h1</c>: a heading is one level below the nearest heading before it that its author
    /// wrote at a higher level (the title, for the first), so a "### Notes" right under the title is
    /// an <c>h2</c>, a "#" is an <c>h2</c> too, and the page's outline skips no level, as HTML's and
    /// WCAG's heading order asks. A body whose headings start at "##" and skip nothing is as written.
    /// </summary>
    private static void Outline(MarkdownDocument document)
    {
        const int Title = 1, Deepest = 6;
        var open = new List<(int Written, int Shown)> { (Title, Title) };
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            while (open.Count > 1 && open[^1].Written >= heading.Level)
            {
                open.RemoveAt(open.Count - 1);
            }

            var shown = Math.Min(open[^1].Shown + 1, Deepest);
            open.Add((heading.Level, shown));
            heading.Level = shown;
        }
    }

    /// <summary>
    /// The HTML as UTF-8, in pieces: the body's own parts and, between them, each resolved link's
    /// URL in place of the one its author wrote. A page writes the pieces as they are.
    /// </summary>
    /// <param name="rewrites">The URL each author URL becomes (the model's <c>DocumentLinks.Rewrites</c>); URLs it lacks stay as written.</param>
    /// <param name="images">Attributes an image's <c>img</c> gains after its <c>src</c> (<c>DocumentLinks.Images</c>).</param>
    public ReadOnlyMemory<byte>[] Html(IReadOnlyDictionary<string, string>? rewrites, IReadOnlyDictionary<string, string>? images = null)
    {
        var parts = Parts();
        if (_links.Length == 0)
        {
            return [parts[0]];
        }

        var pieces = new List<ReadOnlyMemory<byte>>((parts.Length * 2) + 2);
        var escaper = t_urlEscaper ??= new ReusableHtmlRenderer();
        for (var i = 0; i < _links.Length; i++)
        {
            AddPart(pieces, parts, i, images);
            var url = rewrites?.GetValueOrDefault(_links[i]) ?? _links[i];
            escaper.Reset();
            escaper.WriteEscapeUrl(url);
            pieces.Add(Encoding.UTF8.GetBytes(escaper.Output.ToString()));
        }

        AddPart(pieces, parts, _links.Length, images);
        return [.. pieces];
    }

    /// <summary>
    /// Leaves the parts of this body, held in memory, in the file <paramref name="read"/> (this same
    /// body, read from its record in the body cache's file) was read from.
    /// </summary>
    public void LeaveIn(CompiledBody read)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (read._inFile is { } file && _parts is not null && !ReferenceEquals(this, Empty))
        {
            _inFile = file;
            Volatile.Write(ref _parts, null);
        }
    }

    /// <summary>The body's parts: in memory, or read from the file the body was left in.</summary>
    private ReadOnlyMemory<byte>[] Parts()
    {
        if (Volatile.Read(ref _parts) is { } inMemory)
        {
            return inMemory;
        }

        var file = _inFile!;

        // Not cleared first: every byte is read over. The file is never written in place (a new
        // one is renamed over it), so the handle reads the bytes the body was read from.
        var bytes = GC.AllocateUninitializedArray<byte>(file.Length);
        if (RandomAccess.Read(file.File, bytes, file.Offset) != file.Length)
        {
            throw new IOException("The file of compiled bodies changed while the site was served; restart recap serve.");
        }

        var parts = new ReadOnlyMemory<byte>[file.Parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = bytes.AsMemory(file.Parts[i].Start, file.Parts[i].Length);
        }

        return parts;
    }

    /// <summary>Adds part <paramref name="index"/>; the part after an image's URL starts with the quote that closes src="...", and the image's attributes go after it.</summary>
    private void AddPart(List<ReadOnlyMemory<byte>> pieces, ReadOnlyMemory<byte>[] parts, int index, IReadOnlyDictionary<string, string>? images)
    {
        var part = parts[index];
        if (index > 0 && _isImage[index - 1] && images?.GetValueOrDefault(_links[index - 1]) is { } attributes && part.Span.StartsWith((byte)'"'))
        {
            pieces.Add(Encoding.UTF8.GetBytes("\"" + attributes));
            part = part[1..];
        }

        pieces.Add(part);
    }

    /// <summary>
    /// Blocks <paramref name="from"/> to <paramref name="to"/> as HTML, with the renderer this thread
    /// keeps for the last pipeline it rendered with.
    /// </summary>
    private static string Render(MarkdownDocument document, MarkdownPipeline pipeline, int from, int to)
    {
        if (t_renderer is not var (renderer, setUpFor) || !ReferenceEquals(setUpFor, pipeline))
        {
            renderer = new ReusableHtmlRenderer();
            pipeline.Setup(renderer);
            t_renderer = (renderer, pipeline);
        }

        renderer.Reset();
        for (var i = from; i < to; i++)
        {
            renderer.Render(document[i]);
        }

        return renderer.Output.ToString();
    }

    /// <summary>Renders one URL escaped, for <see cref="Html"/>.</summary>
    [ThreadStatic]
    private static ReusableHtmlRenderer? t_urlEscaper;

    [ThreadStatic]
    private static (ReusableHtmlRenderer Renderer, MarkdownPipeline SetUpFor)? t_renderer;

    /// <summary>Cuts the HTML, as UTF-8, at each token, remembering which link's URL goes there.</summary>
    private static CompiledBody Cut(string text, List<(string Url, bool IsImage)> links, BodyHeading[] headings)
    {
        var html = Encoding.UTF8.GetBytes(text);
        if (links.Count == 0)
        {
            return new CompiledBody([html], null, [], [], headings);
        }

        var parts = new List<ReadOnlyMemory<byte>>();
        var at = new List<(string Url, bool IsImage)>();
        var start = 0;
        for (var next = html.AsSpan().IndexOf(TokenUtf8); next >= 0; next = html.AsSpan(start).IndexOf(TokenUtf8))
        {
            var found = start + next;
            var digits = found + TokenUtf8.Length;
            var end = digits + html.AsSpan(digits).IndexOf((byte)'x');
            parts.Add(html.AsMemory(start..found));
            at.Add(links[int.Parse(html.AsSpan(digits, end - digits), System.Globalization.CultureInfo.InvariantCulture)]);
            start = end + 1;
        }

        parts.Add(html.AsMemory(start..));
        return new CompiledBody([.. parts], null, [.. at.Select(l => l.Url)], [.. at.Select(l => l.IsImage)], headings);
    }

    /// <summary>Where a body left in its file keeps its parts: <paramref name="Length"/> bytes at <paramref name="Offset"/>, each part a span of them.</summary>
    private sealed record PartsInFile(SafeFileHandle File, long Offset, int Length, (int Start, int Length)[] Parts);

    private static bool IsTalksMarker(Block block) =>
        block is HtmlBlock html && string.Join(string.Empty, html.Lines.Lines.Take(html.Lines.Count).Select(l => l.Slice.ToString()))
            .Replace(" ", string.Empty, StringComparison.Ordinal)
            .Equals(TalksMarker.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
}

/// <summary>A heading of a body: its level as the page shows it (2 for an <c>h2</c>), its id, and its text without markup.</summary>
internal sealed record BodyHeading(int Level, string Id, string Text);

/// <summary>Where a record of the body cache lies: in the file <paramref name="File"/> is open on, at <paramref name="Offset"/>.</summary>
internal readonly record struct RecordInFile(SafeFileHandle File, long Offset);
