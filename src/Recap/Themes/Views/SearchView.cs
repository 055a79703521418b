namespace Recap.Themes.Views;

/// <summary>What the search page's script needs to find the index: where it is, how it is cut, and which build made it.</summary>
public sealed record SearchView
{
    /// <summary>The folder of the index's files, under the base path: <c>/search/index/</c>.</summary>
    public required string IndexUrl { get; init; }

    /// <summary>How many files of words: a word is in the one its first three letters hash to.</summary>
    public required int Shards { get; init; }

    /// <summary>Documents per file of documents.</summary>
    public required int ChunkSize { get; init; }

    /// <summary>The index's fingerprint: fetched with it, files of two builds never mix.</summary>
    public required string Version { get; init; }
}
