using Recap.Model;

namespace Recap.Reports;

/// <summary>
/// What each conference's recap still lacks (<c>recap report</c>, and a line per conference in
/// <c>recap check</c>): talks not written up, without slides or a recording, speakers without a
/// bio or a photo, and topics that only one talk has. Made from the resolved model, so it sees
/// what a build sees: load it with drafts and future talks to report on them too.
/// </summary>
internal sealed class CompletenessReport
{
    private CompletenessReport(IReadOnlyList<ConferenceCompleteness> conferences) => Conferences = conferences;

    /// <summary>In the site's order: newest first.</summary>
    public IReadOnlyList<ConferenceCompleteness> Conferences { get; }

    public static CompletenessReport Of(SiteModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return new CompletenessReport([.. model.Conferences.Select(c => Of(c, model))]);
    }

    /// <summary>This report with only the conference whose folder or name is <paramref name="conference"/>; null when none is.</summary>
    public CompletenessReport? Only(string conference)
    {
        ArgumentNullException.ThrowIfNull(conference);
        var found = Conferences.FirstOrDefault(c => c.Id == conference)
            ?? Conferences.FirstOrDefault(c => string.Equals(c.Name, conference, StringComparison.OrdinalIgnoreCase));
        return found is null ? null : new CompletenessReport([found]);
    }

    private static ConferenceCompleteness Of(Conference conference, SiteModel model)
    {
        var talks = conference.Talks.Where(t => !t.IsCancelled).ToList();
        var speakers = talks.SelectMany(t => t.Speakers).ToHashSet();
        var topics = talks.SelectMany(t => t.Topics).ToHashSet();
        return new ConferenceCompleteness
        {
            Id = conference.Folder,
            Name = conference.Name,
            Path = conference.SourcePath,
            IsDraft = conference.IsDraft,
            Talks = talks.Count,
            WrittenUp = talks.Count(t => t.HasNotes),
            TalksWithoutNotes = Talks(talks.Where(t => !t.HasNotes)),
            TalksWithoutSlides = Talks(talks.Where(t => t.Slides is null)),
            TalksWithoutRecording = Talks(talks.Where(t => t.Video is null)),
            SpeakersWithoutBio = Speakers(model.Speakers.Where(s => speakers.Contains(s) && !s.HasBio)),
            SpeakersWithoutPhoto = Speakers(model.Speakers.Where(s => speakers.Contains(s) && s.AvatarUrl is null)),
            TopicsWithOneTalk = [.. model.Topics.Where(t => topics.Contains(t) && t.Talks.Count == 1).Select(t => new ReportItem(t.Name, t.SourcePath))],
        };
    }

    private static List<ReportItem> Talks(IEnumerable<Talk> talks) => [.. talks.Select(t => new ReportItem(t.Title, t.SourcePath, t.IsDraft))];

    private static List<ReportItem> Speakers(IEnumerable<Speaker> speakers) => [.. speakers.Select(s => new ReportItem(s.Name, s.SourcePath))];
}
