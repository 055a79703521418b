using System.Text.RegularExpressions;
using Recap.Cli;
using Recap.Tests.Support;

namespace Recap.Tests.Cli;

public sealed partial class BuildCommandTests
{
    [Test]
    public void BuildPrintsAOneLineSummaryOnStdout()
    {
        using var site = TestSite.Build(Sites.OneTalk);

        site.AssertClean();
        Assert.That(site.Stdout, Does.Match(SummaryPattern()));
        Assert.That(site.Stdout, Does.StartWith("Built 10 pages (1 conference, 1 talk, 1 speaker, 1 topic) and 4 feeds, drew 5 social cards (reused 0) and copied 16 files to "));
    }

    [Test]
    public void QuietPrintsNothingOnSuccess()
    {
        using var site = TestSite.Build(Sites.OneTalk, "--quiet");

        Assert.That(site.ExitCode, Is.Zero);
        Assert.That(site.Stdout + site.Stderr, Is.Empty);
    }

    [Test]
    public void VerbosePrintsTheTimeOfEachStep()
    {
        using var site = TestSite.Build(Sites.OneTalk, "--verbose");

        Assert.That(site.ExitCode, Is.Zero);
        foreach (var step in new[] { "LoadConfiguration", "LoadTheme", "LoadContent", "BuildModel", "  MatchNames", "PrepareViews", "Write", "  Pages", "  Feeds", "  Cards", "  Files", "Publish" })
        {
            Assert.That(site.Stderr, Does.Match($@"  {step} +\d+ ms\n"));
        }

        Assert.That(site.Stderr, Does.Match(@"\n  GC: allocated [\d,]+ MB, \d+ collections \(gen0 \d+, gen1 \d+, gen2 \d+\), paused \d+ ms\n  JIT: [\d,]+ methods compiled in \d+ ms\n"));
    }

    [Test]
    public void OutputOptionChoosesTheFolder()
    {
        using var site = TestSite.Create(Sites.OneTalk);
        var output = Path.Combine(site.Root, "public");

        site.Run("--output", output);

        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
        Assert.That(File.Exists(Path.Combine(output, "conf-2024", "first", "index.html")), Is.True);
    }

    [Test]
    public void GitHubLogFormatPrintsWorkflowCommands()
    {
        using var site = TestSite.Build(Sites.Config + """

            -- content/conferences/c/index.md --
            ---
            name: C
            strat: 2020
            ---
            """, "--log-format", "github");

        Assert.That(site.Stderr, Does.StartWith("::error file=content/conferences/c/index.md,line=3,col=1,title=RC0102::unknown key 'strat' (did you mean 'start'?)\n"));
    }

