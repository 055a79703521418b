namespace Recap.Publishing;

/// <summary>
/// Commits a built site to a branch (<c>gh-pages</c>) and pushes it, with git plumbing and an index
/// of its own: the working tree, the index, HEAD and the checked-out branch of the repository stay
/// exactly as they were, so publishing never gets in the way of work in progress.
/// </summary>
internal sealed class GitPublisher
{
    /// <summary>The identity of publish commits in a repository that has none configured (a CI runner).</summary>
    public const string FallbackName = "Recap";

    public const string FallbackEmail = "recap@localhost";

    private readonly Git _git;
    private readonly string _gitDirectory;

    private GitPublisher(Git git, string gitDirectory, string remote, string branch)
    {
        _git = git;
        _gitDirectory = gitDirectory;
        Remote = remote;
        Branch = branch;
    }

    public string Remote { get; }

    public string Branch { get; }

    private string BranchRef => "refs/heads/" + Branch;

    private string TrackingRef => $"refs/remotes/{Remote}/{Branch}";

    /// <summary>
    /// Checks that publishing can work from <paramref name="folder"/>: git runs, the folder is in a
    /// repository, the branch name is valid and not the one checked out, the remote exists.
    /// </summary>
    /// <exception cref="PublishException">With <see cref="PublishException.IsSetup"/>, saying what is missing.</exception>
    public static GitPublisher Open(string folder, string remote, string branch, string gitExecutable = "git")
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(remote);
        ArgumentNullException.ThrowIfNull(branch);
        var git = new Git(folder, gitExecutable);
        var gitDirectory = git.Run("rev-parse", "--absolute-git-dir");
        if (!gitDirectory.Succeeded)
        {
            throw Setup($"'{folder}' is not in a git repository (publishing commits the site to a branch of the repository that holds it)");
        }

        if (branch.StartsWith('-') || !git.Run("check-ref-format", "refs/heads/" + branch).Succeeded)
        {
            throw Setup($"'{branch}' is not a valid branch name");
        }

        if (remote.StartsWith('-') || !git.Run("remote", "get-url", remote).Succeeded)
        {
            throw Setup($"the repository has no remote named '{remote}' (add one with 'git remote add {remote} URL', or choose another with --remote)");
        }

        if (git.Run("symbolic-ref", "--quiet", "HEAD").Text == "refs/heads/" + branch)
        {
            throw Setup($"'{branch}' is the branch checked out here; publish from the branch that holds the site's sources");
        }

        return new GitPublisher(git, gitDirectory.Text, remote, branch);
    }

    /// <summary>The abbreviated commit id of HEAD, or null in a repository with no commit yet.</summary>
    public string? HeadShortId()
    {
        var head = _git.Run("rev-parse", "--short", "--verify", "--quiet", "HEAD");
        return head.Succeeded ? head.Text : null;
    }

    /// <summary>
    /// Commits the files of <paramref name="siteFolder"/> on top of the remote branch and pushes the
    /// commit, then moves the local branch to it when that loses nothing. When the remote branch
    /// already holds this exact tree, nothing is committed.
    /// </summary>
    /// <exception cref="PublishException">When a git command fails (an unreachable remote, a rejected push).</exception>
    public PublishResult Publish(string siteFolder, string message)
    {
        ArgumentNullException.ThrowIfNull(siteFolder);
        ArgumentNullException.ThrowIfNull(message);
        var parent = FetchBranch();
        var tree = WriteTree(Path.GetFullPath(siteFolder));
        var warnings = new List<string>();
        if (parent is not null && Git.Checked(_git.Run("rev-parse", parent + "^{tree}")) == tree)
        {
            UpdateLocalBranch(parent, warnings);
            return new PublishResult(parent, Published: false, warnings);
        }

        var commit = CommitTree(tree, parent, message);
        Git.Checked(_git.Run("push", "--quiet", Remote, $"{commit}:{BranchRef}"));
        UpdateLocalBranch(commit, warnings);
        return new PublishResult(commit, Published: true, warnings);
    }

    /// <summary>Fetches the remote branch; returns its commit, or null when the remote has no such branch yet.</summary>
    private string? FetchBranch()
    {
        // ls-remote tells "no such branch" (empty output) from "cannot reach the remote" (a failure);
        // fetch fails the same way for both.
        var heads = Git.Checked(_git.Run("ls-remote", "--heads", Remote, BranchRef));
        if (!heads.Split('\n').Any(line => line.EndsWith("\t" + BranchRef, StringComparison.Ordinal)))
        {
            return null;
        }

        Git.Checked(_git.Run("fetch", "--quiet", "--no-tags", Remote, $"+{BranchRef}:{TrackingRef}"));
        return Git.Checked(_git.Run("rev-parse", "--verify", TrackingRef + "^{commit}"));
    }

    /// <summary>Records every file of the site as a tree, through a temporary index.</summary>
    private string WriteTree(string siteFolder)
    {
        var index = Path.Combine(Path.GetTempPath(), $"recap-publish-index-{Guid.NewGuid():N}");
        var environment = new Dictionary<string, string> { ["GIT_INDEX_FILE"] = index };
        try
        {
            // --force: the author's ignore rules (core.excludesFile, info/exclude) are about sources,
            // not about a built site; every file built is published. autocrlf off: bytes as built.
            Git.Checked(_git.Run(
                ["--git-dir=" + _gitDirectory, "--work-tree=" + siteFolder, "-c", "core.autocrlf=false", "add", "--all", "--force", "."],
                environment,
                siteFolder));
            return Git.Checked(_git.Run(["--git-dir=" + _gitDirectory, "write-tree"], environment));
        }
        finally
        {
            File.Delete(index);
            File.Delete(index + ".lock");
        }
    }

    private string CommitTree(string tree, string? parent, string message)
    {
        var arguments = new List<string>();

        // A repository with no identity (a CI runner) still publishes, under Recap's name; an
        // identity from the configuration or GIT_AUTHOR_*/GIT_COMMITTER_* always wins.
        if (!_git.Run("config", "user.name").Succeeded)
        {
            arguments.AddRange(["-c", "user.name=" + FallbackName]);
        }

        if (!_git.Run("config", "user.email").Succeeded)
        {
            arguments.AddRange(["-c", "user.email=" + FallbackEmail]);
        }

        arguments.AddRange(["commit-tree", tree]);
        if (parent is not null)
        {
            arguments.AddRange(["-p", parent]);
        }

        arguments.AddRange(["-m", message]);
        return Git.Checked(_git.Run(arguments));
    }

    /// <summary>
    /// Moves the local branch to what was published, so <c>git log gh-pages</c> shows it; a local
    /// branch with commits of its own is left alone rather than losing them.
    /// </summary>
    private void UpdateLocalBranch(string commit, List<string> warnings)
    {
        var local = _git.Run("rev-parse", "--verify", "--quiet", BranchRef);
        if (!local.Succeeded)
        {
            Git.Checked(_git.Run("update-ref", "-m", "recap publish", BranchRef, commit, string.Empty));
        }
        else if (local.Text != commit)
        {
            if (_git.Run("merge-base", "--is-ancestor", local.Text, commit).Succeeded)
            {
                Git.Checked(_git.Run("update-ref", "-m", "recap publish", BranchRef, commit, local.Text));
            }
            else
            {
                warnings.Add($"the local branch '{Branch}' has commits that are not on {Remote}; it was left as it was");
            }
        }
    }

    private static PublishException Setup(string message) => new(message) { IsSetup = true };
}
