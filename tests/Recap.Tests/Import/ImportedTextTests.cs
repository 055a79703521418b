using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CsCheck;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Recap.Import;
using Recap.Markdown;
using Recap.Text;

namespace Recap.Tests.Import;

public sealed class ImportedTextTests
{
    // As sites render bodies by default (markdown.unsafe_html: true): raw HTML as written.
    private static readonly Markdig.MarkdownPipeline Pipeline = MarkdownPipelineFactory.Create(unsafeHtml: true);

    [Test]
    public void HtmlParagraphsAndLineBreaksBecomeMarkdownParagraphsAndHardBreaks()
    {
        Assert.That(ImportedText.ToMarkdown("<p>One</p>\r\n<p>Two<br>three<br/></p><p>Four<br><br>Five</p>"), Is.EqualTo("One\n\nTwo\\\nthree\n\nFour\n\nFive"));
    }

    [Test]
    public void BlankLinesInTheTextOfHtmlAreParagraphs()
    {
        Assert.That(
            ImportedText.ToMarkdown("Contrary to other bugs these are\n<ul>\n<li>hardware based</li>\n</ul>\n\nThis talk fills the gap.\nIt explains."),
            Is.EqualTo("Contrary to other bugs these are\n\n- hardware based\n\nThis talk fills the gap. It explains."));
    }

    [Test]
    public void NestedListsAreIndentedUnderTheirItem()
    {
        Assert.That(
            ImportedText.ToMarkdown("<ul><li>Tools<ul><li>make</li><li>ninja</li></ul></li><li>Languages<ol start=\"3\"><li>C</li><li><p>Go</p><p>Since 2009</p></li></ol></li></ul>"),
            Is.EqualTo("- Tools\n  - make\n  - ninja\n- Languages\n\n  3. C\n  4. Go\n\n     Since 2009"));
    }

    [Test]
    public void LinksKeepTheirTitleAndALinkThatShowsItsUrlIsAnAutolink()
    {
        Assert.That(
            ImportedText.ToMarkdown("See <a href=\"https://example.com/docs\" title=\"The &quot;docs&quot;\">the <em>docs</em></a>, <a href=\"https://example.com/\">https://example.com/</a>, <a href=\"https://example.com/a b(c)\">odd</a> and <a href=\"mailto:ada@example.com\">mail</a>."),
            Is.EqualTo("See [the *docs*](https://example.com/docs \"The \\\"docs\\\"\"), <https://example.com/>, [odd](https://example.com/a%20b\\(c\\)) and [mail](mailto:ada@example.com)."));
    }

    [Test]
    public void RelativeLinksBecomeTheirTextAndRelativeImagesAreLeftOut()
    {
        Assert.That(ImportedText.ToMarkdown("<p><a href=\"/2020/talk/ABC/\">the talk</a> <a href=\"#top\">top</a> <img src=\"/media/logo.png\" alt=\"Logo\"></p>"), Is.EqualTo("the talk top"));
    }

    [Test]
    public void ScriptsAndStylesAreLeftOutWithTheirContent()
    {
        Assert.That(ImportedText.ToMarkdown("<p>Hi <script>alert(1)</script>there<style>p { color: red }</style></p><noscript>enable it</noscript>"), Is.EqualTo("Hi there"));
    }

    [TestCase("<a href=\"javascript:alert(1)\">x</a>")]
    [TestCase("<a href=\"JaVaScRiPt:alert(1)\">x</a>")]
    [TestCase("<a href=\"java&#x09;script:alert(1)\">x</a>")]
    [TestCase("<a href=\" &#106;avascript:alert(1)\">x</a>")]
    [TestCase("<a href=\"data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;\">x</a>")]
    [TestCase("<a href=\"vbscript:msgbox(1)\">x</a>")]
    public void ALinkToScriptIsPlainText(string html)
    {
        Assert.That(ImportedText.ToMarkdown(html), Is.EqualTo("x"));
    }

    [Test]
    public void ImagesLoseTheirEventAttributesAndAnImageWithoutAUsableSourceIsLeftOut()
    {
        Assert.That(
            ImportedText.ToMarkdown("<img src=x onerror=alert(1)>Photo <img src=\"https://example.com/a.png\" alt=\"Ada [left]\" title=\"Ada\" onerror=\"alert(1)\"> <img src=\"javascript:alert(1)\">"),
            Is.EqualTo("Photo ![Ada \\[left\\]](https://example.com/a.png \"Ada\")"));
    }

