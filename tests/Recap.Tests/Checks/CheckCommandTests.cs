using System.Text.RegularExpressions;
using Recap.Cli;
using Recap.Tests.Support;
using static Recap.Tests.Checks.CheckSites;

namespace Recap.Tests.Checks;

public sealed partial class CheckCommandTests
{
    [Test]
    public void CleanSiteExitsWithZeroAndPrintsOnlyTheSummary()
    {
        using var site = Create(
            Page("index.html", """
                <nav><a href="/recaps/">Home</a> <a href="a/">A</a> <a href="/recaps/b/#part">B, part</a></nav>
                <main id="main"><a href="#main">Main</a> <a href="https://elsewhere.example/x">Out</a> <a href="mailto:x@example.org">Mail</a></main>
                <img src="card.png" srcset="card.png 1x, /recaps/card.png 2x" alt="">
                <link rel="stylesheet" href="assets/style.css">
                """)
            + Page("a/index.html", """
                <a href="../b/">B</a> <a href="../">Home</a> <a href="https://example.github.io/recaps/b/#part">B again</a> <a href="/recaps/a">A, no slash</a>
                """)
            + Page("b/index.html", """
                <h2 id="part">Part</h2> <a href="../a/?from=b#top">A</a> <a href="#">Nowhere in particular</a>
                """)
            + """
            -- _site/assets/style.css --
            body { margin: 0; }
            """);

        site.Check();

        site.AssertClean();
        Assert.That(site.Stdout, Does.Match(SummaryPattern()));
        Assert.That(site.Stdout, Does.StartWith($"Checked 3 pages and 17 links in {site.Output} (base URL https://example.github.io/recaps/) in ").And.EndWith(" ms: 0 errors, 0 warnings.\n"));
    }

    [Test]
    public void BrokenLinkMissingAnchorAndMissingImageAreErrorsAtTheirLines()
    {
        using var site = Create(
            Page("index.html", """
                <p><a href="/recaps/talks/">Talks</a></p>
                <p><a href="a/#missing">A</a> <img src="images/cover.jpg" alt=""></p>
                """)
            + Page("a/index.html", """
                <p id="here"><a href="#nowhere">Up</a> <a href="#here">Here</a></p>
                """));

        site.Check();

        Assert.That(site.ExitCode, Is.EqualTo(1));
        Assert.That(DiagnosticLines(site), Is.EqualTo(new[]
        {
            "_site/a/index.html(11,14): error RC0502: link '#nowhere': no element on this page with id 'nowhere'",
            "_site/index.html(11,4): error RC0501: broken link '/recaps/talks/': _site/talks/index.html does not exist",
            "_site/index.html(12,4): error RC0502: link 'a/#missing': _site/a/index.html has no element with id 'missing'",
            "_site/index.html(12,31): error RC0503: missing image 'images/cover.jpg': _site/images/cover.jpg does not exist",
        }));
        Assert.That(site.Stderr, Does.Contain("""
            _site/index.html(11,4): error RC0501: broken link '/recaps/talks/': _site/talks/index.html does not exist
               10 | <body>
             > 11 | <p><a href="/recaps/talks/">Talks</a></p>
                  |    ^

            """));
        Assert.That(site.Stdout, Does.StartWith("Checked 2 pages and ").And.EndWith(": 4 errors, 0 warnings.\n"));
    }

    [Test]
    public void LinksUnderTheBasePathResolveAndOthersOnTheSameHostAreErrors()
    {
        using var site = Create(
            Page("index.html", """
                <a href="/recaps/a/">A</a>
                <a href="/other/">Other</a>
                <a href="https://example.github.io/recaps/a/">A, absolute</a>
                <a href="https://example.github.io/elsewhere/">Elsewhere</a>
                <a href="https://example.github.io/recaps/nope/">Nope</a>
                <a href="//example.github.io/recaps/a/">A, scheme-relative</a>
                """)
            + Page("a/index.html", "<p>A.</p>"));

        site.Check();

        Assert.That(DiagnosticLines(site), Is.EqualTo(new[]
        {
            "_site/index.html(12,1): error RC0504: link '/other/' points outside the site's base path /recaps/",
            "_site/index.html(14,1): error RC0504: link 'https://example.github.io/elsewhere/' points outside the site's base path /recaps/",
            "_site/index.html(15,1): error RC0501: broken link 'https://example.github.io/recaps/nope/': _site/nope/index.html does not exist",
        }));
    }

