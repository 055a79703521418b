using Recap.Tests.Support;

namespace Recap.Tests.Themes;

public sealed class ThemeLookupTests
{
    [Test]
    public void SiteNeedsNoThemeFolder()
    {
        using var site = TestSite.Build(Sites.OneTalk);

        site.AssertClean();
        Assert.That(Directory.Exists(Path.Combine(site.Root, "themes")), Is.False);
        Assert.That(site.ReadFile("assets/style.css"), Is.Not.Empty);
    }

    [Test]
    public void SiteLayoutsWinOverTheThemeWhichWinsOverTheEmbeddedDefault()
    {
        using var site = TestSite.Build(Sites.OneTalk + """

            -- content/site.yml --
            title: Recaps
            theme: mine
            -- themes/mine/layouts/talk.html --
            <p>theme talk {{ talk.title }}</p>
            -- themes/mine/layouts/speaker.html --
            <p>theme speaker {{ speaker.name }}</p>
            -- themes/mine/assets/extra.css --
            p { color: red; }
            -- layouts/talk.html --
            <p>site talk {{ talk.title }}</p>
            """);

        site.AssertClean();
        site.AssertFile("conf-2024/first/index.html", """
            <p>site talk First talk</p>
            ! theme talk
            """);
        site.AssertFile("speakers/ada-lovelace/index.html", "<p>theme speaker Ada Lovelace</p>");
        site.AssertFile("conf-2024/index.html", "<h1>Conf 2024</h1>");
        Assert.That(site.Exists("assets/extra.css"), Is.True);
        Assert.That(site.Exists("assets/style.css"), Is.True);
    }

    [Test]
    public void SitePartialsOverrideTheThemes()
    {
        using var site = TestSite.Build(Sites.OneTalk + """

            -- partials/talk-card.html --
            <div class="my-card">{{ $1.title }}</div>
            """);

        site.AssertClean();
        site.AssertFile("speakers/ada-lovelace/index.html", "<div class=\"my-card\">First talk</div>");
    }

    [Test]
    public void UnknownThemeIsAnError()
    {
        using var site = TestSite.Build("""
            -- content/site.yml --
            title: Recaps
            theme: fancy
            """);

        Assert.That(site.Stderr, Does.StartWith("content/site.yml(2,1): error RC0405: theme 'fancy' not found (looked for themes/fancy/; leave 'theme' out to use the default theme)\n"));
    }
}
