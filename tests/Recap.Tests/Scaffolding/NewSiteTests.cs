using System.Text.RegularExpressions;
using Recap.Cli;
using Recap.Scaffolding;
using Recap.Tests.Publishing;
using Recap.Tests.Support;

namespace Recap.Tests.Scaffolding;

/// <summary><c>recap new site DIR</c>: a site that builds as it is written.</summary>
public sealed class NewSiteTests
{
    private static readonly string[] Written =
    [
        ".github/workflows/pages.yml",
        ".gitignore",
        "README.md",
        "content/conferences/example-conf-2025/index.md",
        "content/conferences/example-conf-2025/talks/opening-keynote.md",
        "content/site.yml",
    ];

    private string _root = null!;

    [SetUp]
    public void CreateRoot()
    {
        _root = Path.Combine(Path.GetTempPath(), "recap-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_root);
    }

    [TearDown]
    public void DeleteRoot() => Directory.Delete(_root, recursive: true);

    [Test]
    public void NewSiteBuildsWithNoWarningsAndHasTheExampleTalkPage()
    {
        var folder = Path.Combine(_root, "my-recaps");
        Assert.That(Run("new", "site", folder).ExitCode, Is.Zero);

        var (exitCode, stdout, stderr) = Run("build", "--source", folder);

        Assert.That(exitCode, Is.Zero, stderr);
        Assert.That(stderr, Is.Empty);
        Assert.That(stdout, Does.StartWith("Built 11 pages (1 conference, 1 talk, 1 speaker, 2 topics)"));
        Assert.That(File.ReadAllText(Path.Combine(folder, "_site", "example-conf-2025", "opening-keynote", "index.html")), Does.Contain("The opening keynote"));
    }

    [Test]
    public void NewSitePrintsEveryPathItWrites()
    {
        var folder = Path.Combine(_root, "my-recaps");

        var (exitCode, stdout, stderr) = Run("new", "site", folder);

        Assert.That(exitCode, Is.Zero, stderr);
        Assert.That(stdout, Is.EqualTo(string.Concat(Written.Select(path => $"{folder}/{path}\n"))));
        Assert.That(Folder.Files(folder), Is.EquivalentTo(Written));
        Assert.That(stderr, Is.EqualTo($"Created a site in {folder}. Build it with 'recap build' in that folder; its README.md says how to preview and publish it.\n"));
    }

    [Test]
    public void NewSiteFillsAnEmptyFolder()
    {
        Assert.That(Run("new", "site", _root).ExitCode, Is.Zero);

        Assert.That(Folder.Files(_root), Is.EquivalentTo(Written));
    }

    [Test]
    public void NewSiteRefusesAFolderThatIsNotEmpty()
    {
        File.WriteAllText(Path.Combine(_root, "notes.txt"), "mine");

        var (exitCode, stdout, stderr) = Run("new", "site", _root);

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(stdout, Is.Empty);
        Assert.That(stderr, Does.StartWith($"recap new site: '{_root}' is not empty; choose a new or empty folder\n"));
        Assert.That(Folder.Files(_root), Is.EqualTo(new[] { "notes.txt" }));
    }

    [Test]
    public void NewSiteWorkflowIsTheRepositoryWorkflowForAnInstalledRecap()
    {
        Assert.That(Run("new", "site", _root).ExitCode, Is.Zero);

        var text = File.ReadAllText(Path.Combine(_root, ".github", "workflows", "pages.yml"));

        Assert.That(text, Is.EqualTo(PagesWorkflow.ForSite(RecapCommand.Version)));
        Assert.That(Workflow.Parse(text).Actions(), Does.Contain("actions/deploy-pages@v4"));
        Assert.That(text, Does.Contain($"dotnet tool install --global Recap.Cli --version {RecapCommand.Version}\n"));
    }

    [Test]
    public void NewSiteIgnoresTheBuiltSite()
    {
        Assert.That(Run("new", "site", _root).ExitCode, Is.Zero);

        Assert.That(File.ReadAllLines(Path.Combine(_root, ".gitignore")), Does.Contain("_site/"));
    }

    [Test]
    public void NewSiteNamesEveryLanguageTheDefaultThemeSpeaks()
    {
        Assert.That(Run("new", "site", _root).ExitCode, Is.Zero);
        var comment = string.Concat(File.ReadLines(Path.Combine(_root, "content", "site.yml")).Where(line => line.StartsWith('#')).Select(line => line[1..]));
        var shipped = Regex.Match(comment, "are in it: (.+?) ship with the theme").Groups[1].Value;
        var languages = Directory.GetFiles(Path.Combine(Repository.Root, "themes", "default", "i18n"), "*.yml").Select(Path.GetFileNameWithoutExtension);

        Assert.That(languages, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var language in languages)
            {
                Assert.That(shipped, Does.Match($@"(^| ){language}(,| |$)"), $"site.yml does not say {language} ships with the theme");
            }
        });
    }

    private static (int ExitCode, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = RecapCommand.Run(args, stdout, stderr);
        return (exitCode, stdout.ToString(), stderr.ToString());
    }
}
