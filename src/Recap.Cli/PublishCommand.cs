using System.CommandLine;
using Recap.Publishing;
using Recap.Sharing;

namespace Recap.Cli;

/// <summary>
/// <c>recap publish</c>: build the site into a temporary folder, commit it to a branch
/// (<c>gh-pages</c>) with git and push it. The working tree, the index and the current branch are
/// not touched; a failed build pushes nothing.
/// </summary>
internal static class PublishCommand
{
    public static Command Declare(TextWriter stdout, TextWriter stderr)
    {
        var source = CommonOptions.Source();
        var baseUrl = CommonOptions.BaseUrl("Publish under this URL instead of site.yml's base_url");
        var quiet = CommonOptions.Quiet();
        var verbose = CommonOptions.Verbose();
        var logFormat = CommonOptions.LogFormat();
        var branch = CommonOptions.Value("--branch", "BRANCH", "The branch to commit the site to", "--branch needs a branch name");
        branch.DefaultValueFactory = _ => PublishOptions.DefaultBranch;
        var remote = CommonOptions.Value("--remote", "REMOTE", "The remote to push the branch to", "--remote needs the name of a remote");
        remote.DefaultValueFactory = _ => PublishOptions.DefaultRemote;
        var message = CommonOptions.Value("--message", "MSG", "The commit message (default: Publish <title> from <commit>)", "--message needs a commit message");
        message.Aliases.Add("-m");
        var command = new Command("publish", "Build the site and push it to a branch (gh-pages) with git")
        {
            source, baseUrl, quiet, verbose, logFormat, branch, remote, message,

            // What a published site must not have, or cannot: said as such rather than as unknown options.
            CommonOptions.Refused(CommonOptions.Drafts(), "--drafts cannot be published; preview drafts with 'recap build --drafts'"),
            CommonOptions.Refused(CommonOptions.Future(), "--future cannot be published; preview future talks with 'recap build --future'"),
            CommonOptions.Refused(new Option<string?>("--output"), "--output is not an option of publish: the site is built in a temporary folder and committed to --branch"),
        };
        command.Validators.Add(CommonOptions.NotTogether(quiet, verbose));
        command.SetAction(result => Run(
            new PublishOptions(
                new BuildOptions(new SiteOptions { Source = result.GetValue(source)!, BaseUrl = result.GetValue(baseUrl) }, result.GetValue(quiet), result.GetValue(verbose), result.GetValue(logFormat) == "github"),
                result.GetValue(remote)!,
                result.GetValue(branch)!,
                result.GetValue(message)),
            stdout,
            stderr));
        return command;
    }

    public static int Run(PublishOptions options, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(stderr);
        if (BuildOptions.CheckFolders(options.Build.Site) is { } error)
        {
            return UsageError(error, stderr);
        }

        GitPublisher publisher;
        try
        {
            publisher = GitPublisher.Open(options.Build.Site.SourceDirectory, options.Remote, options.Branch);
        }
        catch (PublishException ex)
        {
            return UsageError(ex.Message, stderr);
        }

        // Outside the repository, so the working tree never sees it, and never _site, which the
        // author may be previewing with other options.
        var scratch = Path.Combine(Path.GetTempPath(), $"recap-publish-{Guid.NewGuid():N}");
        try
        {
            var build = options.Build with { Site = options.Build.Site with { Output = Path.Combine(scratch, "site"), CardCache = SocialCards.TemporaryCacheFolder("publish", options.Build.Site.SourceDirectory) } };
            var (site, result) = BuildCommand.BuildAndReport(build, stderr);
            if (!result.Succeeded)
            {
                stderr.WriteLine($"Build failed; nothing was published to {options.Branch}.");
                return RecapCommand.ContentErrors;
            }

            if (!options.Build.Quiet)
            {
                BuildCommand.WriteSummary(stdout, result, "a temporary folder");
            }

            var title = site.Model!.Config.Title;
            var message = options.Message ?? (publisher.HeadShortId() is { } head ? $"Publish {title} from {head}" : $"Publish {title}");
            var published = publisher.Publish(build.Site.OutputDirectory, message);
            foreach (var warning in published.Warnings)
            {
                stderr.WriteLine("recap publish: warning: " + warning);
            }

            if (!options.Build.Quiet)
            {
                stdout.WriteLine(published.Published
                    ? $"Published {published.Commit[..7]} to branch {options.Branch} of {options.Remote}."
                    : $"Nothing to publish: branch {options.Branch} of {options.Remote} already holds this site.");
            }

            return RecapCommand.Success;
        }
        catch (PublishException ex)
        {
            stderr.WriteLine("recap publish: " + ex.Message);
            return ex.IsSetup ? RecapCommand.UsageError : RecapCommand.ContentErrors;
        }
        finally
        {
            if (Directory.Exists(scratch))
            {
                Directory.Delete(scratch, recursive: true);
            }
        }
    }

    private static int UsageError(string message, TextWriter stderr)
    {
        stderr.WriteLine("recap publish: " + message);
        stderr.WriteLine("Run 'recap --help' for usage.");
        return RecapCommand.UsageError;
    }
}
