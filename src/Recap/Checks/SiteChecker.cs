using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Recap.Configuration;
using Recap.Diagnostics;
using Recap.Text;
using Recap.Images;

namespace Recap.Checks;

/// <summary>
/// <c>recap check</c>: reads a built site and reports links, anchors and assets that point to
/// nothing, and pages whose link previews would look wrong (og:image, title, description,
/// canonical URL). Reads only files of the output folder, and never follows a link off the site.
/// </summary>
public sealed class SiteChecker
{
    /// <summary>Served at every missing URL and never shared, so it needs no preview.</summary>
    private const string NotFoundPage = "404.html";

    /// <summary>Previews cut titles and descriptions longer than these (in characters as a reader counts them).</summary>
    private const int TitleLimit = 70;

    private const int DescriptionLimit = 200;

    /// <summary>Previews drop larger images (X/Twitter's limit; Facebook's is higher).</summary>
    private const long PreviewImageLimit = 5 * 1024 * 1024;

    /// <summary>1200×630, the shape Facebook, LinkedIn and X show large; one percent either way is fine.</summary>
    private const double PreviewRatio = 1.91;

    private const double PreviewRatioTolerance = 0.01;

    private readonly SiteOptions _options;
    private readonly DiagnosticBag _diagnostics;
    private readonly string _output;
    private readonly string _displayPrefix;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly ConcurrentDictionary<string, ImageFacts> _images = new(StringComparer.Ordinal);
    private HashSet<string> _files = [];
    private Dictionary<string, PageScan> _pages = [];
    private SiteAddress _address = SiteAddress.Root;
    private int _links;

    private SiteChecker(SiteOptions options, DiagnosticBag diagnostics)
    {
        _options = options;
        _diagnostics = diagnostics;
        _output = Path.TrimEndingDirectorySeparator(options.OutputDirectory);

        // Paths in diagnostics start at the site root (_site/a/index.html) when the output is inside
        // it, else at the output folder's parent; either way the formatter can read them to quote.
        var source = Path.TrimEndingDirectorySeparator(options.SourceDirectory);
        var root = _output.StartsWith(source + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? source : Path.GetDirectoryName(_output) ?? _output;
        var prefix = Path.GetRelativePath(root, _output).Replace('\\', '/');
        _displayPrefix = prefix == "." ? string.Empty : prefix + "/";
        diagnostics.SourceRoot ??= root;
    }

    /// <summary>Checks the site in <see cref="SiteOptions.OutputDirectory"/>; every problem goes to <paramref name="diagnostics"/>.</summary>
    public static CheckResult Check(SiteOptions options, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var checker = new SiteChecker(options, diagnostics);
        checker.ListFiles();
        checker.ScanPages();
        checker.FindAddress();
        checker.CheckLinks();
        checker.CheckPreviews();
        checker.CheckCanonicals();
        checker.CheckHost();
        return new CheckResult
        {
            Pages = checker._pages.Count,
            Links = checker._links,
            BaseUrl = checker._address.BaseUrl,
            ElapsedMilliseconds = checker._clock.ElapsedMilliseconds,
        };
    }

    /// <summary>Every file of the output: links are looked up here, so nothing outside it is ever opened.</summary>
    private void ListFiles() =>
        _files = Directory.EnumerateFiles(_output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_output, f).Replace('\\', '/'))
            .ToHashSet(StringComparer.Ordinal);

    private void ScanPages()
    {
        var pages = new ConcurrentDictionary<string, PageScan>(StringComparer.Ordinal);
        var htmlFiles = _files.Where(IsHtml).ToList();
        Parallel.ForEach(
            htmlFiles,
            () => new PageScanner(),
            (path, _, scanner) =>
            {
                var displayPath = _displayPrefix + path;
                try
                {
                    pages[path] = scanner.Scan(path, displayPath, TextFiles.ReadAllText(Path.Combine(_output, path)));
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    _diagnostics.Error(DiagnosticCodes.UnreadableFile, SourceLocation.File(displayPath), $"cannot read the page: {ex.Message}");
                }

                return scanner;
            },
            _ => { });
        _pages = new Dictionary<string, PageScan>(pages, StringComparer.Ordinal);
    }

    /// <summary>
    /// <c>--base-url</c>, else the home page's canonical URL (the theme writes the base URL there),
    /// else site.yml's <c>base_url</c>, else <c>/</c>.
    /// </summary>
    private void FindAddress() =>
        _address = SiteAddress.Parse(_options.BaseUrl)
            ?? SiteAddress.Parse(_pages.GetValueOrDefault("index.html")?.Canonical?.Value)
            ?? SiteAddress.Parse(SiteConfigLoader.Load(_options.SourceDirectory, null, new DiagnosticBag())?.BaseUrl)
            ?? SiteAddress.Root;

