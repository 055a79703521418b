namespace Recap.Reports;

/// <summary>What the recap of one conference still lacks.</summary>
internal sealed record ConferenceCompleteness
{
    /// <summary>The folder name under <c>content/conferences/</c>: <c>dotscale-2018</c>.</summary>
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>Its <c>index.md</c>, relative to the site root.</summary>
    public required string Path { get; init; }

    public required bool IsDraft { get; init; }

    /// <summary>Talks that took place: cancelled talks are not counted, as there is nothing to write up.</summary>
    public required int Talks { get; init; }

    /// <summary>Talks of <see cref="Talks"/> with notes of the author's.</summary>
    public required int WrittenUp { get; init; }

    /// <summary>Talks whose body is empty or still the description an import wrote, in programme order.</summary>
    public required IReadOnlyList<ReportItem> TalksWithoutNotes { get; init; }

    public required IReadOnlyList<ReportItem> TalksWithoutSlides { get; init; }

    /// <summary>Talks without <c>video:</c>.</summary>
    public required IReadOnlyList<ReportItem> TalksWithoutRecording { get; init; }

    /// <summary>Speakers of its talks with no speaker file, or one with an empty body; alphabetical.</summary>
    public required IReadOnlyList<ReportItem> SpeakersWithoutBio { get; init; }

    /// <summary>Speakers of its talks without <c>avatar:</c>; alphabetical.</summary>
    public required IReadOnlyList<ReportItem> SpeakersWithoutPhoto { get; init; }

    /// <summary>Topics of its talks that no other talk of the site has: a misspelling, or a topic to merge; alphabetical.</summary>
    public required IReadOnlyList<ReportItem> TopicsWithOneTalk { get; init; }

    /// <summary>Speakers without a bio, a photo or either, each counted once.</summary>
    public int SpeakersWithoutBioOrPhoto => SpeakersWithoutBio.Concat(SpeakersWithoutPhoto).Select(s => (s.Name, s.Path)).Distinct().Count();
}