    [Test]
    public void RelativeLinksResolveAgainstThePageAndNeverLeaveTheOutputFolder()
    {
        using var site = Create(
            Page("index.html", "<p>Home.</p>")
            + Page("a/index.html", """
                <a href="../b/">B</a>
                <a href="../c/">C</a>
                <a href="b/">B, wrongly</a>
                <a href="../../../../etc/passwd">passwd</a>
                <a href="..%2F..%2Fsecret.txt">A file beside the output</a>
                """)
            + Page("b/index.html", "<p>B.</p>")
            + """
            -- secret.txt --
            Not part of the site.
            """);

        site.Check();

        Assert.That(DiagnosticLines(site), Is.EqualTo(new[]
        {
            "_site/a/index.html(12,1): error RC0501: broken link '../c/': _site/c/index.html does not exist",
            "_site/a/index.html(13,1): error RC0501: broken link 'b/': _site/a/b/index.html does not exist",
            "_site/a/index.html(14,1): error RC0504: link '../../../../etc/passwd' points outside the site's base path /recaps/",
            "_site/a/index.html(15,1): error RC0501: broken link '..%2F..%2Fsecret.txt': it points outside the output folder",
        }));
    }

    [Test]
    public void PreviewImageMustBeAnAbsoluteUrlOfAWideImageOnTheSite()
    {
        using var site = Create(
            Page("index.html", "<p>Home.</p>")
            + Preview("no-image", null)
            + Preview("relative", "/recaps/card.png")
            + Preview("square", BaseUrl + "square.png")
            + Preview("nearly-wide", BaseUrl + "nearly-wide.png")
            + Preview("missing", BaseUrl + "missing.png")
            + Preview("elsewhere", "https://cdn.example.com/card.png")
            + Preview("text", BaseUrl + "notes.txt")
            + Preview("large", BaseUrl + "large.png")
            + """
            -- _site/notes.txt --
            Not an image.
            """);
        WriteFile(site, "square.png", Png(800, 800));
        WriteFile(site, "nearly-wide.png", Png(1200, 628));
        var large = new byte[6 * 1024 * 1024];
        Png(1200, 630).CopyTo(large, 0);
        WriteFile(site, "large.png", large);

        site.Check();

        Assert.That(site.ExitCode, Is.EqualTo(1));
        Assert.That(DiagnosticLines(site), Is.EqualTo(new[]
        {
            "_site/elsewhere/index.html(7,1): error RC0505: og:image 'https://cdn.example.com/card.png' is not on this site (https://example.github.io/recaps/)",
            "_site/large/index.html(7,1): error RC0506: og:image 'https://example.github.io/recaps/large.png' is 6.0 MB; previews need an image under 5 MB",
            "_site/missing/index.html(7,1): error RC0505: og:image 'https://example.github.io/recaps/missing.png': _site/missing.png does not exist",
            "_site/no-image/index.html(3,1): error RC0505: page has no og:image, so link previews show no picture",
            "_site/relative/index.html(7,1): error RC0505: og:image '/recaps/card.png' is not an absolute http(s) URL",
            "_site/square/index.html(7,1): error RC0506: og:image 'https://example.github.io/recaps/square.png' is 800x800; previews need 1.91:1, like 1200x630",
            "_site/text/index.html(7,1): error RC0506: og:image 'https://example.github.io/recaps/notes.txt' is not a PNG, JPEG, GIF or WebP image",
        }));
    }

    [Test]
    public void LongTitleLongDescriptionAndMissingDescriptionAreWarnings()
    {
        using var site = Create(
            Page("index.html", "<p>Home.</p>", title: "Shorter than seventy characters")
            + Page("long-title/index.html", "<p>Long.</p>", title: "Introspecting applications in production with HAProxy · Conference Notes")
            + Page("just-short-enough/index.html", "<p>Fine.</p>", title: new string('x', 69))
            + PageWithHead("long-description/index.html", $"""
                <title>Long description</title>
                <meta name="description" content="{new string('d', 200)}">
                <link rel="canonical" href="{BaseUrl}long-description/">
                <meta property="og:image" content="{BaseUrl}card.png">
                """)
            + PageWithHead("no-description/index.html", $"""
                <title>No description</title>
                <link rel="canonical" href="{BaseUrl}no-description/">
                <meta property="og:image" content="{BaseUrl}card.png">
                """));

        site.Check();

        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
        Assert.That(DiagnosticLines(site), Is.EqualTo(new[]
        {
            "_site/long-description/index.html(5,1): warning RC0508: description is 200 characters long; keep it under 200 so link previews show all of it",
            "_site/long-title/index.html(5,1): warning RC0507: title is 72 characters long; keep it under 70 so link previews show all of it",
            "_site/no-description/index.html(3,1): warning RC0508: page has no meta description, so link previews make one up",
        }));
        Assert.That(site.Stdout, Does.EndWith(": 0 errors, 3 warnings.\n"));
    }