    private void CheckLinks() => Parallel.ForEach(_pages.Values, page =>
    {
        var url = PageUrl(page);
        foreach (var reference in page.References)
        {
            CheckReference(page, url, reference);
        }
    });

    private void CheckReference(PageScan page, Uri pageUrl, PageReference reference)
    {
        // Raw HTML in Markdown and theme templates are written as they are: the build checks
        // content's URLs, this checks what reached the pages.
        var use = reference.Kind == ReferenceKind.Link ? UrlUse.Link : reference.Noun == "image" ? UrlUse.InlineImage : UrlUse.Image;
        if (SafeUrl.Refusal(reference.Noun, reference.Url, use) is { } refusal)
        {
            _diagnostics.Error(DiagnosticCodes.UnsafeLink, reference.Location, refusal);
            return;
        }

        var target = _address.Resolve(pageUrl, reference.Url);
        switch (target.Kind)
        {
            case LinkTargetKind.Internal:
                Interlocked.Increment(ref _links);
                if (Find(target.Path!) is not { } file)
                {
                    Missing(reference, $"{_displayPrefix}{target.Path} does not exist");
                }
                else if (target.Fragment is { } fragment && !HasAnchor(file, fragment))
                {
                    var where = file == page.Path ? "no element on this page" : $"{_displayPrefix}{file} has no element";
                    _diagnostics.Error(DiagnosticCodes.MissingAnchor, reference.Location, $"{reference.Noun} '{reference.Url}': {where} with id '{fragment}'");
                }

                break;
            case LinkTargetKind.OutsideBasePath:
                _diagnostics.Error(DiagnosticCodes.OutsideBasePath, reference.Location, $"{reference.Noun} '{reference.Url}' points outside the site's base path {_address.BasePath}");
                break;
            case LinkTargetKind.OutsideOutput:
                Missing(reference, "it points outside the output folder");
                break;
            case LinkTargetKind.Invalid:
                Missing(reference, "it is not a valid URL");
                break;
        }
    }

    private void Missing(PageReference reference, string why)
    {
        if (reference.Kind == ReferenceKind.Link)
        {
            _diagnostics.Error(DiagnosticCodes.BrokenLink, reference.Location, $"broken link '{reference.Url}': {why}");
        }
        else
        {
            _diagnostics.Error(DiagnosticCodes.MissingAsset, reference.Location, $"missing {reference.Noun} '{reference.Url}': {why}");
        }
    }

    /// <summary>Pages shared and found by search engines: not the 404 page, nor a page that sends readers on to another.</summary>
    private IEnumerable<PageScan> SharedPages => _pages.Values.Where(p => p.Path != NotFoundPage && p.Refresh is null);

    private void CheckPreviews() => Parallel.ForEach(SharedPages, page =>
    {
        CheckTitle(page);
        CheckDescription(page);
        CheckCanonical(page);
        CheckPreviewImage(page);
    });

    private void CheckTitle(PageScan page)
    {
        if (page.Title is not { Value.Length: > 0 } title)
        {
            _diagnostics.Warning(DiagnosticCodes.TitleLength, page.Title?.Location ?? page.Head, "page has no title");
        }
        else if (Length(title.Value) is var length and >= TitleLimit)
        {
            _diagnostics.Warning(DiagnosticCodes.TitleLength, title.Location, $"title is {length} characters long; keep it under {TitleLimit} so link previews show all of it");
        }
    }

    private void CheckDescription(PageScan page)
    {
        if (page.Description is not { Value.Length: > 0 } description)
        {
            _diagnostics.Warning(DiagnosticCodes.DescriptionLength, page.Description?.Location ?? page.Head, "page has no meta description, so link previews make one up");
        }
        else if (Length(description.Value) is var length and >= DescriptionLimit)
        {
            _diagnostics.Warning(DiagnosticCodes.DescriptionLength, description.Location, $"description is {length} characters long; keep it under {DescriptionLimit} so link previews show all of it");
        }
    }

    /// <summary>
    /// A site built without base_url has no absolute URL at all: one error says so, rather than
    /// two on every page (its canonical and og:image URLs are still checked to name its files).
    /// </summary>
    private void CheckHost()
    {
        if (!_address.HasHost && _pages.Count > 0)
        {
            _diagnostics.Error(DiagnosticCodes.InvalidCanonical, null, "the site has no base URL with a host, so its canonical and og:image URLs are not absolute and link previews cannot load them: set base_url in content/site.yml, or build and check with --base-url");
        }
    }

    private void CheckCanonical(PageScan page)
    {
        if (page.Canonical is not { } canonical)
        {
            _diagnostics.Error(DiagnosticCodes.InvalidCanonical, page.Head, "page has no <link rel=\"canonical\">");
        }
        else if (!IsAbsolute(canonical.Value) && _address.HasHost)
        {
            _diagnostics.Error(DiagnosticCodes.InvalidCanonical, canonical.Location, $"canonical URL '{canonical.Value}' is not an absolute http(s) URL");
        }
    }

