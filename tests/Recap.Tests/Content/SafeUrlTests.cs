using Recap.Tests.Support;
using Recap.Text;

namespace Recap.Tests.Content;

/// <summary>No URL from content or configuration can put a script link in a page.</summary>
public sealed class SafeUrlTests
{
    private const string Talk = "content/conferences/conf-2024/talks/first.md";

    /// <summary>URLs a browser would run or load as something other than a page or an image, however they are disguised.</summary>
    private static readonly string[] Hostile =
    [
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "\u0001javascript:alert(1)",
        "\u0000javascript:alert(1)",
        "\u001Fjavascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "java\rscript:alert(1)",
        "javascript\t:alert(1)",
        "javascript&#58;alert(1)",
        "javascript&colon;alert(1)",
        "&#106;avascript:alert(1)",
        "&#x6A;avascript:alert(1)",
        "&#0000106avascript:alert(1)",
        "jav&#x09;ascript:alert(1)",
        "jav&#x0A;ascript:alert(1)",
        "vbscript:msgbox(1)",
        "VBScript:msgbox(1)",
        "livescript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "DATA:text/html,x",
        "data:image/svg+xml,<svg onload=alert(1)>",
        "data:application/javascript,alert(1)",
        "file:///etc/passwd",
        "FILE:///C:/Windows/win.ini",
        "c:\\windows\\system32",
        "ftp://example.org/file",
        "blob:https://example.org/uuid",
        "filesystem:https://example.org/temporary/x",
        "about:blank",
        "chrome://settings",
        "view-source:https://example.org/",
        "jar:http://example.org/x.jar!/",
        "ms-settings:privacy",
        "x-javascript:alert(1)",
        "tel:+331234",
        "https://example.org/\u0000",
    ];

    private static readonly string[] Links =
    [
        "https://example.org/slides",
        "http://example.org",
        "HTTPS://EXAMPLE.ORG/",
        "mailto:ada@example.org",
        "//example.org/cdn/x.png",
        "/speakers/ada/",
        "../other/talk.md",
        "photo.png",
        "#section",
        "?page=2",
        "slides/javascript:alert(1)",
        "./javascript:alert(1)",
        "javascript%3Aalert(1)",
        "\u200Bjavascript:alert(1)",
    ];

    [TestCaseSource(nameof(Hostile))]
    public void AHostileUrlIsRefusedForEveryUse(string url)
    {
        Assert.Multiple(() =>
        {
            Assert.That(SafeUrl.TryCreate(url, UrlUse.Link, out _, out var link), Is.False, "as a link");
            Assert.That(link, Is.Not.Null);
            Assert.That(SafeUrl.TryCreate(url, UrlUse.Image, out _, out _), Is.False, "as an image");
            Assert.That(SafeUrl.TryCreate(url, UrlUse.InlineImage, out _, out _), Is.False, "as an image in Markdown");
        });
    }

    /// <summary>Paths and http(s) URLs pass; so does text a browser reads as a relative path, even when it spells a scheme.</summary>
    [TestCaseSource(nameof(Links))]
    public void AnHttpUrlOrAPathIsALink(string url)
    {
        Assert.That(SafeUrl.TryCreate(url, UrlUse.Link, out var safe, out var problem), Is.True, problem);
        Assert.That(safe!.Value, Is.EqualTo(url));
    }

    [TestCase("https://example.org/my talk.mp4", "https://example.org/my%20talk.mp4")]
    [TestCase(" https://example.org/a?q=\"x\"&t=<b>` ", "https://example.org/a?q=%22x%22&t=%3Cb%3E%60")]
    [TestCase("https://example.org/{id}", "https://example.org/%7Bid%7D")]
    [TestCase("https://example.org/Zoë%20Ångström", "https://example.org/Zoë%20Ångström")]
    [TestCase("https://matrix.to/#/#room:matrix.org", "https://matrix.to/#/%23room:matrix.org")]
    [TestCase("https://example.org/a?b=c#d#e#f", "https://example.org/a?b=c#d%23e%23f")]
    [TestCase("https://example.org/a#", "https://example.org/a#")]
    public void AWebAddressHoldsNothingAUrlCannotHold(string written, string value)
    {
        Assert.That(SafeUrl.TryCreate(written, UrlUse.Link, out var safe, out var problem), Is.True, problem);
        Assert.That(safe!.Value, Is.EqualTo(value));
    }

