using Recap.Tests.Support;

namespace Recap.Tests.Themes;

public sealed class FaviconTests
{
    [Test]
    public void EveryPageLinksTheThemesIconsUnderTheBasePath()
    {
        using var site = TestSite.Build(Sites.OneTalk, "--base-url", "https://user.github.io/recaps/");

        site.AssertClean();
        foreach (var page in new[] { "index.html", "conf-2024/first/index.html", "speakers/index.html", "404.html" })
        {
            site.AssertFile(page, """
                <link rel="icon" href="/recaps/favicon.png" type="image/png" sizes="32x32">
                <link rel="icon" href="/recaps/favicon.svg" type="image/svg+xml">
                ! favicon.ico
                """);
        }

        site.AssertOrder("index.html", "favicon.png", "favicon.svg");
        Assert.That(site.ReadFile("favicon.svg"), Does.StartWith("<svg "));
        Assert.That(File.ReadAllBytes(Path.Combine(site.Output, "favicon.png"))[1..4], Is.EqualTo("PNG"u8.ToArray()));
        Assert.That(File.ReadAllBytes(Path.Combine(site.Output, "favicon.ico"))[..4], Is.EqualTo(new byte[] { 0, 0, 1, 0 }));
    }

    [Test]
    public void AnIconInStaticReplacesTheThemesIcons()
    {
        using var site = TestSite.Build(Sites.OneTalk + """

            -- content/static/favicon.svg --
            <svg xmlns="http://www.w3.org/2000/svg" id="mine"/>
            """);

        site.AssertClean();
        Assert.That(site.ReadFile("favicon.svg"), Does.Contain("id=\"mine\""));
        Assert.That(site.Exists("favicon.png"), Is.False);
        Assert.That(site.Exists("favicon.ico"), Is.False);
        site.AssertFile("conf-2024/index.html", """
            <link rel="icon" href="/favicon.svg" type="image/svg+xml">
            ! favicon.png
            """);
    }

    [Test]
    public void ASitesOnlyFaviconIcoIsLinked()
    {
        using var site = TestSite.Build(Sites.OneTalk + """

            -- content/static/favicon.ico --
            not really an icon
            """, "--base-url", "https://user.github.io/recaps/");

        site.AssertClean();
        Assert.That(site.ReadFile("favicon.ico"), Does.Contain("not really an icon"));
        site.AssertFile("index.html", """
            <link rel="icon" href="/recaps/favicon.ico" type="image/x-icon">
            ! favicon.svg
            ! favicon.png
            """);
    }

    [Test]
    public void AThemesStaticFilesGoToTheSiteRootUnlessTheSiteHasThem()
    {
        using var site = TestSite.Build(Sites.OneTalk + """

            -- content/site.yml --
            title: Recaps
            theme: mine
            -- themes/mine/static/humans.txt --
            the theme's
            -- themes/mine/static/keybase.txt --
            the theme's
            -- content/static/keybase.txt --
            the site's
            """);

        site.AssertClean();
        Assert.That(site.ReadFile("humans.txt"), Is.EqualTo("the theme's\n"));
        Assert.That(site.ReadFile("keybase.txt"), Is.EqualTo("the site's\n"));
    }
}