    private void CheckPreviewImage(PageScan page)
    {
        if (page.PreviewImage is not { } image)
        {
            _diagnostics.Error(DiagnosticCodes.InvalidPreviewImage, page.Head, "page has no og:image, so link previews show no picture");
            return;
        }

        if (!IsAbsolute(image.Value) && _address.HasHost)
        {
            _diagnostics.Error(DiagnosticCodes.InvalidPreviewImage, image.Location, $"og:image '{image.Value}' is not an absolute http(s) URL");
            return;
        }

        var target = _address.Resolve(PageUrl(page), image.Value, anyHost: true);
        if (target.Kind != LinkTargetKind.Internal)
        {
            _diagnostics.Error(DiagnosticCodes.InvalidPreviewImage, image.Location, $"og:image '{image.Value}' is not on this site ({_address.BaseUrl})");
            return;
        }

        if (Find(target.Path!) is not { } file)
        {
            _diagnostics.Error(DiagnosticCodes.InvalidPreviewImage, image.Location, $"og:image '{image.Value}': {_displayPrefix}{target.Path} does not exist");
            return;
        }

        var facts = _images.GetOrAdd(file, ReadImage);
        if (facts.Bytes >= PreviewImageLimit)
        {
            var megabytes = string.Create(CultureInfo.InvariantCulture, $"{facts.Bytes / (1024.0 * 1024.0):0.0}");
            _diagnostics.Error(DiagnosticCodes.UnsuitablePreviewImage, image.Location, $"og:image '{image.Value}' is {megabytes} MB; previews need an image under 5 MB");
        }

        if (facts.Header is not { } header || !ImageHeader.IsPreviewFormat(header.Format))
        {
            _diagnostics.Error(DiagnosticCodes.UnsuitablePreviewImage, image.Location, $"og:image '{image.Value}' is not a PNG, JPEG, GIF or WebP image");
        }
        else if (Math.Abs((double)header.Width / header.Height / PreviewRatio - 1) > PreviewRatioTolerance)
        {
            _diagnostics.Error(DiagnosticCodes.UnsuitablePreviewImage, image.Location, string.Create(CultureInfo.InvariantCulture, $"og:image '{image.Value}' is {header.Width}x{header.Height}; previews need 1.91:1, like 1200x630"));
        }
    }

    /// <summary>Two pages with one canonical URL tell search engines they are one page: every page after the first is reported.</summary>
    private void CheckCanonicals()
    {
        var pages = SharedPages
            .Where(p => p.Canonical is not null)
            .OrderBy(p => p.Path, StringComparer.Ordinal)
            .GroupBy(p => p.Canonical!.Value.Value, StringComparer.Ordinal);
        foreach (var group in pages)
        {
            var first = group.First();
            foreach (var page in group.Skip(1))
            {
                var canonical = page.Canonical!.Value;
                _diagnostics.Error(DiagnosticCodes.DuplicateCanonical, canonical.Location, $"canonical URL '{canonical.Value}' is also the canonical URL of {_displayPrefix}{first.Path}");
            }
        }
    }

    /// <summary>The URL the page is served at, or its <c>&lt;base href&gt;</c>, which relative URLs resolve against.</summary>
    private Uri PageUrl(PageScan page)
    {
        var url = _address.PageUrl(page.Path);
        return page.BaseHref is { } baseHref && Uri.TryCreate(url, baseHref.Trim(), out var based) ? based : url;
    }

    /// <summary>The file a path names; a folder without its trailing slash is served as its index.html.</summary>
    private string? Find(string path) =>
        _files.Contains(path) ? path
        : _files.Contains(path + "/index.html") ? path + "/index.html"
        : null;

    /// <summary>
    /// An empty fragment and <c>#top</c> always work, text fragments (<c>#:~:text=</c>) are not ids,
    /// and only HTML pages have anchors to check.
    /// </summary>
    private bool HasAnchor(string file, string fragment)
    {
        var textDirective = fragment.IndexOf(":~:", StringComparison.Ordinal);
        var id = textDirective >= 0 ? fragment[..textDirective] : fragment;
        return id.Length == 0
            || string.Equals(id, "top", StringComparison.OrdinalIgnoreCase)
            || !_pages.TryGetValue(file, out var target)
            || target.Anchors.Contains(id);
    }

    private ImageFacts ReadImage(string file)
    {
        using var stream = TextFiles.OpenRead(Path.Combine(_output, file));
        return new ImageFacts(stream.Length, ImageHeaderReader.Read(stream));
    }

    private static bool IsHtml(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    private static bool IsAbsolute(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    private static int Length(string text) => new StringInfo(text).LengthInTextElements;

    /// <summary>An image's size on disk and, when it is a known format, in pixels.</summary>
    private sealed record ImageFacts(long Bytes, ImageHeader? Header);
}
