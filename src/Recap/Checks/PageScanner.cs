using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Recap.Diagnostics;

namespace Recap.Checks;

/// <summary>
/// Parses a built page with AngleSharp and collects, in one pass over its elements, the URLs it
/// links to and loads, the anchors it defines and the head values link previews use. One scanner
/// per thread: a parser is not shared between threads.
/// </summary>
internal sealed class PageScanner
{
    private static readonly char[] Whitespace = [' ', '\t', '\n', '\r', '\f'];

    private readonly HtmlParser _parser = new(new HtmlParserOptions { IsKeepingSourceReferences = true });

    /// <param name="path">The page, relative to the output folder.</param>
    /// <param name="displayPath">The page as diagnostics name it, relative to the site root.</param>
    /// <param name="text">The page's HTML.</param>
    public PageScan Scan(string path, string displayPath, string text)
    {
        using var document = _parser.ParseDocument(text);
        var lines = new LineMap(text);
        SourceLocation Locate(IElement element) =>
            element.SourceReference is { } source ? lines.Locate(displayPath, source.Position.Index) : SourceLocation.File(displayPath);

        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var references = new List<PageReference>();
        string? baseHref = null;
        PageValue? title = null, description = null, canonical = null, previewImage = null, refresh = null;

        void Add(IElement element, string? url, ReferenceKind kind, string noun)
        {
            if (url is not null)
            {
                references.Add(new PageReference(url, kind, noun, Locate(element)));
            }
        }

        void AddSet(IElement element, string? srcset, string noun)
        {
            foreach (var candidate in (srcset ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                Add(element, candidate.Split(Whitespace, 2)[0], ReferenceKind.Asset, noun);
            }
        }

        foreach (var element in document.All)
        {
            if (element.Id is { Length: > 0 } id)
            {
                anchors.Add(id);
            }

            switch (element.LocalName)
            {
                case "a":
                    if (element.GetAttribute("name") is { Length: > 0 } name)
                    {
                        anchors.Add(name);
                    }

                    Add(element, element.GetAttribute("href"), ReferenceKind.Link, "link");
                    break;
                case "area" or "iframe":
                    Add(element, element.GetAttribute(element.LocalName == "area" ? "href" : "src"), ReferenceKind.Link, "link");
                    break;
                case "link":
                    var rel = (element.GetAttribute("rel") ?? string.Empty).ToLowerInvariant().Split(Whitespace, StringSplitOptions.RemoveEmptyEntries);
                    var href = element.GetAttribute("href");
                    if (rel.Contains("canonical") && canonical is null && href is not null)
                    {
                        canonical = new PageValue(href.Trim(), Locate(element));
                    }

                    if (rel.Contains("stylesheet"))
                    {
                        Add(element, href, ReferenceKind.Asset, "stylesheet");
                    }
                    else if (rel.Any(r => r is "icon" or "apple-touch-icon" or "mask-icon" or "manifest" or "preload" or "modulepreload"))
                    {
                        Add(element, href, ReferenceKind.Asset, "file");
                    }
                    else
                    {
                        Add(element, href, ReferenceKind.Link, "link");
                    }

                    break;
                case "img":
                    Add(element, element.GetAttribute("src"), ReferenceKind.Asset, "image");
                    AddSet(element, element.GetAttribute("srcset"), "image");
                    break;
                case "source":
                    var noun = element.ParentElement?.LocalName == "picture" ? "image" : "file";
                    Add(element, element.GetAttribute("src"), ReferenceKind.Asset, noun);
                    AddSet(element, element.GetAttribute("srcset"), noun);
                    break;
                case "input" when string.Equals(element.GetAttribute("type"), "image", StringComparison.OrdinalIgnoreCase):
                    Add(element, element.GetAttribute("src"), ReferenceKind.Asset, "image");
                    break;
                case "script":
                    Add(element, element.GetAttribute("src"), ReferenceKind.Asset, "script");
                    break;
                case "video":
                    Add(element, element.GetAttribute("poster"), ReferenceKind.Asset, "image");
                    Add(element, element.GetAttribute("src"), ReferenceKind.Asset, "file");
                    break;
                case "audio" or "track" or "embed":
                    Add(element, element.GetAttribute("src"), ReferenceKind.Asset, "file");
                    break;
                case "object":
                    Add(element, element.GetAttribute("data"), ReferenceKind.Asset, "file");
                    break;
                case "base":
                    baseHref ??= element.GetAttribute("href");
                    break;
                case "title" when title is null && element.ParentElement?.LocalName == "head":
                    title = new PageValue(Collapse(element.TextContent), Locate(element));
                    break;
                case "meta":
                    var content = element.GetAttribute("content")?.Trim() ?? string.Empty;
                    if (previewImage is null && element.GetAttribute("property") == "og:image")
                    {
                        previewImage = new PageValue(content, Locate(element));
                    }
                    else if (description is null && string.Equals(element.GetAttribute("name"), "description", StringComparison.OrdinalIgnoreCase))
                    {
                        description = new PageValue(Collapse(content), Locate(element));
                    }
                    else if (refresh is null && string.Equals(element.GetAttribute("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase))
                    {
                        refresh = new PageValue(content, Locate(element));
                        Add(element, RefreshUrl(content), ReferenceKind.Link, "link");
                    }

                    break;
            }
        }

        return new PageScan
        {
            Path = path,
            Head = document.Head is { } head ? Locate(head) : SourceLocation.File(displayPath),
            Anchors = anchors,
            References = references,
            BaseHref = baseHref,
            Title = title,
            Description = description,
            Canonical = canonical,
            PreviewImage = previewImage,
            Refresh = refresh,
        };
    }

    /// <summary>The URL of a refresh's <c>content</c> (<c>0; url=/new/</c>, <c>0;URL='/new/'</c>), or null when it only reloads the page.</summary>
    private static string? RefreshUrl(string content)
    {
        var at = content.IndexOf("url", StringComparison.OrdinalIgnoreCase);
        var equals = at < 0 ? -1 : content.IndexOf('=', at);
        return equals < 0 ? null : content[(equals + 1)..].Trim().Trim('\'', '"').Trim();
    }

    private static string Collapse(string text) => string.Join(' ', text.Split(Whitespace, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// Turns AngleSharp's character index into line and column. Its own line and column are 16-bit
    /// and wrap on long minified lines; the index does not.
    /// </summary>
    private sealed class LineMap
    {
        private readonly List<int> _starts = [0];

        public LineMap(string text)
        {
            for (var i = text.IndexOf('\n', StringComparison.Ordinal); i >= 0; i = text.IndexOf('\n', i + 1))
            {
                _starts.Add(i + 1);
            }
        }

        public SourceLocation Locate(string path, int index)
        {
            var line = _starts.BinarySearch(index);
            line = line >= 0 ? line : ~line - 1;
            return new SourceLocation(path, line + 1, index - _starts[line] + 1);
        }
    }
}
