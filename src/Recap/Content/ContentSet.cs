namespace Recap.Content;

/// <summary>Everything read from <c>content/</c>, before references between files are resolved.</summary>
internal sealed record ContentSet(
    IReadOnlyList<ConferenceSource> Conferences,
    IReadOnlyList<SourceDocument<SpeakerFrontMatter>> Speakers,
    IReadOnlyList<SourceDocument<TopicFrontMatter>> Topics,
    IReadOnlyList<SourceDocument<PageFrontMatter>> Pages,
    IReadOnlyList<AssetFile> Assets);

/// <summary>A conference folder: its index.md (null when missing or broken) and its talks.</summary>
internal sealed record ConferenceSource(string Folder, SourceDocument<ConferenceFrontMatter>? Index, IReadOnlyList<SourceDocument<TalkFrontMatter>> Talks);

/// <summary>Which part of the site a copied file belongs to, and so where it lands.</summary>
internal enum AssetSection
{
    /// <summary>Beside a conference: lands under the conference's URL.</summary>
    Conference,
    Speakers,
    Topics,
    Pages,

    /// <summary><c>content/static/</c>: lands at the site root.</summary>
    Static,
}

/// <summary>A file copied as-is: <paramref name="Path"/> relative to the site root, <paramref name="RelativePath"/> within its section.</summary>
internal sealed record AssetFile(string Path, AssetSection Section, string? ConferenceFolder, string RelativePath);
