using Recap.Tests.Support;

namespace Recap.Tests.Themes;

/// <summary>No template, however written, hangs a build, fills the disk, or has its page silently cut short.</summary>
public sealed class TemplateLimitTests
{
    [Test]
    public void AnEndlessLoopStopsAtTheLoopLimitWithALocatedError()
    {
        using var site = TestSite.Build(Sites.OneTalk + "\n-- layouts/talk.html --\n<p>{{ while true }}x{{ end }}</p>\n");

        Assert.That(site.ExitCode, Is.EqualTo(1));
        Assert.That(site.Stderr, Does.StartWith("""
            layouts/talk.html(1,7): error RC0202: loops ran more than 100000 times on one page, the most a site of this size allows (a loop that does not end?)
             > 1 | <p>{{ while true }}x{{ end }}</p>
                 |       ^
              while rendering content/conferences/conf-2024/talks/first.md

            """));
        Assert.That(site.OutputFiles(), Is.Empty);
    }

    [Test]
    public void NestedLoopsCountTogether()
    {
        using var site = TestSite.Build(Sites.OneTalk + "\n-- layouts/talk.html --\n{{ for a in 1..1000 }}{{ for b in 1..1000 }}x{{ end }}{{ end }}\n");

        Assert.That(site.Stderr, Does.StartWith("layouts/talk.html(1,26): error RC0202: loops ran more than 100000 times on one page"));
    }

    [Test]
    public void APartialThatIncludesItselfStopsAtTheRecursionLimit()
    {
        using var site = TestSite.Build(Sites.OneTalk + """

            -- layouts/talk.html --
            {{ include "again" }}
            -- partials/again.html --
            {{ include "again" }}
            """);

        Assert.That(site.Stderr, Does.StartWith("partials/again.html(1,4): error RC0202: includes and function calls are nested more than 100 deep (a partial or function that calls itself?)\n"));
    }

    /// <summary>Each call makes two more: no loop or depth limit sees it, the page's time does (three seconds).</summary>
    [Test]
    public void RecursionThatNeverEndsRunsOutOfTimeAndStopsEveryPage()
    {
        using var site = TestSite.Build(Sites.OneTalk + "\n-- layouts/base.html --\n{{ func grow(n) }}{{ if n > 0 }}{{ grow(n - 1) }}{{ grow(n - 1) }}{{ end }}{{ end }}{{ grow 60 }}\n");

        Assert.That(site.ExitCode, Is.EqualTo(1));
        var errors = site.ErrorLines();
        Assert.That(errors, Has.Count.EqualTo(1), "the first page out of time stops the others");
        Assert.That(errors[0], Does.StartWith("layouts/base.html(").And.EndWith("error RC0202: the templates took more than 3 seconds for one page (a loop or recursion that does not end?), so rendering stopped"));
    }

    [Test]
    public void AStringLongerThanAPageMayBeIsAnErrorAsSoonAsItIsMade()
    {
        using var site = TestSite.Build(Sites.OneTalk + "\n-- layouts/talk.html --\n{{ s = 'x' }}{{ for i in 1..40 }}{{ s = s + s }}{{ end }}\n");

        Assert.That(site.Stderr, Does.Match(@"^layouts/talk\.html\(1,41\): error RC0202: a string of [0-9]{8} characters is longer than a page may be\n"));
    }

    [Test]
    public void APageLargerThanTheLimitIsAnErrorNotAPageCutShort()
    {
        // One 1 MB string written forty times: the page passes 32 MB in milliseconds, far from the page's time limit on a busy machine.
        using var site = TestSite.Build(Sites.OneTalk + "\n-- layouts/talk.html --\n{{ s = 'x' * 1000000 }}{{ for i in 1..40 }}{{ s }}{{ end }}\n");

        Assert.That(site.Stderr, Does.StartWith("layouts/talk.html(1,42): error RC0202: the page is larger than 32 MB of text\n"));
    }

    /// <summary>Scriban cuts what a template renders at its string limit; a large page must come out whole.</summary>
    [Test]
    public void APageOfSeveralMegabytesIsWrittenWhole()
    {
        using var site = TestSite.Build(Sites.OneTalk + "\n-- layouts/talk.html --\n{{ for i in 1..60000 }}<p>paragraph {{ i }} of a page of several megabytes</p>\n{{ end }}<p>the end</p>\n");

        site.AssertClean();
        var page = site.ReadFile("conf-2024/first/index.html");
        Assert.That(page, Has.Length.GreaterThan(2_000_000));
        Assert.That(page, Does.Contain("<p>paragraph 60000 of a page of several megabytes</p>\n<p>the end</p>").And.EndWith("</html>\n"));
    }

    [Test]
    public void ARegularExpressionThatBacktracksForeverTimesOut()
    {
        using var site = TestSite.Build(Sites.OneTalk + "\n-- layouts/talk.html --\n{{ 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' | regex.match '^(a+)+$' }}\n");

        Assert.That(site.ExitCode, Is.EqualTo(1));
        Assert.That(site.Stderr, Does.StartWith("layouts/talk.html(1,").And.Contain("error RC0202: the Regex engine has timed out"));
    }
}