    [TestCase("data:image/png;base64,iVBORw0KGgo=")]
    [TestCase("data:image/jpeg;base64,/9j/4AAQ")]
    [TestCase("DATA:IMAGE/GIF;base64,R0lGOD")]
    [TestCase("data:image/webp;base64,UklGR")]
    public void ARasterDataImageIsAllowedOnlyAsAnImageInMarkdown(string url)
    {
        Assert.Multiple(() =>
        {
            Assert.That(SafeUrl.TryCreate(url, UrlUse.InlineImage, out _, out _), Is.True);
            Assert.That(SafeUrl.TryCreate(url, UrlUse.Image, out _, out _), Is.False, "a preview image must be a file or an http(s) URL");
            Assert.That(SafeUrl.TryCreate(url, UrlUse.Link, out _, out _), Is.False);
        });
    }

    [Test]
    public void AMailtoUrlIsALinkButNotAnImage()
    {
        Assert.That(SafeUrl.TryCreate("mailto:ada@example.org", UrlUse.Link, out _, out _), Is.True);
        Assert.That(SafeUrl.TryCreate("mailto:ada@example.org", UrlUse.Image, out _, out var problem), Is.False);
        Assert.That(problem, Is.EqualTo("mailto: is not allowed"));
    }

    [Test]
    public void EveryUrlKeyOfFrontMatterRefusesAScriptUrlAtItsLine()
    {
        using var site = TestSite.Build(Sites.OneTalk + """

            -- content/conferences/conf-2024/index.md --
            ---
            name: Conf 2024
            start: 2024-05-02
            website: "javascript:alert('website')"
            cover: "javascript:alert('cover')"
            image: "vbscript:msgbox('image')"
            ---
            -- content/conferences/conf-2024/talks/first.md --
            ---
            title: First talk
            speakers: [Ada Lovelace]
            slides: "javascript:alert('slides')"
            video: "JAVASCRIPT:alert('video')"
            image: "data:text/html,<script>alert('image')</script>"
            links:
              - title: Code
                url: "javascript:alert('link')"
            ---
            -- content/speakers/ada-lovelace.md --
            ---
            name: Ada Lovelace
            avatar: "  javascript:alert('avatar')"
            image: "file:///etc/passwd"
            links:
              website: "javascript&#58;alert('website')"
              twitter: "javascript:alert('twitter')"
              mastodon: "//evil.example/@ada"
              github: ada
            ---
            -- content/pages/about.md --
            ---
            title: About
            image: "javascript:alert('page')"
            ---
            """);

        Assert.That(site.ExitCode, Is.EqualTo(1));
        var errors = site.ErrorLines();
        Assert.That(errors, Is.EqualTo(new[]
        {
            "content/conferences/conf-2024/index.md(4,10): error RC0117: 'website' must be an http, https or mailto URL, or a relative path, not 'javascript:alert('website')' (javascript: is not allowed)",
            "content/conferences/conf-2024/index.md(5,8): error RC0117: 'cover' must be an http or https URL, or a path, not 'javascript:alert('cover')' (javascript: is not allowed)",
            "content/conferences/conf-2024/index.md(6,8): error RC0117: 'image' must be an http or https URL, or a path, not 'vbscript:msgbox('image')' (vbscript: is not allowed)",
            "content/conferences/conf-2024/talks/first.md(4,9): error RC0117: 'slides' must be an http, https or mailto URL, or a relative path, not 'javascript:alert('slides')' (javascript: is not allowed)",
            "content/conferences/conf-2024/talks/first.md(5,8): error RC0117: 'video' must be an http, https or mailto URL, or a relative path, not 'JAVASCRIPT:alert('video')' (javascript: is not allowed)",
            "content/conferences/conf-2024/talks/first.md(6,8): error RC0117: 'image' must be an http or https URL, or a path, not 'data:text/html,<script>alert('image')</script>' (data: is not allowed)",
            "content/conferences/conf-2024/talks/first.md(9,10): error RC0117: 'links.url' must be an http, https or mailto URL, or a relative path, not 'javascript:alert('link')' (javascript: is not allowed)",
            "content/pages/about.md(3,8): error RC0117: 'image' must be an http or https URL, or a path, not 'javascript:alert('page')' (javascript: is not allowed)",
            "content/speakers/ada-lovelace.md(3,9): error RC0117: 'avatar' must be an http or https URL, or a path, not '  javascript:alert('avatar')' (javascript: is not allowed)",
            "content/speakers/ada-lovelace.md(4,8): error RC0117: 'image' must be an http or https URL, or a path, not 'file:///etc/passwd' (file: is not allowed)",
            "content/speakers/ada-lovelace.md(6,12): error RC0117: 'links.website' must be an http, https or mailto URL, or a relative path, not 'javascript&#58;alert('website')' (javascript: is not allowed)",
            "content/speakers/ada-lovelace.md(7,12): error RC0117: 'links.twitter' must be a handle like @name or an http or https URL, not 'javascript:alert('twitter')' (javascript: is not allowed)",
            "content/speakers/ada-lovelace.md(8,13): error RC0117: 'links.mastodon' must be a handle like @name or an http or https URL, not '//evil.example/@ada'",
        }));
        Assert.That(site.OutputFiles(), Is.Empty, "a build with errors writes nothing");
    }