    [TestCase(new[] { "build", "--nope" }, "recap build: unknown option '--nope'")]
    [TestCase(new[] { "build", "--source" }, "recap build: --source needs a folder")]
    [TestCase(new[] { "build", "--log-format", "xml" }, "recap build: --log-format must be human or github")]
    [TestCase(new[] { "build", "--quiet", "--verbose" }, "recap build: --quiet and --verbose cannot be used together")]
    [TestCase(new[] { "build", "--source", "/does/not/exist" }, "recap build: source folder '/does/not/exist' does not exist")]
    [TestCase(new[] { "build", "--base-url", "recaps" }, "recap build: --base-url 'recaps' must be an absolute http or https URL, like https://user.github.io/recaps/")]
    [TestCase(new[] { "deploy" }, "recap: unknown command 'deploy'")]
    [TestCase(new[] { "new" }, "recap new: say what to create, as in 'recap new site my-recaps'")]
    [TestCase(new[] { "new", "site" }, "recap new site: give the folder to create, as in 'recap new site my-recaps'")]
    [TestCase(new[] { "new", "widget", "x" }, "recap new: cannot create 'widget'; choose site, conference, talk or speaker")]
    [TestCase(new[] { "new", "conference" }, "recap new conference: give the conference's name, as in 'recap new conference \"dotScale 2019\"'")]
    [TestCase(new[] { "new", "conference", "dotScale", "2019" }, "recap new conference: unexpected '2019'; quote a name that has spaces, as in 'recap new conference \"dotScale 2019\"'")]
    [TestCase(new[] { "new", "talk", "x" }, "recap new talk: give the conference and the talk's title, as in 'recap new talk dotscale-2019 \"Data pipelines with Kafka\"'")]
    [TestCase(new[] { "new", "talk", "c", "t", "--format", "lighting" }, "recap new talk: unknown format 'lighting'; use keynote, talk, lightning, workshop or panel")]
    [TestCase(new[] { "new", "talk", "c", "t", "--format" }, "recap new talk: --format needs a format: keynote, talk, lightning, workshop or panel")]
    [TestCase(new[] { "new", "talk", "c", "t", "--speaker" }, "recap new talk: --speaker needs a name, as in --speaker \"Ada Lovelace\"")]
    [TestCase(new[] { "new", "speaker", "Ada", "--format", "talk" }, "recap new speaker: unknown option '--format'")]
    [TestCase(new[] { "new", "speaker", "Ada", "--source" }, "recap new speaker: --source needs a folder")]
    [TestCase(new[] { "publish", "--drafts" }, "recap publish: --drafts cannot be published; preview drafts with 'recap build --drafts'")]
    [TestCase(new[] { "publish", "--future" }, "recap publish: --future cannot be published; preview future talks with 'recap build --future'")]
    [TestCase(new[] { "publish", "--output", "out" }, "recap publish: --output is not an option of publish: the site is built in a temporary folder and committed to --branch")]
    [TestCase(new[] { "publish", "--branch" }, "recap publish: --branch needs a branch name")]
    [TestCase(new[] { "publish", "--nope" }, "recap publish: unknown option '--nope'")]
    [TestCase(new[] { "serve", "--port", "http" }, "recap serve: --port needs a number from 0 to 65535 (0 picks a free port)")]
    [TestCase(new[] { "serve", "--port", "70000" }, "recap serve: --port needs a number from 0 to 65535 (0 picks a free port)")]
    [TestCase(new[] { "serve", "--output", "out" }, "recap serve: unknown option '--output'")]
    [TestCase(new[] { "serve", "--port=http" }, "recap serve: --port needs a number from 0 to 65535 (0 picks a free port)")]
    [TestCase(new[] { "new", "site", "--x" }, "recap new site: unknown option '--x'")]
    [TestCase(new[] { "import", "frab-json", "a.json", "b.json" }, "recap import: unexpected argument 'b.json'; give a format and a file")]
    [TestCase(new[] { "--version", "build" }, "recap: --version cannot be combined with other arguments")]
    [TestCase(new[] { "check", "--nope" }, "recap check: unknown option '--nope'")]
    [TestCase(new[] { "check", "--drafts" }, "recap check: unknown option '--drafts'")]
    [TestCase(new[] { "check", "--output" }, "recap check: --output needs a folder")]
    [TestCase(new[] { "check", "--log-format", "xml" }, "recap check: --log-format must be human or github")]
    [TestCase(new[] { "check", "--base-url", "recaps" }, "recap check: --base-url 'recaps' must be an absolute http or https URL, like https://user.github.io/recaps/")]
    [TestCase(new[] { "check", "--output", "/does/not/exist" }, "recap check: output folder '/does/not/exist' does not exist (run 'recap build' first)")]
    public void UsageErrorsExitWithTwo(string[] args, string message)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exitCode = RecapCommand.Run(args, stdout, stderr);

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(stderr.ToString(), Does.StartWith(message + "\n"));
    }

    [Test]
    public void OutputThatHoldsTheSourcesIsRefused()
    {
        using var site = TestSite.Create(Sites.OneTalk);

        site.Run("--output", site.Root);

        Assert.That(site.ExitCode, Is.EqualTo(2));
        Assert.That(site.Stderr, Does.StartWith($"recap build: output folder '{site.Root}' holds the source folder"));
        Assert.That(File.Exists(Path.Combine(site.Root, "content", "site.yml")), Is.True);
    }

    [Test]
    public void OutputInsideContentIsRefused()
    {
        using var site = TestSite.Create(Sites.OneTalk);

        site.Run("--output", Path.Combine(site.Root, "content", "out"));

        Assert.That(site.ExitCode, Is.EqualTo(2));
        Assert.That(site.Stderr, Does.Contain("is inside the content folder"));
    }

    [Test]
    public void HelpListsTheOptions()
    {
        using var stdout = new StringWriter();

        var exitCode = RecapCommand.Run(["build", "--help"], stdout, TextWriter.Null);

        Assert.That(exitCode, Is.Zero);
        Assert.That(stdout.ToString(), Does.Contain("--base-url <URL>").And.Contain("--drafts").And.Contain("--future").And.Contain("--log-format <FORMAT>"));
    }

    [Test]
    public void MissingContentFolderIsAnError()
    {
        using var site = TestSite.Build("""
            -- README.md --
            Not a site.
            """);

        Assert.That(site.ExitCode, Is.EqualTo(1));
        Assert.That(site.Stderr, Does.StartWith($"recap: error RC0404: no content folder in '{site.Root}' (run recap in the folder that holds content/, or pass --source)\n"));
    }

    [GeneratedRegex(@"^Built \d+ pages \(\d+ conferences?, \d+ talks?, \d+ speakers?, \d+ topics?\) and \d+ feeds?, drew \d+ social cards? \(reused \d+\) and copied \d+ files? to .+ in \d+ ms\.\n$")]
    private static partial Regex SummaryPattern();
}
