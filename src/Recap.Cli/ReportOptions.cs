namespace Recap.Cli;

/// <summary>The options of <c>recap report</c>, parsed; drafts and talks to come are always reported.</summary>
/// <param name="Json">With <c>--format json</c>: the report for scripts, not for people.</param>
/// <param name="Conference">With <c>--conference</c>: the folder or name of the one conference to report on.</param>
internal sealed record ReportOptions(SiteOptions Site, bool Json, string? Conference);
