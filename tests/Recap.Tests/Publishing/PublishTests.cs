using Recap.Cli;
using Recap.Publishing;
using Recap.Tests.Support;

namespace Recap.Tests.Publishing;

/// <summary>
/// <c>recap publish</c> with a real git: a source repository whose <c>origin</c> is a bare
/// repository in a temporary folder, and the site committed to its <c>gh-pages</c>.
/// </summary>
public sealed class PublishTests
{
    private const string TalkPage = "conf-2024/first/index.html";

    // The user's own git configuration (identity, signing, hooks, default branch) must not change
    // what the tests see; these are restored after the fixture.
    private static readonly Dictionary<string, string?> Environment = new()
    {
        ["GIT_CONFIG_GLOBAL"] = "/dev/null",
        ["GIT_CONFIG_NOSYSTEM"] = "1",
        ["GIT_AUTHOR_NAME"] = null,
        ["GIT_AUTHOR_EMAIL"] = null,
        ["GIT_COMMITTER_NAME"] = null,
        ["GIT_COMMITTER_EMAIL"] = null,
    };

    private readonly Dictionary<string, string?> _saved = [];
    private TestSite _site = null!;
    private string _remote = null!;

    [OneTimeSetUp]
    public void IsolateGit()
    {
        try
        {
            new Git(Path.GetTempPath()).Run("--version");
        }
        catch (PublishException ex)
        {
            Assert.Ignore(ex.Message);
        }

        foreach (var (name, value) in Environment)
        {
            _saved[name] = System.Environment.GetEnvironmentVariable(name);
            System.Environment.SetEnvironmentVariable(name, value);
        }
    }

    [OneTimeTearDown]
    public void RestoreGit()
    {
        foreach (var (name, value) in _saved)
        {
            System.Environment.SetEnvironmentVariable(name, value);
        }
    }

    [SetUp]
    public void CreateRepositories()
    {
        _site = TestSite.Create(Sites.OneTalk);
        _remote = _site.Root + ".remote.git";
        Git(Path.GetTempPath(), "-c", "init.defaultBranch=main", "init", "--quiet", "--bare", _remote);
        Git(_site.Root, "-c", "init.defaultBranch=main", "init", "--quiet");
        Git(_site.Root, "config", "user.name", "Ada Author");
        Git(_site.Root, "config", "user.email", "ada@example.org");
        Commit("Sources");
        Git(_site.Root, "remote", "add", "origin", _remote);
    }

    [TearDown]
    public void DeleteRepositories()
    {
        _site.Dispose();
        Directory.Delete(_remote, recursive: true);
    }

    [Test]
    public void PublishCommitsTheSiteToTheBranchAndPushesIt()
    {
        var head = Git(_site.Root, "rev-parse", "HEAD");

        var (exitCode, stdout, stderr) = Publish();

        Assert.That(exitCode, Is.Zero, stderr);
        var published = Git(_remote, "rev-parse", "gh-pages");
        Assert.Multiple(() =>
        {
            Assert.That(stdout, Does.EndWith($"Published {published[..7]} to branch gh-pages of origin.\n"));
            Assert.That(Git(_remote, "ls-tree", "-r", "--name-only", "gh-pages").Split('\n'), Does.Contain("index.html").And.Contain(TalkPage).And.Contain("404.html"));
            Assert.That(Git(_remote, "log", "-1", "--format=%s|%an <%ae>|parents: %P", "gh-pages"), Is.EqualTo($"Publish Recaps from {head[..7]}|Ada Author <ada@example.org>|parents: \n"));
            Assert.That(Git(_site.Root, "rev-parse", "refs/heads/gh-pages"), Is.EqualTo(published), "the local branch follows");
        });
    }

    [Test]
    public void PublishLeavesHeadTheIndexAndTheWorkingTreeAsTheyWere()
    {
        _site.Write("""
            -- content/conferences/conf-2024/talks/first.md --
            ---
            title: First talk, edited
            ---
            -- notes.txt --
            Not committed.
            -- _site/preview.html --
            A preview built with --drafts.
            """);
        Git(_site.Root, "add", "notes.txt");
        var before = State();

        var (exitCode, _, stderr) = Publish();

        Assert.That(exitCode, Is.Zero, stderr);
        Assert.That(State(), Is.EqualTo(before));
        Assert.That(Folder.Files(_site.Output), Is.EqualTo(new[] { "preview.html" }), "_site is not where publish builds");
        Assert.That(Git(_remote, "show", "gh-pages:" + TalkPage), Does.Contain("First talk, edited"), "what is published is the working tree");
    }