    [Test]
    public void QuietPrintsNothingWhenThereAreOnlyWarnings()
    {
        using var site = Create(Page("index.html", "<p>Home.</p>", title: new string('x', 80)));

        site.Check("--quiet");

        Assert.That(site.ExitCode, Is.Zero);
        Assert.That(site.Stdout + site.Stderr, Is.Empty);
    }

    [Test]
    public void CanonicalUrlMustBeAbsoluteAndBelongToOnePage()
    {
        using var site = Create(
            Page("index.html", "<p>Home.</p>")
            + Page("a/index.html", "<p>A.</p>")
            + PageWithHead("copy-of-a/index.html", $"""
                <title>Copy of A</title>
                <meta name="description" content="The same as A.">
                <link rel="canonical" href="{BaseUrl}a/">
                <meta property="og:image" content="{BaseUrl}card.png">
                """)
            + PageWithHead("relative/index.html", $"""
                <title>Relative</title>
                <meta name="description" content="A relative canonical URL.">
                <link rel="canonical" href="/recaps/relative/">
                <meta property="og:image" content="{BaseUrl}card.png">
                """)
            + PageWithHead("none/index.html", $"""
                <title>None</title>
                <meta name="description" content="No canonical URL.">
                <meta property="og:image" content="{BaseUrl}card.png">
                """));

        site.Check();

        Assert.That(DiagnosticLines(site), Is.EqualTo(new[]
        {
            "_site/copy-of-a/index.html(6,1): error RC0510: canonical URL 'https://example.github.io/recaps/a/' is also the canonical URL of _site/a/index.html",
            "_site/none/index.html(3,1): error RC0509: page has no <link rel=\"canonical\">",
            "_site/relative/index.html(6,1): error RC0509: canonical URL '/recaps/relative/' is not an absolute http(s) URL",
        }));
    }

    [Test]
    public void NotFoundPageNeedsNoPreviewButItsLinksAreChecked()
    {
        using var site = Create(
            Page("index.html", "<p>Home.</p>")
            + """
            -- _site/404.html --
            <!doctype html>
            <html lang="en">
            <head><title>Page not found</title></head>
            <body><a href="/recaps/">Home</a> <a href="/recaps/search/">Search</a></body>
            </html>
            """);

        site.Check();

        Assert.That(DiagnosticLines(site), Is.EqualTo(new[]
        {
            "_site/404.html(4,35): error RC0501: broken link '/recaps/search/': _site/search/index.html does not exist",
        }));
    }

    [Test]
    public void BaseUrlComesFromSiteYmlWhenThereIsNoHomePage()
    {
        using var site = Create(
            """
            -- content/site.yml --
            title: Recaps
            base_url: https://example.github.io/recaps/
            """
            + "\n" + Page("a/index.html", """<a href="/recaps/b/">B</a>""")
            + Page("b/index.html", """<a href="/recaps/a/">A</a>"""));

        site.Check();

        site.AssertClean();
    }

    [Test]
    public void BaseUrlOptionWinsOverTheHomePage()
    {
        using var site = Create(
            Page("index.html", """<a href="/recaps/a/">A</a>""")
            + Page("a/index.html", "<p>A.</p>"));

        site.Check("--base-url", "https://example.github.io/");

        Assert.That(DiagnosticLines(site), Has.Member("_site/index.html(11,1): error RC0501: broken link '/recaps/a/': _site/recaps/a/index.html does not exist"));
    }

