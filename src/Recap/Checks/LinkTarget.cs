namespace Recap.Checks;

/// <summary>Where a URL of a page points: for an internal URL, the output file and the decoded fragment.</summary>
internal readonly record struct LinkTarget(LinkTargetKind Kind, string? Path = null, string? Fragment = null);
