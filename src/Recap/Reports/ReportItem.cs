namespace Recap.Reports;

/// <summary>A talk, speaker or topic a recap lacks something for, named as the author knows it.</summary>
/// <param name="Name">The talk's title, or the speaker's or topic's name.</param>
/// <param name="Path">The file that defines it, relative to the site root; null for a speaker or topic that only talks name.</param>
/// <param name="IsDraft">A talk marked <c>draft: true</c>, or of a draft conference.</param>
internal sealed record ReportItem(string Name, string? Path, bool IsDraft = false);