    [Test]
    public void EventAndStyleAttributesAreGone()
    {
        Assert.That(
            ImportedText.ToMarkdown("<p onclick=\"alert(1)\" style=\"color:red\" class=\"lead\">Hello <b onmouseover=alert(1)>you</b></p><table onclick=\"alert(1)\"><tr><td style=\"x\">1</td></tr></table>"),
            Is.EqualTo("Hello **you**\n\n<table><tbody><tr><td>1</td></tr></tbody></table>"));
    }

    [TestCase("<p>unclosed <b>bold", "unclosed **bold**")]
    [TestCase("<ul><li>one<li>two</ul><p>after</b></i>", "- one\n- two\n\nafter")]
    [TestCase("<p>a <i>b <b>c</i> d</b></p>", "a *b **c*** **d**")]
    [TestCase("<b> spaced </b>word<i>it</i>", "**spaced** word*it*")]
    [TestCase("hardware<(/li> done", "hardware<(/li> done")]
    public void BrokenHtmlIsReadAsBrowsersReadIt(string html, string markdown)
    {
        Assert.That(ImportedText.ToMarkdown(html), Is.EqualTo(markdown));
    }

    [Test]
    public void EntitiesInHtmlAreDecodedAndWrittenSoTheyStayText()
    {
        Assert.That(
            ImportedText.ToMarkdown("<p>Q&amp;A: &lt;tag&gt; &#x27;quoted&#x27; a&nbsp;b, &amp;amp; and a &lt; b</p>"),
            Is.EqualTo("Q&A: &lt;tag> 'quoted' a\u00A0b, \\&amp; and a < b"));
    }

    [Test]
    public void PlainTextWithCrlfKeepsItsLinesAndLosesExtraBlankLines()
    {
        Assert.That(
            ImportedText.ToMarkdown("  First line\r\nsecond line\r\n\r\n \r\n\r\nNew paragraph\rafter a CR \r\n\r\n"),
            Is.EqualTo("First line\nsecond line\n\nNew paragraph\nafter a CR"));
    }

    [Test]
    public void MarkdownPassesThrough()
    {
        const string markdown = "## Outline\n\n* **Bold** and _em_ &amp; more\n* [Docs](https://example.com \"Docs\") and `<b>code</b>`\n\n1. one\n2. two\n\n```html\n<script>\n\n\n</script>\n```";
        Assert.That(ImportedText.ToMarkdown(markdown), Is.EqualTo(markdown));
    }

    [Test]
    public void ScriptLinksInMarkdownBecomeText()
    {
        Assert.That(
            ImportedText.ToMarkdown("Click [here](javascript:alert(1)), <javascript:alert(1)>, ![pic](javascript:alert(1)), [ref], [rel](/x) or [ok](https://example.com).\n\n[ref]: javascript:alert(1)"),
            Is.EqualTo("Click here, javascript:alert(1), pic, ref, rel or [ok](https://example.com)."));
    }

    [Test]
    public void RawHtmlInPlainTextIsCleanedAsHtml()
    {
        Assert.That(ImportedText.ToMarkdown("Plain text <script>alert(1)</script>with **stars**\r\n\r\nand <b onclick=\"alert(1)\">bold</b>"), Is.EqualTo("Plain text with \\*\\*stars\\*\\*\n\nand **bold**"));
    }

    [Test]
    public void TagLikeTextInMarkdownStaysText()
    {
        Assert.That(ImportedText.ToMarkdown("a <script and [<b](javascript:x)> and \\<i"), Is.EqualTo("a &lt;script and &lt;b> and &lt;i"));
    }

    [Test]
    public void MarkdownSyntaxInHtmlTextIsEscapedAndRendersAsWritten()
    {
        var markdown = ImportedText.ToMarkdown(
            "<p>*stars* and _underscores_ and snake_case, [brackets](x), `ticks`, 2 * 3, a|b, H~2~O, C++ ++in++</p><p># not a heading</p><p>1. not a list<br>- nor this<br>&gt; nor this</p><p>---</p>");

        Assert.Multiple(() =>
        {
            Assert.That(markdown, Is.EqualTo(
                "\\*stars\\* and \\_underscores\\_ and snake_case, \\[brackets\\](x), \\`ticks\\`, 2 \\* 3, a\\|b, H\\~2\\~O, C++ \\+\\+in++\n\n" +
                "\\# not a heading\n\n1\\. not a list\\\n\\- nor this\\\n\\> nor this\n\n\\---"));
            Assert.That(Markdig.Markdown.ToHtml(markdown!, Pipeline), Is.EqualTo(
                "<p>*stars* and _underscores_ and snake_case, [brackets](x), `ticks`, 2 * 3, a|b, H~2~O, C++ ++in++</p>\n" +
                "<p># not a heading</p>\n<p>1. not a list<br />\n- nor this<br />\n&gt; nor this</p>\n<p>---</p>\n"));
        });
    }

