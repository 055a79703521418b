using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Recap.Reports;

/// <summary>
/// The completeness report for scripts (<c>recap report --format json</c>). Its shape is a
/// contract, documented in the README with its <c>version</c>: keys are only ever added; a change
/// that removes or renames one raises the version. Every list is present, empty or not.
/// </summary>
internal static class ReportJson
{
    public const int Version = 1;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",

        // Names in any script are written as they are: the text is for scripts, not for a page.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Format(CompletenessReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("version", Version);
            json.WriteStartArray("conferences");
            foreach (var conference in report.Conferences)
            {
                json.WriteStartObject();
                json.WriteString("id", conference.Id);
                json.WriteString("name", conference.Name);
                json.WriteString("path", conference.Path);
                json.WriteBoolean("draft", conference.IsDraft);
                json.WriteNumber("talks", conference.Talks);
                json.WriteNumber("written_up", conference.WrittenUp);
                Talks(json, "talks_without_notes", conference.TalksWithoutNotes);
                Talks(json, "talks_without_slides", conference.TalksWithoutSlides);
                Talks(json, "talks_without_recording", conference.TalksWithoutRecording);
                Named(json, "speakers_without_bio", conference.SpeakersWithoutBio);
                Named(json, "speakers_without_photo", conference.SpeakersWithoutPhoto);
                Named(json, "topics_with_one_talk", conference.TopicsWithOneTalk);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Talks(Utf8JsonWriter json, string key, IReadOnlyList<ReportItem> talks)
    {
        json.WriteStartArray(key);
        foreach (var talk in talks)
        {
            json.WriteStartObject();
            json.WriteString("title", talk.Name);
            json.WriteString("path", talk.Path);
            json.WriteBoolean("draft", talk.IsDraft);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Named(Utf8JsonWriter json, string key, IReadOnlyList<ReportItem> items)
    {
        json.WriteStartArray(key);
        foreach (var item in items)
        {
            json.WriteStartObject();
            json.WriteString("name", item.Name);
            if (item.Path is null)
            {
                json.WriteNull("path");
            }
            else
            {
                json.WriteString("path", item.Path);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