    [TestCase("twitter", "twitter.com/ada", " (a web address starts with https://, as in https://twitter.com/ada)")]
    [TestCase("github", "www.github.com/ada/", " (a web address starts with https://, as in https://www.github.com/ada/)")]
    [TestCase("linkedin", "in/ada", " (a handle holds no '/')")]
    public void ProfileHandleWithASlashIsAnError(string key, string value, string hint)
    {
        using var site = TestSite.Build(Sites.OneTalk + $"""

            -- content/speakers/ada-lovelace.md --
            ---
            name: Ada Lovelace
            links:
              {key}: {value}
            ---
            """);

        Assert.That(site.ErrorLines(), Is.EqualTo(new[]
        {
            $"content/speakers/ada-lovelace.md(4,{5 + key.Length}): error RC0117: 'links.{key}' must be a handle like @name or an http or https URL, not '{value}'{hint}",
        }));
    }

    [TestCase("\"@ada\"")]
    [TestCase("ada")]
    [TestCase("ada@mastodon.social")]
    [TestCase("ada.bsky.social")]
    public void ProfileHandleWithoutASlashIsAHandle(string handle)
    {
        using var site = TestSite.Build(Sites.OneTalk + $"""

            -- content/speakers/ada-lovelace.md --
            ---
            name: Ada Lovelace
            links:
              bluesky: {handle}
            ---
            """);

        site.AssertClean();
    }

    [Test]
    public void SiteSocialLinksRefuseAScriptUrl()
    {
        using var site = TestSite.Build(Sites.OneTalk.Replace("base_url: https://recaps.example.org/", "base_url: https://recaps.example.org/\nsocial:\n  website: \"javascript:alert(1)\"", StringComparison.Ordinal));

        Assert.That(site.ExitCode, Is.EqualTo(1));
        Assert.That(site.Stderr, Does.StartWith("content/site.yml(4,12): error RC0403: 'social.website' must be an http, https or mailto URL, or a relative path, not 'javascript:alert(1)' (javascript: is not allowed)\n"));
    }

    [Test]
    public void EveryKindOfMarkdownLinkRefusesAScriptUrlAtItsPosition()
    {
        using var site = TestSite.Build(Sites.OneTalk + """

            -- content/conferences/conf-2024/talks/first.md --
            ---
            title: First talk
            ---
            An [inline](javascript:alert(1)) link, an <vbscript:msgbox(1)> autolink,
            a [disguised](jav&#x09;ascript:alert(1)) one and a [reference][r].

            ![inline image](javascript:alert(2)) ![svg](data:image/svg+xml,<svg/onload=alert(3)>)

            [a link to an image](data:image/png;base64,iVBORw0KGgo=)

            [r]: JAVASCRIPT:alert(4)
            """);

        Assert.That(site.ExitCode, Is.EqualTo(1));
        var errors = site.ErrorLines();
        Assert.That(errors, Is.EqualTo(new[]
        {
            "content/conferences/conf-2024/talks/first.md(4,4): error RC0117: link 'javascript:alert(1)' must be an http, https or mailto URL, or a relative path (javascript: is not allowed)",
            "content/conferences/conf-2024/talks/first.md(4,43): error RC0117: link 'vbscript:msgbox(1)' must be an http, https or mailto URL, or a relative path (vbscript: is not allowed)",
            "content/conferences/conf-2024/talks/first.md(5,3): error RC0117: link 'jav\\u0009ascript:alert(1)' must be an http, https or mailto URL, or a relative path (javascript: is not allowed)",
            "content/conferences/conf-2024/talks/first.md(5,52): error RC0117: link 'JAVASCRIPT:alert(4)' must be an http, https or mailto URL, or a relative path (javascript: is not allowed)",
            "content/conferences/conf-2024/talks/first.md(7,1): error RC0117: image 'javascript:alert(2)' must be an http or https URL, a path, or a data:image URL of a PNG, JPEG, GIF or WebP image (javascript: is not allowed)",
            "content/conferences/conf-2024/talks/first.md(7,38): error RC0117: image 'data:image/svg+xml,<svg/onload=alert(3)>' must be an http or https URL, a path, or a data:image URL of a PNG, JPEG, GIF or WebP image (data: is not allowed)",
            "content/conferences/conf-2024/talks/first.md(9,1): error RC0117: link 'data:image/png;base64,iVBORw0KGgo=' must be an http, https or mailto URL, or a relative path (data: is not allowed)",
        }));
    }

