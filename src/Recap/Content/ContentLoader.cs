using System.Globalization;
using System.Text;
using System.Text.Unicode;
using Recap.Diagnostics;
using Recap.Markdown;
using Recap.Text;

namespace Recap.Content;

/// <summary>
/// Finds every file under <c>content/</c>, reads each Markdown file once (front matter bound to its
/// typed record, body parsed by Markdig) and lists the files to copy as they are.
/// </summary>
internal sealed class ContentLoader
{
    private readonly string _root;
    private readonly string _output;
    private readonly DiagnosticBag _diagnostics;
    private readonly IReadOnlyDictionary<string, IReadOnlySet<string>> _extraKeys;
    private readonly MarkdownCompiler _markdown;
    private readonly ContentCache? _cache;

    /// <param name="root">The site root: the folder holding <c>content/</c>.</param>
    /// <param name="output">The output folder, which a link in content must never lead into.</param>
    /// <param name="extraKeys">Front-matter keys the theme declares, by kind (talk, conference, ...).</param>
    /// <param name="cache">Documents read by an earlier load, reused while their file is unchanged.</param>
    public ContentLoader(string root, string output, DiagnosticBag diagnostics, IReadOnlyDictionary<string, IReadOnlySet<string>> extraKeys, MarkdownCompiler markdown, ContentCache? cache = null)
    {
        _root = root;
        _output = output;
        _diagnostics = diagnostics;
        _extraKeys = extraKeys;
        _markdown = markdown;
        _cache = cache;
    }

    public ContentSet Load()
    {
        var files = new Discovery();
        var skipped = new List<(string Path, string Why)>();
        foreach (var file in FileTree.Files(Path.Combine(_root, "content"), _root, [_output], (path, why) => skipped.Add((path, why))))
        {
            Classify(files, file);
        }

        foreach (var (link, why) in skipped)
        {
            _diagnostics.Warning(DiagnosticCodes.IgnoredFile, SourceLocation.File(FileTree.RelativePath(_root, link)), why);
        }

        files.UnreadFolders.Report(_diagnostics);

        WithholdFrontMatterFiles(files.Assets);

        // All talks in one parallel pass, then grouped: a loop per conference would leave cores idle
        // between small conferences.
        var indexes = LoadAll<ConferenceFrontMatter>([.. files.ConferenceIndexes.Values], "conference").ToDictionary(d => ConferenceFolderOf(d.Path), StringComparer.Ordinal);
        var talks = LoadAll<TalkFrontMatter>(files.Talks, "talk").ToLookup(d => ConferenceFolderOf(d.Path), StringComparer.Ordinal);
        var conferences = files.ConferenceFolders
            .Select(folder => new ConferenceSource(folder, indexes.GetValueOrDefault(folder), [.. talks[folder]]))
            .ToList();
        foreach (var folder in files.ConferenceFolders.Where(f => !files.ConferenceIndexes.ContainsKey(f)))
        {
            // An index under another name (Hugo's _index.md, Index.md, index.markdown) is that file's error, not a second message.
            _diagnostics.Error(
                DiagnosticCodes.MissingConferenceIndex,
                SourceLocation.File(files.IndexLike.GetValueOrDefault(folder) ?? $"content/conferences/{folder}/"),
                files.IndexLike.TryGetValue(folder, out var misnamed)
                    ? $"conference folder '{folder}' has no index.md (rename {Path.GetFileName(misnamed)} to index.md)"
                    : $"conference folder '{folder}' has no index.md (it needs one with at least a name)");
        }

        foreach (var (folder, path) in files.IndexLike.Where(i => files.ConferenceIndexes.ContainsKey(i.Key)))
        {
            _diagnostics.Warning(DiagnosticCodes.IgnoredFile, SourceLocation.File(path), $"file is ignored: conference folder '{folder}' has its index.md");
        }

        return new ContentSet(
            conferences,
            LoadAll<SpeakerFrontMatter>(files.Speakers, "speaker"),
            LoadAll<TopicFrontMatter>(files.Topics, "topic"),
            LoadAll<PageFrontMatter>(files.Pages, "page"),
            files.Assets);
    }

