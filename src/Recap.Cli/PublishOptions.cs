namespace Recap.Cli;

/// <summary>
/// The options of <c>recap publish</c>, parsed: where to publish, plus the build options that make
/// sense for a published site (no <c>--drafts</c>, <c>--future</c> or <c>--output</c>).
/// </summary>
internal sealed record PublishOptions(BuildOptions Build, string Remote, string Branch, string? Message)
{
    public const string DefaultRemote = "origin";
    public const string DefaultBranch = "gh-pages";
}
