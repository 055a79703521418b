using Recap.Tests.Support;

namespace Recap.Tests.Pages;

/// <summary>
/// Text that runs against the page (Arabic or Hebrew on an English site, English on an Arabic one)
/// is marked so that the browser lays it out in its own direction, isolated from what is around it;
/// text that runs the page's way is written as before.
/// </summary>
public sealed class TextDirectionTests
{
    private const string Conference = """

        -- content/conferences/conf/index.md --
        ---
        name: Conf
        start: 2025-06-12
        location: Lyon
        ---
        -- content/conferences/conf/talks/english.md --
        ---
        title: What is Rust?
        speakers: [Ada Lovelace]
        topics: [Rust]
        order: 1
        summary: An introduction in 45 minutes.
        ---
        An English paragraph.
        -- content/conferences/conf/talks/arabic.md --
        ---
        title: ما هو Rust؟
        speakers: [أحمد منصور, Ada Lovelace]
        topics: [البرمجة]
        order: 2
        summary: مقدمة إلى لغة Rust في 45 دقيقة!
        ---
        An English paragraph.

        نص عربي هنا.

        ## عنوان فرعي

        - English item
        - פריט בעברית

        | Name | Note |
        |------|------|
        | Ada  | ملاحظة |

        * أولاً
        * ثانياً

        > ציטוט

        > An English quote.

        ```
        نص في الكود
        ```

        Inline `كود` only.
        -- content/conferences/conf/talks/hebrew.md --
        ---
        title: שלום C++ 2025!
        speakers: [דוד כהן, יעל לוי]
        order: 3
        ---
        """;

    [Test]
    public void OnAnEnglishSiteRightToLeftTitlesNamesAndParagraphsTakeTheirOwnDirection()
    {
        using var site = TestSite.Build(Sites.Config + Conference);

        site.AssertClean();
        site.AssertFile("conf/arabic/index.html", """
            <html lang="en">
            <h1 dir="auto">ما هو Rust؟</h1>
            <p class="byline">Talk by <a href="/speakers/hmd-mnswr/" dir="auto">أحمد منصور</a>, <a href="/speakers/ada-lovelace/">Ada Lovelace</a></p>
            <p>An English paragraph.</p>
            <p dir="auto">نص عربي هنا.</p>
            <h2 id="عنوان-فرعي" dir="auto"><a href="#%D8%B9%D9%86%D9%88%D8%A7%D9%86-%D9%81%D8%B1%D8%B9%D9%8A" class="heading-link">عنوان فرعي</a></h2>
            <li>English item</li>
            <li dir="auto">פריט בעברית</li>
            <td>Ada</td>
            <td dir="auto">ملاحظة</td>
            <ul dir="rtl">
            <li dir="auto">أولاً</li>
            <blockquote dir="rtl">
            <p dir="auto">ציטוט</p>
            <blockquote>
            <p>An English quote.</p>
            <pre><code>نص في الكود
            <p>Inline <code>كود</code> only.</p>
            <li><a href="/topics/lbrmjh/" dir="auto">البرمجة</a></li>
            <span class="pager-title">What is Rust?</span>
            <span class="pager-title"><bdi>שלום C++ 2025!</bdi></span>
            """);
        site.AssertFile("conf/index.html", """
            <h3 class="card-title" dir="auto"><a href="/conf/arabic/">ما هو Rust؟</a></h3>
            <p class="card-summary" dir="auto">مقدمة إلى لغة Rust في 45 دقيقة!</p>
            <span class="speakers"><a href="/speakers/dvd-khhn/" dir="auto">דוד כהן</a>, <a href="/speakers/y-l-lvy/" dir="auto">יעל לוי</a></span>
            <h3 class="card-title"><a href="/conf/english/">What is Rust?</a></h3>
            <p class="card-summary">An introduction in 45 minutes.</p>
            """);
        site.AssertFile("speakers/index.html", """<a href="/speakers/hmd-mnswr/" dir="auto">أحمد منصور</a>""");
    }

    [Test]
    public void AnEnglishSiteWithoutRightToLeftTextIsMarkedNowhere()
    {
        using var site = TestSite.Build(Sites.OneTalk);

        site.AssertClean();
        Assert.Multiple(() =>
        {
            foreach (var page in site.OutputFiles().Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
            {
                var html = site.ReadFile(page);
                Assert.That(html, Does.Not.Contain(" dir=").And.Not.Contain("<bdi>"), page);
            }
        });
    }

    [Test]
    public void OnAnArabicSiteThePageRunsRightToLeftAndEnglishTextTakesItsOwnDirection()
    {
        using var site = TestSite.Build(Sites.Config + "\nlanguage: ar" + Conference);

        site.AssertClean();
        site.AssertFile("conf/arabic/index.html", """
            <html lang="ar" dir="rtl">
            <h1 dir="auto">ما هو Rust؟</h1>
            <p class="byline">Talk by <a href="/speakers/hmd-mnswr/">أحمد منصور</a>, <a href="/speakers/ada-lovelace/" dir="auto">Ada Lovelace</a></p>
            <time datetime="2025-06-12" dir="auto">12 June 2025</time>
            <p dir="auto">An English paragraph.</p>
            <p>نص عربي هنا.</p>
            <li dir="auto">English item</li>
            <li>פריט בעברית</li>
            <ul>
            <li>أولاً</li>
            <blockquote dir="ltr">
            <p dir="auto">An English quote.</p>
            <p>ציטוט</p>
            <li><a href="/topics/lbrmjh/">البرمجة</a></li>
            <span class="pager-title"><bdi>What is Rust?</bdi></span>
            <span class="pager-title"><bdi>שלום C++ 2025!</bdi></span>
            """);
        site.AssertFile("conf/index.html", """
            <a href="/speakers/dvd-khhn/">דוד כהן</a>, <a href="/speakers/y-l-lvy/">יעל לוי</a>
            <h3 class="card-title" dir="auto"><a href="/conf/english/">What is Rust?</a></h3>
            """);
    }

    [TestCase("ar", "rtl")]
    [TestCase("ar-EG", "rtl")]
    [TestCase("he", "rtl")]
    [TestCase("fa-IR", "rtl")]
    [TestCase("ur", "rtl")]
    [TestCase("yi", "rtl")]
    [TestCase("ckb", "rtl")]
    [TestCase("en-GB", null)]
    [TestCase("ja", null)]
    [TestCase("tr", null)]
    public void ThePageDirectionFollowsTheSiteLanguage(string language, string? direction)
    {
        using var site = TestSite.Build(Sites.Config + $"\nlanguage: {language}\n");

        site.AssertClean();
        Assert.That(site.ReadFile("index.html"), Does.Contain(direction is null ? $"<html lang=\"{language}\">" : $"<html lang=\"{language}\" dir=\"{direction}\">"));
    }

    [Test]
    public void ChangingTheSiteLanguageRendersKeptBodiesAgain()
    {
        using var site = TestSite.Build(Sites.OneTalk);
        Assert.That(site.ReadFile("conf-2024/first/index.html"), Does.Contain("<p>The write-up.</p>"));

        site.Write("""
            -- content/site.yml --
            title: Recaps
            base_url: https://recaps.example.org/
            language: he
            """);
        site.Run();

        site.AssertClean();
        Assert.That(site.ReadFile("conf-2024/first/index.html"), Does.Contain("<p dir=\"auto\">The write-up.</p>"));
    }
}
