using Recap.Cli;
using Recap.Tests.Support;

namespace Recap.Tests.Checks;

/// <summary><c>recap check</c> on what <c>recap build</c> writes.</summary>
public sealed class CheckBuiltSiteTests
{
    [TestCase(null)]
    [TestCase("https://example.github.io/recaps/")]
    public void SampleSiteHasNoErrorAndNoWarning(string? baseUrl)
    {
        var site = SampleSite.Build(baseUrl);
        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exitCode = RecapCommand.Run(["check", "--source", Repository.Root, "--output", site.Output], stdout, stderr);

        Assert.That(stderr.ToString(), Is.Empty);
        Assert.That(exitCode, Is.Zero);
        Assert.That(stdout.ToString(), Does.StartWith("Checked 57 pages and ").And.EndWith(": 0 errors, 0 warnings.\ndotscale-2018: 11 of 11 talks written up; 11 without slides, 11 without a recording; 11 speakers without a bio or photo\n"));
    }

    [Test]
    public void BuiltSiteWithABrokenLinkAMissingAnchorAndAMissingImageFailsNamingEachPage()
    {
        using var site = TestSite.Build(Sites.OneTalk + """

            -- content/pages/about.md --
            ---
            title: About
            ---
            See [the talk](/conf-2024/first/#questions) and [the archive](/archive/).
            -- content/conferences/conf-2024/talks/second.md --
            ---
            title: Second talk
            ---
            ![The stage](/images/stage.jpg)
            """);
        Assert.That(site.ExitCode, Is.Zero, site.Stderr);

        site.Check();

        Assert.That(site.ExitCode, Is.EqualTo(1));
        var errors = site.Stderr.Split('\n').Where(l => l.Contains(": error RC", StringComparison.Ordinal)).ToList();
        Assert.That(errors, Has.Count.EqualTo(3), site.Stderr);
        Assert.That(errors, Has.Some.Match(@"^_site/about/index\.html\(\d+,\d+\): error RC0502: link '/conf-2024/first/#questions': _site/conf-2024/first/index\.html has no element with id 'questions'$"));
        Assert.That(errors, Has.Some.Match(@"^_site/about/index\.html\(\d+,\d+\): error RC0501: broken link '/archive/': _site/archive/index\.html does not exist$"));
        Assert.That(errors, Has.Some.Match(@"^_site/conf-2024/second/index\.html\(\d+,\d+\): error RC0503: missing image '/images/stage\.jpg': _site/images/stage\.jpg does not exist$"));
        Assert.That(site.Stdout, Does.Contain(": 3 errors, "));
    }

    [Test]
    public void SiteBuiltWithoutABaseUrlGetsOneErrorNotTwoPerPage()
    {
        using var site = TestSite.Build(Sites.OneTalk.Replace("base_url: https://recaps.example.org/\n", "description: Talks I saw.\n", StringComparison.Ordinal));
        site.AssertClean();

        site.Check();

        Assert.That(site.ExitCode, Is.EqualTo(1));
        Assert.That(site.Stderr, Is.EqualTo("""
            recap: error RC0509: the site has no base URL with a host, so its canonical and og:image URLs are not absolute and link previews cannot load them: set base_url in content/site.yml, or build and check with --base-url
            Found 1 error and 0 warnings.

            """));
        Assert.That(site.Stdout, Does.EndWith(": 1 error, 0 warnings.\nconf-2024: 1 of 1 talk written up; 1 without slides, 1 without a recording; 1 speaker without a bio or photo\n"));
    }
}