    [Test]
    public void OrdinaryPunctuationIsNotEscaped()
    {
        Assert.That(
            ImportedText.ToMarkdown("<p>C++, C#, snake_case, 5 ~ 6, a < b, 3 * 4 = 12, 100% & more: (yes!) {ok} \"q\" it's</p>"),
            Is.EqualTo("C++, C#, snake_case, 5 ~ 6, a < b, 3 \\* 4 = 12, 100% & more: (yes!) {ok} \"q\" it's"));
    }

    [Test]
    public void ATableStaysAsCleanHtmlOnOneLine()
    {
        Assert.That(
            ImportedText.ToMarkdown("<p>Plan:</p><table onclick=\"x\">\n<tr><th>Time</th><th>Room</th></tr>\n\n<tr><td>10:00\n\n</td><td><a href=\"javascript:alert(1)\">A</a> <b>B</b> <a href=\"https://example.com/\">C</a></td></tr></table>"),
            Is.EqualTo("Plan:\n\n<table> <tbody><tr><th>Time</th><th>Room</th></tr> <tr><td>10:00 </td><td>A <b>B</b> <a href=\"https://example.com/\">C</a></td></tr></tbody></table>"));
    }

    [Test]
    public void HeadingsGoOneLevelDownSoNoneIsAnH1()
    {
        Assert.That(ImportedText.ToMarkdown("<h1>Top</h1><h2>Part #</h2><h3>C#</h3><h6>Deep</h6>"), Is.EqualTo("## Top\n\n### Part \\#\n\n#### C#\n\n###### Deep"));
    }

    [Test]
    public void PreformattedTextIsAFencedCodeBlockAndCodeIsACodeSpan()
    {
        Assert.That(
            ImportedText.ToMarkdown("<pre><code>if (a &lt; b) {\n\n\n  x(\"```\");\n}</code></pre><p>Use <code>a`b</code> or <code>*</code>.</p><blockquote><p>Quoted</p><p>twice</p></blockquote><hr>"),
            Is.EqualTo("````\nif (a < b) {\n\n\n  x(\"```\");\n}\n````\n\nUse ``a`b`` or `*`.\n\n> Quoted\n>\n> twice\n\n---"));
    }

    [Test]
    public void KeptInlineElementsStayAsHtml()
    {
        Assert.That(ImportedText.ToMarkdown("10<sup>-30</sup> s, H<sub>2</sub>O, <del>old</del>, <kbd>Ctrl</kbd>, <small>note</small>"), Is.EqualTo("10<sup>-30</sup> s, H<sub>2</sub>O, <del>old</del>, <kbd>Ctrl</kbd>, note"));
    }

    [TestCase("<p>Zoë Ångström, 山田太郎, Łukasz, عربى</p>")]
    [TestCase("Zoë Ångström, 山田太郎, Łukasz, عربى")]
    public void NonAsciiTextIsUntouched(string text)
    {
        Assert.Multiple(() =>
        {
            Assert.That(ImportedText.ToMarkdown(text), Is.EqualTo("Zoë Ångström, 山田太郎, Łukasz, عربى"));
            Assert.That(ImportedText.ToPlainText(text), Is.EqualTo("Zoë Ångström, 山田太郎, Łukasz, عربى"));
        });
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase(" \r\n\t")]
    [TestCase("<p> </p><br><br>")]
    [TestCase("<script>alert(1)</script>")]
    [TestCase("[](javascript:alert(1))")]
    public void NothingLeftIsNull(string? text)
    {
        Assert.Multiple(() =>
        {
            Assert.That(ImportedText.ToMarkdown(text), Is.Null);
            Assert.That(ImportedText.ToPlainText(text), Is.Null);
        });
    }

    [TestCase("<p>Hello <b>world</b>!</p>\r\n<script>alert(1)</script><style>p {}</style><p>Q&amp;A &lt;3</p>", "Hello world! Q&A <3")]
    [TestCase("**Bold** [a link](https://example.com) and _em_ `code`\r\n\r\n- item\r\n- a [script](javascript:alert(1)) [", "Bold a link and em code item a script [")]
    [TestCase("<ul><li>one</li><li>two</li></ul><table><tr><td>a</td><td>b</td></tr></table>", "one two a b")]
    [TestCase("  Line\none  \n\n\n two ", "Line one two")]
    public void PlainTextIsOneParagraphOfTheWords(string text, string plain)
    {
        Assert.That(ImportedText.ToPlainText(text), Is.EqualTo(plain));
    }

