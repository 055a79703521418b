namespace Recap.Model;

/// <summary>A file copied as-is: from <paramref name="SourcePath"/> (relative to the site root) to <paramref name="SitePath"/>.</summary>
public sealed record CopiedFile(string SourcePath, string SitePath);
