namespace Recap.Tests.Incremental;

/// <summary>A site after an edit, what the edit did in words, and the files it moved (a rename keeps the file's time of last write).</summary>
internal sealed record EditResult(GeneratedSite Site, string Description, IReadOnlyList<(string From, string To)> Moves);