    [Test]
    public void HostileExportTextRendersToSafeHtml()
    {
        const string text = """
            <p onclick="alert(1)">Hi<script>alert(1)</script><img src=x onerror=alert(1)>
            <a href="javascript:alert(1)">a</a><iframe src="javascript:alert(1)"></iframe><svg onload=alert(1)>
            <table><tr><td><a href=" javascript:alert(1)">b</a><img src="data:text/html,x"></td></tr></table>
            <form action="javascript:alert(1)"><button formaction="javascript:alert(1)">c</button></form>
            """;

        AssertSafe(ImportedText.ToMarkdown(text)!);
    }

    [Test]
    public void NoMixOfScriptsLinksAndEventsGetsThrough()
    {
        string[] parts =
        [
            "<script>", "</script>", "<SCRIPT src=//example.com/x.js>", "<script>pwn()</script>", "<style>pwn()</style>", "<script",
            "<img src=x onerror=alert(1)>", "<p onclick=\"alert(1)\">", "</p>", "<a href=\"javascript:alert(1)\">", "<a href='JaVaScRiPt:alert(1)'>",
            "<a href=\"https://example.com/\" onmouseover=alert(1)>", "</a>", "<svg onload=alert(1)>", "<iframe src=javascript:alert(1)>",
            "javascript:alert(1)", "[x](javascript:alert(1))", "](javascript:alert(1))", "<javascript:alert(1)>", "[y]: javascript:alert(1)", "[y]",
            "![i](javascript:alert(1))", " onerror=alert(1)", "onload=", "<b>", "</b>", "<ul><li>", "<br>", "<table><tr><td>", "<pre>", "<code>",
            "<!--", "-->", "<![CDATA[", "]]>", "text", "Zoë", " ", "\n", "\r\n", "\n\n", "*", "_", "#", "[", "]", "(", ")", "<", ">", "\"", "'",
            "`", "=", ":", "&", "1. ", "- ", "    ", "https://example.com/", "java\tscript:",
        ];
        Gen.OneOf(parts).Array[0, 30].Select(string.Concat).Sample(
            text =>
            {
                var markdown = ImportedText.ToMarkdown(text);
                var plain = ImportedText.ToPlainText(text);
                if (markdown is not null)
                {
                    AssertSafe(markdown);
                }

                // Code in Markdown ("`<script>`", an indented block) is shown as text: safe, and kept as written.
                Assert.That(WithoutCode(markdown ?? string.Empty), Does.Not.Contain("<script").IgnoreCase, text);

                // Plain text is text: "a <script" is words, which a page escapes. What is checked is
                // that it is no more than the body says.
                Assert.That(plain is null, Is.EqualTo(markdown is null), text);
            },
            iter: 3000);
    }

    /// <summary>Safe as written (no script or event in a tag Markdown finds in a paragraph, no script link) and as rendered.</summary>
    private static void AssertSafe(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        var tags = document.Descendants<HtmlInline>().Select(h => h.Tag).ToList();
        var urls = document.Descendants<LinkInline>().Select(l => l.Url ?? string.Empty)
            .Concat(document.Descendants<AutolinkInline>().Where(a => !a.IsEmail).Select(a => a.Url))
            .Concat(document.Descendants<LinkReferenceDefinition>().Select(d => d.Url ?? string.Empty))
            .ToList();

        var html = new HtmlParser().ParseDocument(Markdig.Markdown.ToHtml(markdown, Pipeline));
        var elements = html.Body!.Descendants<IElement>().ToList();
        var attributes = elements.SelectMany(e => e.Attributes).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(tags, Has.None.Match("(?i)script|\\son[a-z]*\\s*=|javascript:"), markdown);
            Assert.That(urls, Has.All.Matches<string>(IsAllowedUrl), markdown);
            Assert.That(elements.Select(e => e.LocalName), Has.None.AnyOf("script", "style", "iframe", "object", "embed", "svg", "math", "form", "button", "base", "meta", "link"), markdown);
            Assert.That(attributes.Select(a => a.Name), Has.None.StartsWith("on").And.None.EqualTo("style").And.None.EqualTo("formaction"), markdown);
            Assert.That(attributes.Where(a => a.Name is "href" or "src").Select(a => a.Value), Has.All.Matches<string>(IsAllowedUrl), markdown);
        });
    }

    private static string WithoutCode(string markdown)
    {
        var text = markdown.ToCharArray();
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        foreach (var code in document.Descendants<CodeBlock>().Cast<MarkdownObject>().Concat(document.Descendants<CodeInline>()))
        {
            Array.Fill(text, ' ', code.Span.Start, code.Span.Length);
        }

        return new string(text);
    }

    private static bool IsAllowedUrl(string? url) => url is not null && SafeUrl.SchemeOf(url) is "http" or "https" or "mailto";
}