    [Test]
    public void ARasterDataImageAndSafeLinksAreRenderedAsWritten()
    {
        using var site = TestSite.Build(Sites.OneTalk + """

            -- content/conferences/conf-2024/talks/first.md --
            ---
            title: First talk
            slides: https://example.org/slides
            video: //videos.example.org/first
            ---
            ![dot](data:image/png;base64,iVBORw0KGgo=) [mail](mailto:ada@example.org) [rel](slides/javascript:alert(1))
            """);

        Assert.That(site.ExitCode, Is.Zero);
        Assert.That(site.WarningLines(), Is.EqualTo(new[]
        {
            "content/conferences/conf-2024/talks/first.md(6,75): warning RC0302: link 'slides/javascript:alert(1)' names no file of the site (looked for content/conferences/conf-2024/talks/slides/javascript:alert(1))",
        }));
        site.AssertFile("conf-2024/first/index.html", """
            <img src="data:image/png;base64,iVBORw0KGgo=" loading="lazy" decoding="async" alt="dot" />
            <a href="mailto:ada@example.org">mail</a>
            <a href="slides/javascript:alert(1)">rel</a>
            href="https://example.org/slides"
            href="//videos.example.org/first"
            """);
    }

    [Test]
    public void RawHtmlIsKeptByDefaultAndOmittedWithUnsafeHtmlOff()
    {
        const string body = """

            -- content/conferences/conf-2024/talks/first.md --
            ---
            title: First talk
            ---
            Before <a href="javascript:alert(1)">inline</a> after.

            <script>alert(2)</script>

            <!-- talks -->
            """;
        using var kept = TestSite.Build(Sites.OneTalk + body);
        using var omitted = TestSite.Build(Sites.OneTalk.Replace("title: Recaps", "title: Recaps\nmarkdown:\n  unsafe_html: false", StringComparison.Ordinal) + body);

        kept.AssertClean();
        omitted.AssertClean();
        kept.AssertFile("conf-2024/first/index.html", """
            <p>Before <a href="javascript:alert(1)">inline</a> after.</p>
            <script>alert(2)</script>
            """);
        omitted.AssertFile("conf-2024/first/index.html", """
            <p>Before <!-- raw HTML omitted -->inline<!-- raw HTML omitted --> after.</p>
            <!-- raw HTML omitted -->
            ! javascript:
            ! <script>alert(2)
            """);
    }

    [Test]
    public void CheckReportsAScriptUrlThatRawHtmlPutInABuiltPage()
    {
        using var site = TestSite.Build(Sites.OneTalk + """

            -- content/conferences/conf-2024/talks/first.md --
            ---
            title: First talk
            ---
            A <a href="javascript:alert(1)">raw link</a> and <img src="data:text/html,x" alt="x">.
            """);
        site.AssertClean();

        site.Check();

        Assert.That(site.ExitCode, Is.EqualTo(1));
        Assert.That(site.Stderr, Does.Contain("error RC0511: link 'javascript:alert(1)' must be an http, https or mailto URL, or a relative path (javascript: is not allowed)"));
        Assert.That(site.Stderr, Does.Contain("error RC0511: image 'data:text/html,x' must be an http or https URL, a path, or a data:image URL of a PNG, JPEG, GIF or WebP image (data: is not allowed)"));
    }
}
