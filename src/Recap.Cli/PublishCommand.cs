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
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var (options, error) = PublishOptions.Parse(args);
        if (options is null || error is not null)
        {
            return UsageError(error!, stderr);
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
                stdout.WriteLine(BuildCommand.Summary(result, "a temporary folder"));
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
