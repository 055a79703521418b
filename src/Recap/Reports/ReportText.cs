using System.Globalization;
using System.Text;
using Recap.Text;

namespace Recap.Reports;

/// <summary>The completeness report as people read it: <c>recap report</c>, and the lines of <c>recap check</c>.</summary>
internal static class ReportText
{
    private const int NameColumn = 50;

    /// <summary>
    /// Per conference a heading with "N of M talks written up", then each list that is not empty,
    /// one item a line with its file:
    /// <code>
    /// dotScale 2018 (dotscale-2018): 10 of 11 talks written up
    ///   Talks without notes (1):
    ///     Istio: what a service mesh solves  content/conferences/dotscale-2018/talks/istio.md
    /// </code>
    /// </summary>
    public static string Format(CompletenessReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Conferences.Count == 0)
        {
            return "No conferences yet.\n";
        }

        var text = new StringBuilder();
        foreach (var conference in report.Conferences)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            var draft = conference.IsDraft ? ", draft" : string.Empty;
            text.Append(CultureInfo.InvariantCulture, $"{conference.Name} ({conference.Id}{draft}): {WrittenUp(conference)}\n");
            List(text, "Talks without notes", conference.TalksWithoutNotes);
            List(text, "Talks without slides", conference.TalksWithoutSlides);
            List(text, "Talks without a recording", conference.TalksWithoutRecording);
            List(text, "Speakers without a bio", conference.SpeakersWithoutBio);
            List(text, "Speakers without a photo", conference.SpeakersWithoutPhoto);
            List(text, "Topics with one talk", conference.TopicsWithOneTalk);
        }

        return text.ToString();
    }

    /// <summary>"dotscale-2018: 10 of 11 talks written up; 11 without slides, 2 without a recording; 3 speakers without a bio or photo".</summary>
    public static string Line(ConferenceCompleteness conference)
    {
        ArgumentNullException.ThrowIfNull(conference);
        var talks = new List<string>();
        if (conference.TalksWithoutSlides.Count > 0)
        {
            talks.Add(string.Create(CultureInfo.InvariantCulture, $"{conference.TalksWithoutSlides.Count} without slides"));
        }

        if (conference.TalksWithoutRecording.Count > 0)
        {
            talks.Add(string.Create(CultureInfo.InvariantCulture, $"{conference.TalksWithoutRecording.Count} without a recording"));
        }

        var line = new StringBuilder(conference.Id).Append(": ").Append(WrittenUp(conference));
        if (talks.Count > 0)
        {
            line.Append("; ").AppendJoin(", ", talks);
        }

        if (conference.SpeakersWithoutBioOrPhoto > 0)
        {
            line.Append("; ").Append(Plural.Count(conference.SpeakersWithoutBioOrPhoto, "speaker")).Append(" without a bio or photo");
        }

        return line.ToString();
    }

    /// <summary>"3 of 42 talks written up".</summary>
    public static string WrittenUp(int writtenUp, int talks) =>
        string.Create(CultureInfo.InvariantCulture, $"{writtenUp} of {Plural.Count(talks, "talk")} written up");

    private static string WrittenUp(ConferenceCompleteness conference) => WrittenUp(conference.WrittenUp, conference.Talks);

    private static void List(StringBuilder text, string heading, IReadOnlyList<ReportItem> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        text.Append(CultureInfo.InvariantCulture, $"  {heading} ({items.Count}):\n");
        var names = items.Select(i => i.IsDraft ? i.Name + " (draft)" : i.Name).ToList();

        // Files in a column, counted in a terminal's columns (a Japanese title takes two a letter); a
        // longer title is cut with '…', as its file names it whole.
        var width = Math.Min(names.Max(TerminalWidth.Of), NameColumn);
        for (var i = 0; i < items.Count; i++)
        {
            text.Append("    ").Append(TerminalWidth.Fit(names[i], width)).Append("  ").Append(items[i].Path ?? "(no file)").Append('\n');
        }
    }
}
