using AngleSharp.Dom;
using Ganss.Xss;
using Recap.Text;

namespace Recap.Import;

/// <summary>
/// The HTML of an export, cleaned by HtmlSanitizer down to what a talk's body can say: text,
/// paragraphs, emphasis, links, lists, code, headings, quotes, images and tables.
/// </summary>
internal static class ImportedHtml
{
    /// <summary>Elements kept as they are, inside a paragraph, because Markdown has no syntax for them.</summary>
    public static readonly IReadOnlySet<string> KeptInline = new HashSet<string>(StringComparer.Ordinal) { "sup", "sub", "del", "s", "kbd" };

    private static readonly string[] AllowedTags =
    [
        "p", "div", "br", "hr", "a", "strong", "b", "em", "i", "code", "pre", "ul", "ol", "li", "blockquote",
        "h1", "h2", "h3", "h4", "h5", "h6", "img", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
        .. KeptInline,
    ];

    private static readonly string[] AllowedAttributes = ["href", "title", "src", "alt", "start", "colspan", "rowspan"];

    /// <summary>
    /// Elements whose content is dropped with them. The sanitiser keeps the text of the elements it
    /// removes (a <c>span</c> or <c>font</c> still says something), but the text of a script is code.
    /// </summary>
    private static readonly HashSet<string> DroppedWithContent = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "iframe", "object", "embed", "applet", "frame", "frameset", "noembed",
        "noframes", "textarea", "select", "option", "button", "title", "head", "svg", "math", "canvas", "audio", "video",
    };

    /// <summary>The body of <paramref name="html"/> after cleaning; its links and images are all absolute http, https or mailto URLs.</summary>
    public static IElement Sanitize(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var body = Sanitizer.SanitizeDom(html).Body ?? throw new InvalidOperationException("the sanitiser returned no body");
        DropRelativeReferences(body);
        return body;
    }

    /// <summary>Configured once: an import cleans thousands of abstracts and bios with the same rules, one after another.</summary>
    private static HtmlSanitizer Sanitizer => LazySanitizer.Value;

    private static readonly Lazy<HtmlSanitizer> LazySanitizer = new(CreateSanitizer);

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer { KeepChildNodes = true };
        Replace(sanitizer.AllowedTags, AllowedTags);
        Replace(sanitizer.AllowedAttributes, AllowedAttributes);
        Replace(sanitizer.AllowedSchemes, ["http", "https", "mailto"]);
        sanitizer.AllowedCssProperties.Clear();
        sanitizer.AllowedAtRules.Clear();
        sanitizer.RemovingTag += (_, e) =>
        {
            if (DroppedWithContent.Contains(e.Tag.LocalName))
            {
                while (e.Tag.FirstChild is { } child)
                {
                    e.Tag.RemoveChild(child);
                }
            }
        };
        return sanitizer;
    }

    /// <returns>True when <paramref name="url"/> is an absolute http or https URL, or mailto where <paramref name="isLink"/>.</returns>
    public static bool IsAbsoluteSafeUrl(string? url, bool isLink)
    {
        if (string.IsNullOrWhiteSpace(url) || SafeUrl.Refusal("link", url, isLink ? UrlUse.Link : UrlUse.Image) is not null)
        {
            return false;
        }

        return SafeUrl.SchemeOf(url) switch
        {
            "http" or "https" => true,
            "mailto" => isLink,
            _ => false,
        };
    }

    /// <summary>
    /// Links and images whose URL is relative point into the exporting tool's own site (its
    /// <c>/media/</c> files, its talk pages, anchors in its layout). On a recap page they would
    /// point into the recap instead, where <c>recap check</c> reports them as missing, so a link
    /// becomes its text and an image is left out.
    /// </summary>
    private static void DropRelativeReferences(IElement body)
    {
        foreach (var link in body.QuerySelectorAll("a").ToList())
        {
            if (!IsAbsoluteSafeUrl(link.GetAttribute("href"), isLink: true))
            {
                link.Replace([.. link.ChildNodes]);
            }
        }

        foreach (var image in body.QuerySelectorAll("img").ToList())
        {
            if (!IsAbsoluteSafeUrl(image.GetAttribute("src"), isLink: false))
            {
                image.Remove();
            }
        }
    }

    private static void Replace(ISet<string> set, IEnumerable<string> values)
    {
        set.Clear();
        set.UnionWith(values);
    }
}
