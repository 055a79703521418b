namespace Recap.Cli;

/// <summary>
/// The options of <c>recap publish</c>, parsed: where to publish, plus the build options that make
/// sense for a published site (no <c>--drafts</c>, <c>--future</c> or <c>--output</c>).
/// </summary>
internal sealed record PublishOptions(BuildOptions Build, string Remote, string Branch, string? Message)
{
    public const string DefaultRemote = "origin";
    public const string DefaultBranch = "gh-pages";

    /// <returns>The options, or an error message for the user.</returns>
    public static (PublishOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        string remote = DefaultRemote, branch = DefaultBranch;
        string? message = null;
        var buildArgs = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            string? Value() => i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null;

            switch (args[i])
            {
                case "--remote":
                    if (Value() is not { Length: > 0 } r)
                    {
                        return (null, "--remote needs the name of a remote");
                    }

                    remote = r;
                    break;
                case "--branch":
                    if (Value() is not { Length: > 0 } b)
                    {
                        return (null, "--branch needs a branch name");
                    }

                    branch = b;
                    break;
                case "--message" or "-m":
                    if (Value() is not { Length: > 0 } m)
                    {
                        return (null, "--message needs a commit message");
                    }

                    message = m;
                    break;
                case "--drafts":
                    return (null, "--drafts cannot be published; preview drafts with 'recap build --drafts'");
                case "--future":
                    return (null, "--future cannot be published; preview future talks with 'recap build --future'");
                case "--output":
                    return (null, "--output is not an option of publish: the site is built in a temporary folder and committed to --branch");
                default:
                    buildArgs.Add(args[i]);
                    break;
            }
        }

        var (build, error) = BuildOptions.Parse(buildArgs);
        return build is null || error is not null ? (null, error) : (new PublishOptions(build, remote, branch, message), null);
    }
}