    private void Classify(Discovery files, string fullPath)
    {
        var path = FileTree.RelativePath(_root, fullPath);
        var parts = path.Split('/')[1..];
        var isMarkdown = ContentPaths.IsMarkdown(path);

        // Dotfiles are never content, except in static/ (.well-known, ...). Editor and backup files
        // are not listed at all.
        if (parts[0] != "static" && parts.Any(p => p.StartsWith('.')))
        {
            return;
        }

        switch (parts)
        {
            case ["site.yml"]:
                return;
            case ["static", ..]:
                files.Assets.Add(new AssetFile(path, AssetSection.Static, null, string.Join('/', parts[1..])));
                return;
            case ["conferences", var folder, "index.md"]:
                files.ConferenceFolders.Add(folder);
                files.ConferenceIndexes[folder] = path;
                return;
            case ["conferences", var folder, var name] when isMarkdown && Path.GetFileNameWithoutExtension(name).TrimStart('_').Equals("index", StringComparison.OrdinalIgnoreCase):
                files.ConferenceFolders.Add(folder);
                files.IndexLike.TryAdd(folder, path);
                return;
            case ["conferences", var folder, "talks", _] when isMarkdown:
                files.ConferenceFolders.Add(folder);
                files.Talks.Add(path);
                return;
            case ["conferences", var folder, _, ..] when !isMarkdown:
                files.ConferenceFolders.Add(folder);
                files.Assets.Add(new AssetFile(path, AssetSection.Conference, folder, string.Join('/', parts[2..])));
                return;
            case ["speakers", _] when isMarkdown:
                files.Speakers.Add(path);
                return;
            case ["topics", _] when isMarkdown:
                files.Topics.Add(path);
                return;
            case ["pages", _] when isMarkdown:
                files.Pages.Add(path);
                return;
            case ["speakers" or "topics" or "pages", _, ..] when !isMarkdown:
                var section = parts[0] switch
                {
                    "speakers" => AssetSection.Speakers,
                    "topics" => AssetSection.Topics,
                    _ => AssetSection.Pages,
                };
                files.Assets.Add(new AssetFile(path, section, null, string.Join('/', parts[1..])));
                return;
            default:
                if (files.UnreadFolders.Add(parts, isMarkdown))
                {
                    return;
                }

                _diagnostics.Warning(
                    DiagnosticCodes.IgnoredFile,
                    SourceLocation.File(path),
                    "file is not in a place Recap reads, so it is ignored (talks go in content/conferences/<conference>/talks/, files to copy as-is in content/static/)");
                return;
        }
    }

    /// <summary>
    /// Leaves out, with a warning, files to copy whose text starts with front matter: a renamed
    /// talk (<c>talk.md.old</c>, <c>notes.txt</c>) would otherwise be published as it is, draft
    /// text and all. YAML files may start with <c>---</c> and are copied as they are.
    /// </summary>
    private void WithholdFrontMatterFiles(List<AssetFile> assets)
    {
        var withheld = new bool[assets.Count];
        Parallel.For(0, assets.Count, i => withheld[i] = !IsYaml(assets[i].Path) && FrontMatterSplitter.StartsWithFrontMatter(Path.Combine(_root, assets[i].Path)));
        for (var i = withheld.Length - 1; i >= 0; i--)
        {
            if (withheld[i])
            {
                _diagnostics.Warning(
                    DiagnosticCodes.IgnoredFile,
                    SourceLocation.File(assets[i].Path),
                    "file starts with front matter but is not Markdown, so it is not published (name it .md to build it, or move it out of content/)");
                assets.RemoveAt(i);
            }
        }

        static bool IsYaml(string path) => Path.GetExtension(path).ToLowerInvariant() is ".yml" or ".yaml";
    }

    /// <summary>The folder name of the conference a file belongs to: <c>content/conferences/&lt;folder&gt;/...</c>.</summary>
    /// <summary>
    /// One talk file, through the cache, its problems reported: what <c>recap serve</c> reads when
    /// a change may be to the body alone.
    /// </summary>
    /// <returns>The document, or null when it cannot be read (reported).</returns>
    public SourceDocument<TalkFrontMatter>? LoadTalk(string path) => Load<TalkFrontMatter>(path, "talk");