    [Test]
    public void PublishingTheSameSiteAgainCommitsNothing()
    {
        Assert.That(Publish().ExitCode, Is.Zero);
        var first = Git(_remote, "rev-parse", "gh-pages");

        var (exitCode, stdout, stderr) = Publish();

        Assert.That(exitCode, Is.Zero, stderr);
        Assert.That(stdout, Does.EndWith("Nothing to publish: branch gh-pages of origin already holds this site.\n"));
        Assert.That(stdout, Does.Contain("drew 0 social cards"), "the cards of the first publish are reused");
        Assert.That(Git(_remote, "rev-parse", "gh-pages"), Is.EqualTo(first));
    }

    [Test]
    public void ChangedContentIsPublishedOnTopOfThePreviousCommit()
    {
        Assert.That(Publish().ExitCode, Is.Zero);
        var first = Git(_remote, "rev-parse", "gh-pages");
        _site.Write("""
            -- content/conferences/conf-2024/talks/second.md --
            ---
            title: Second talk
            ---
            """);
        Commit("A second talk");

        var (exitCode, _, stderr) = Publish("--message", "Add the second talk");

        Assert.That(exitCode, Is.Zero, stderr);
        Assert.That(Git(_remote, "log", "--format=%s", "gh-pages"), Is.EqualTo($"Add the second talk\nPublish Recaps from {Git(_site.Root, "rev-parse", "--short", "HEAD~1").Trim()}\n"));
        Assert.That(Git(_remote, "rev-parse", "gh-pages~1"), Is.EqualTo(first));
        Assert.That(Git(_remote, "ls-tree", "-r", "--name-only", "gh-pages"), Does.Contain("conf-2024/second/index.html"));
    }

    [Test]
    public void SiteWithErrorsPublishesNothing()
    {
        Assert.That(Publish().ExitCode, Is.Zero);
        var first = Git(_remote, "rev-parse", "gh-pages");
        _site.Write("""
            -- content/conferences/conf-2024/talks/first.md --
            ---
            title: First talk
            speakrs: [Ada Lovelace]
            ---
            """);

        var (exitCode, stdout, stderr) = Publish();

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(stdout, Is.Empty);
        Assert.That(stderr, Does.StartWith("content/conferences/conf-2024/talks/first.md(3,1): error RC0102: unknown key 'speakrs' (did you mean 'speakers'?)\n"));
        Assert.That(stderr, Does.EndWith("Build failed; nothing was published to gh-pages.\n"));
        Assert.That(Git(_remote, "rev-parse", "gh-pages"), Is.EqualTo(first));
    }

    [Test]
    public void SiteWithErrorsCreatesNoBranch()
    {
        _site.Write("""
            -- content/site.yml --
            titel: Recaps
            """);

        Assert.That(Publish().ExitCode, Is.EqualTo(1));
        Assert.That(new Git(_remote).Run("rev-parse", "--verify", "--quiet", "refs/heads/gh-pages").Succeeded, Is.False);
    }

    [Test]
    public void RepositoryWithoutAnIdentityPublishesAsRecap()
    {
        Git(_site.Root, "config", "--unset", "user.name");
        Git(_site.Root, "config", "--unset", "user.email");

        var (exitCode, _, stderr) = Publish();

        Assert.That(exitCode, Is.Zero, stderr);
        Assert.That(Git(_remote, "log", "-1", "--format=%an <%ae>|%cn <%ce>", "gh-pages"), Is.EqualTo("Recap <recap@localhost>|Recap <recap@localhost>\n"));
    }