    [Test]
    public void GitHubLogFormatPrintsWorkflowCommands()
    {
        using var site = Create(Page("index.html", """<a href="/recaps/nope/">Nope</a>"""));

        site.Check("--log-format", "github");

        Assert.That(site.Stderr, Is.EqualTo("::error file=_site/index.html,line=11,col=1,title=RC0501::broken link '/recaps/nope/': _site/nope/index.html does not exist\nFound 1 error and 0 warnings.\n"));
    }

    [Test]
    public void SummaryOnStandardErrorIsTheOneBuildPrints()
    {
        using var site = Create(Page("index.html", """<a href="/recaps/nope/">Nope</a>"""));

        site.Check("--quiet");

        Assert.That(site.ExitCode, Is.EqualTo(1));
        Assert.That(site.Stderr, Does.StartWith("_site/index.html(11,1): error RC0501: broken link '/recaps/nope/': _site/nope/index.html does not exist\n"));
        Assert.That(site.Stderr, Does.EndWith("      | ^\nFound 1 error and 0 warnings.\n"));
        Assert.That(site.Stdout, Is.Empty);
    }

    [Test]
    public void JsonFormatGivesCountsAndEveryDiagnosticOnStandardOutput()
    {
        using var site = Create(Page("index.html", """<a href="/recaps/nope/">Nope</a>"""));

        site.Check("--format", "json");

        Assert.That(site.ExitCode, Is.EqualTo(1));
        Assert.That(site.Stderr, Is.Empty);
        using var json = System.Text.Json.JsonDocument.Parse(site.Stdout);
        var root = json.RootElement;
        Assert.That((root.GetProperty("version").GetInt32(), root.GetProperty("errors").GetInt32(), root.GetProperty("warnings").GetInt32()), Is.EqualTo((1, 1, 0)));
        Assert.That(root.GetProperty("pages").GetInt32(), Is.EqualTo(1));
        var diagnostic = root.GetProperty("diagnostics").EnumerateArray().Single();
        Assert.That(
            $"{diagnostic.GetProperty("severity")} {diagnostic.GetProperty("code")} {diagnostic.GetProperty("path")}({diagnostic.GetProperty("line")},{diagnostic.GetProperty("column")}) {diagnostic.GetProperty("message")}",
            Is.EqualTo("error RC0501 _site/index.html(11,1) broken link '/recaps/nope/': _site/nope/index.html does not exist"));
    }

    [TestCase("--format", "--format needs text or json")]
    [TestCase("--format yaml", "unknown format 'yaml'; use text or json")]
    public void FormatMustBeTextOrJson(string arguments, string message)
    {
        using var site = Create(Page("index.html", "<p>Hi</p>"));

        site.Check(arguments.Split(' '));

        Assert.That(site.ExitCode, Is.EqualTo(2));
        Assert.That(site.Stderr, Is.EqualTo($"recap check: {message}\nRun 'recap --help' for usage.\n"));
    }

    [Test]
    public void MissingOutputFolderIsAUsageError()
    {
        using var site = TestSite.Create(Sites.OneTalk);

        site.Check();

        Assert.That(site.ExitCode, Is.EqualTo(2));
        Assert.That(site.Stderr, Does.StartWith($"recap check: output folder '{site.Output}' does not exist (run 'recap build' first)\n"));
    }

    [Test]
    public void HelpListsCheck()
    {
        using var stdout = new StringWriter();

        using var checkHelp = new StringWriter();

        RecapCommand.Run(["--help"], stdout, TextWriter.Null);
        RecapCommand.Run(["check", "--help"], checkHelp, TextWriter.Null);

        Assert.That(stdout.ToString(), Does.Match(@"\n  check +Check a built site: links, anchors, assets and link"));
        Assert.That(checkHelp.ToString(), Does.Contain("Usage:\n  recap check [options]").And.Contain("--format <FORMAT>"));
    }

    /// <summary>A page whose og:image is <paramref name="image"/>, or which has none; the og:image is on line 7.</summary>
    private static string Preview(string name, string? image) => PageWithHead($"{name}/index.html", $"""
        <title>{name}</title>
        <meta name="description" content="A page about {name}.">
        <link rel="canonical" href="{BaseUrl}{name}/">
        """ + (image is null ? string.Empty : $"\n<meta property=\"og:image\" content=\"{image}\">"));

    [GeneratedRegex(@"^Checked \d+ pages? and \d+ links? in .+ \(base URL \S+\) in \d+ ms: \d+ errors?, \d+ warnings?\.\n$")]
    private static partial Regex SummaryPattern();
}