    private static string ConferenceFolderOf(string path) => path.Split('/')[2];

    private List<SourceDocument<T>> LoadAll<T>(IReadOnlyList<string> paths, string kind)
        where T : BoundRecord, new()
    {
        var documents = new SourceDocument<T>?[paths.Count];
        Parallel.For(0, paths.Count, i => documents[i] = Load<T>(paths[i], kind));
        return [.. documents.OfType<SourceDocument<T>>()];
    }

    private SourceDocument<T>? Load<T>(string path, string kind)
        where T : BoundRecord, new() =>
        _cache is null ? LoadOne<T>(path, kind, _diagnostics) : LoadCached<T>(path, kind);

    /// <summary>The document an earlier load read, while its file is unchanged, with the problems it had then.</summary>
    private SourceDocument<T>? LoadCached<T>(string path, string kind)
        where T : BoundRecord, new()
    {
        var entry = _cache!.GetOrLoad(Path.Combine(_root, path), () =>
        {
            var own = new DiagnosticBag();
            return (LoadOne<T>(path, kind, own), own.Sorted());
        });
        foreach (var diagnostic in entry.Diagnostics)
        {
            _diagnostics.Add(diagnostic);
        }

        return (SourceDocument<T>?)entry.Document;
    }

    /// <returns>The document, or null when it cannot be read or its front matter does not parse (reported).</returns>
    private SourceDocument<T>? LoadOne<T>(string path, string kind, DiagnosticBag diagnostics)
        where T : BoundRecord, new()
    {
        var fullPath = Path.Combine(_root, path);
        var read = false;
        try
        {
            if (TextFiles.IsEmpty(fullPath))
            {
                return FromText<T>(path, kind, string.Empty, diagnostics);
            }

            return TextFiles.ReadPooled(fullPath, bytes =>
            {
                read = true;
                return FromBytes<T>(path, kind, bytes, diagnostics);
            });
        }
        catch (IOException ex) when (!read)
        {
            diagnostics.Error(DiagnosticCodes.UnreadableFile, SourceLocation.File(path), "cannot read file: " + ex.Message);
            return null;
        }
    }