    [Test]
    public void LocalBranchWithCommitsOfItsOwnIsLeftAlone()
    {
        var tree = Git(_site.Root, "rev-parse", "HEAD^{tree}").Trim();
        var own = Git(_site.Root, "commit-tree", tree, "-m", "Made by hand").Trim();
        Git(_site.Root, "update-ref", "refs/heads/gh-pages", own);

        var (exitCode, _, stderr) = Publish();

        Assert.That(exitCode, Is.Zero, stderr);
        Assert.That(stderr, Is.EqualTo("recap publish: warning: the local branch 'gh-pages' has commits that are not on origin; it was left as it was\n"));
        Assert.That(Git(_site.Root, "rev-parse", "refs/heads/gh-pages").Trim(), Is.EqualTo(own));
        Assert.That(Git(_remote, "ls-tree", "--name-only", "gh-pages"), Does.Contain("index.html"));
    }

    [Test]
    public void FolderOutsideARepositoryIsAUsageError()
    {
        Directory.Delete(Path.Combine(_site.Root, ".git"), recursive: true);
        System.Environment.SetEnvironmentVariable("GIT_CEILING_DIRECTORIES", Path.GetDirectoryName(_site.Root));
        try
        {
            var (exitCode, _, stderr) = Publish();

            Assert.That(exitCode, Is.EqualTo(2));
            Assert.That(stderr, Does.StartWith($"recap publish: '{_site.Root}' is not in a git repository (publishing commits the site to a branch of the repository that holds it)\n"));
        }
        finally
        {
            System.Environment.SetEnvironmentVariable("GIT_CEILING_DIRECTORIES", null);
        }
    }

    [Test]
    public void UnknownRemoteIsAUsageError()
    {
        var (exitCode, _, stderr) = Publish("--remote", "upstream");

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(stderr, Does.StartWith("recap publish: the repository has no remote named 'upstream' (add one with 'git remote add upstream URL', or choose another with --remote)\n"));
    }

    [Test]
    public void PublishingToTheCheckedOutBranchIsAUsageError()
    {
        var (exitCode, _, stderr) = Publish("--branch", "main");

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(stderr, Does.StartWith("recap publish: 'main' is the branch checked out here; publish from the branch that holds the site's sources\n"));
    }

    [Test]
    public void InvalidBranchNameIsAUsageError()
    {
        var (exitCode, _, stderr) = Publish("--branch", "gh..pages");

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(stderr, Does.StartWith("recap publish: 'gh..pages' is not a valid branch name\n"));
    }

    [Test]
    public void UnreachableRemoteFailsWithGitsMessage()
    {
        Git(_site.Root, "remote", "set-url", "origin", _remote + ".missing");

        var (exitCode, _, stderr) = Publish();

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(stderr, Does.StartWith("recap publish: 'git ls-remote --heads origin refs/heads/gh-pages' failed:\n"));
    }

    [Test]
    public void MissingGitIsASetupError()
    {
        var error = Assert.Throws<PublishException>(() => GitPublisher.Open(_site.Root, "origin", "gh-pages", Path.Combine(_site.Root, "no-git")))!;

        Assert.That(error.IsSetup, Is.True);
        Assert.That(error.Message, Does.StartWith("git was not found ("));
    }

    private (int ExitCode, string Stdout, string Stderr) Publish(params string[] arguments)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = RecapCommand.Run(["publish", "--source", _site.Root, .. arguments], stdout, stderr);
        return (exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>HEAD, the branch checked out, the index and the working tree, as git sees them.</summary>
    private string State() =>
        string.Join(
            "\n---\n",
            Git(_site.Root, "rev-parse", "HEAD"),
            Git(_site.Root, "symbolic-ref", "HEAD"),
            Git(_site.Root, "ls-files", "--stage"),
            Git(_site.Root, "status", "--porcelain", "--untracked-files=all"),
            Git(_site.Root, "diff"));

    private void Commit(string message)
    {
        Git(_site.Root, "add", "--all");
        Git(_site.Root, "commit", "--quiet", "-m", message);
    }

    /// <summary>Runs git and returns its output, with its final line break.</summary>
    private static string Git(string folder, params string[] arguments)
    {
        var result = new Git(folder).Run(arguments);
        Assert.That(result.ExitCode, Is.Zero, $"{result.Command} failed: {result.Stderr}");
        return result.Stdout;
    }
}