    /// <summary>
    /// The document in a file's bytes. Only the front matter is decoded when it ends with a plain
    /// fence line: the body's bytes are what the body cache's key hashes, and a cached body is never
    /// decoded. Any other file (no front matter, a fence the byte scan cannot tell, lines ended by
    /// CR alone) is decoded whole.
    /// </summary>
    private SourceDocument<T>? FromBytes<T>(string path, string kind, ReadOnlyMemory<byte> bytes, DiagnosticBag diagnostics)
        where T : BoundRecord, new()
    {
        bytes = bytes.Span.StartsWith(Encoding.UTF8.Preamble) ? bytes[Encoding.UTF8.Preamble.Length..] : bytes;
        if (!Utf8.IsValid(bytes.Span))
        {
            // Windows Notepad and PowerShell's > save UTF-16, which starts with its byte order mark.
            if (bytes.Span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.Span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            {
                diagnostics.Error(DiagnosticCodes.UnreadableFile, SourceLocation.File(path), "file is UTF-16, not UTF-8 (it starts with UTF-16's byte order mark); save it as UTF-8");
                return null;
            }

            var invalid = Utf8Check.FirstInvalid(bytes.Span) ?? default;
            diagnostics.Error(
                DiagnosticCodes.UnreadableFile,
                new SourceLocation(path, invalid.Line, invalid.Column),
                string.Create(CultureInfo.InvariantCulture, $"file is not valid UTF-8 (byte 0x{invalid.Byte:X2}); save it as UTF-8"));
            return null;
        }

        if (FrontMatterSplitter.HeadLength(bytes.Span) is { } head
            && FrontMatterSplitter.Split(Encoding.UTF8.GetString(bytes.Span[..head]), path, new DiagnosticBag()) is { Body.IsEmpty: true } split)
        {
            return FromSplit<T>(path, kind, split, new MarkdownBody(bytes[head..]), diagnostics);
        }

        return FromText<T>(path, kind, Encoding.UTF8.GetString(bytes.Span), diagnostics);
    }

    private SourceDocument<T>? FromText<T>(string path, string kind, string text, DiagnosticBag diagnostics)
        where T : BoundRecord, new()
    {
        // Old Mac files end lines with CR alone; read them as the lines they are (one for one, so positions hold).
        if (text.Contains('\r', StringComparison.Ordinal) && !text.Contains('\n', StringComparison.Ordinal))
        {
            text = text.Replace('\r', '\n');
        }

        return FrontMatterSplitter.Split(text, path, diagnostics) is { } split
            ? FromSplit<T>(path, kind, split, MarkdownBody.FromText(split.Body), diagnostics)
            : null;
    }

    private SourceDocument<T>? FromSplit<T>(string path, string kind, SplitFile split, MarkdownBody body, DiagnosticBag diagnostics)
        where T : BoundRecord, new()
    {
        var mapping = split.Format switch
        {
            FrontMatterFormat.Yaml => YamlFrontMatterParser.Parse(split.FrontMatter, path, split.FrontMatterLine, diagnostics, DiagnosticCodes.InvalidFrontMatter),
            FrontMatterFormat.Toml => TomlFrontMatterParser.Parse(split.FrontMatter.ToString(), path, split.FrontMatterLine, diagnostics),
            _ => MappingNode.Empty(new SourceLocation(path, 1, 1)),
        };
        if (mapping is null)
        {
            return null;
        }

        if (_markdown.Compile(body, splitAtTalks: typeof(T) == typeof(ConferenceFrontMatter), path, split.BodyLine, diagnostics) is not { } markdown)
        {
            return null;
        }

        var binder = new FrontMatterBinder(diagnostics, BindingCodes.FrontMatter, _extraKeys.GetValueOrDefault(kind));
        var links = ContentLink.Check(markdown.Links, path, split.BodyLine, diagnostics);
        var frontMatter = binder.Bind<T>(mapping);
        var wordCount = markdown.WordCount;
        return new SourceDocument<T>
        {
            Path = path,
            Stem = Path.GetFileNameWithoutExtension(path),
            FrontMatter = frontMatter,
            Body = markdown.Body,
            AfterTalks = markdown.AfterTalks,
            FirstParagraph = markdown.FirstParagraph,
            BodyLine = split.BodyLine,
            WordCount = wordCount,
            HasNotes = wordCount > 0 && ImportOf(frontMatter)?.IsImportedBody(body.Text) != true,
            Links = links,
            FrontMatterHash = _cache is null ? string.Empty : Hash(split.FrontMatter),
            BodyHash = _cache is null ? string.Empty : markdown.Key,
        };
    }

    private static ImportRecord? ImportOf(BoundRecord frontMatter) => frontMatter switch
    {
        TalkFrontMatter talk => talk.Import,
        SpeakerFrontMatter speaker => speaker.Import,
        ConferenceFrontMatter conference => conference.Import,
        _ => null,
    };

    /// <summary>
    /// Only rebuilds compare documents (see <see cref="ContentCache"/>): a single build leaves the
    /// hashes empty. A body is told by its key in the body cache, already computed.
    /// </summary>
    private static string Hash(ReadOnlyMemory<char> text)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(text.Span)];
        Encoding.UTF8.GetBytes(text.Span, bytes);
        return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes));
    }

    /// <summary>Files found, by role, in discovery (sorted) order.</summary>
    private sealed class Discovery
    {
        public SortedSet<string> ConferenceFolders { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> ConferenceIndexes { get; } = new(StringComparer.Ordinal);

        public List<string> Talks { get; } = [];

        public List<string> Speakers { get; } = [];

        public List<string> Topics { get; } = [];

        public List<string> Pages { get; } = [];

        public List<AssetFile> Assets { get; } = [];

        public UnreadFolders UnreadFolders { get; } = new();

        /// <summary>A conference folder's Markdown file named like its index but not <c>index.md</c>: <c>_index.md</c>, <c>Index.md</c>, <c>index.markdown</c>.</summary>
        public SortedDictionary<string, string> IndexLike { get; } = new(StringComparer.Ordinal);
    }
}
