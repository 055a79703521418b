using Recap.Content;

namespace Recap.Scaffolding;

/// <summary>
/// Every key of the conference, talk and speaker front matter, in the README's order, as the files
/// of <c>recap new</c> show them. The one list of them outside the records themselves: a test
/// checks it against the keys the records bind, so a new key cannot be left out.
/// </summary>
internal static class FieldHints
{
    /// <summary>keynote, talk, lightning, workshop, panel: the values of <c>format</c>.</summary>
    public static IReadOnlyList<string> Formats { get; } = [.. Enum.GetNames<TalkFormat>().Select(n => n.ToLowerInvariant())];

    public static IReadOnlyList<FieldHint> Conference { get; } =
    [
        new("name", "dotScale 2019", string.Empty),
        new("series", "dotConferences", "the series the conference belongs to"),
        new("start", "2019-06-01", "partial dates allowed: 2019, 2019-06"),
        new("end", "2019-06-02", "the last day; partial dates allowed"),
        new("location", "Paris", "city or place"),
        new("venue", "The conference centre", "the building"),
        new("time_zone", "Europe/Paris", "where talk times are wall-clock times"),
        new("website", "https://conf.example.com/", "the conference's site"),
        new("summary", "One or two sentences.", "for lists; defaults to the first paragraph"),
        new("cover", "cover.jpg", "an image beside index.md, or an absolute URL"),
        new("cover_alt", "The main hall, full", "what the cover shows, for readers who cannot see it"),
        new("image", "preview.png", "the link preview image, instead of the drawn social card"),
        new("topics", "[Kubernetes, databases]", "topics of the whole conference"),
        new("slug", "dotscale-2019", "the URL part; defaults to the folder name"),
        new("redirect_from", "[/dotscale/2019/]", "old URLs that send readers here"),
        new("toc", "true", "a table of contents: true, or false for none; by default when the recap has 3 sections or more"),
        new("draft", "true", "leave out unless built with --drafts"),
        new("import", string.Empty, Imported),
    ];

    public static IReadOnlyList<FieldHint> Talk { get; } =
    [
        new("title", "Data pipelines with Kafka", string.Empty),
        new("subtitle", "From batch to streams", "shown under the title"),
        new("speakers", "[Ada Lovelace]", "speaker ids or names"),
        new("topics", "[Kafka, stream processing]", "topic ids, names or aliases"),
        new("format", "lightning", string.Join(", ", Formats) + "; talk when left out"),
        new("date", "2019-06-01", "defaults to the conference's start"),
        new("order", "3", "position in the programme"),
        new("time", "\"14:30\"", "when it started"),
        new("duration", "40", "length in minutes"),
        new("room", "Room A", "where it was given"),
        new("track", "Data", "the track of the programme"),
        new("language", "en", "the language it was given in"),
        new("summary", "One sentence.", "for lists and above the notes; defaults to the first paragraph"),
        new("slides", "https://example.com/slides", "a link to the slides"),
        new("video", "https://www.youtube.com/watch?v=...", "the recording; YouTube, Vimeo, PeerTube and video files play on the page"),
        new("video_thumbnail", "still.jpg", "a still shown until the recording is played"),
        new("video_date", "2019-06-20", "when the recording was published"),
        new("links", "[{title: Code, url: \"https://example.com/code\"}]", "more links; a title alone is shown as text"),
        new("status", "cancelled", "scheduled, or cancelled when it did not take place"),
        new("image", "diagram.png", "an image for the talk, also its link preview"),
        new("alt", "The pipeline, from producers to the warehouse", "what the image shows, for readers who cannot see it"),
        new("updated", "2019-07-01", "when the recap was last revised, for feeds"),
        new("slug", "kafka", "the URL part; defaults to the file name"),
        new("redirect_from", "[/dotscale-2019/kafka-pipelines/]", "old URLs that send readers here"),
        new("toc", "true", "a table of contents: true, or false for none; by default when the notes have 3 sections or more"),
        new("draft", "true", "leave out unless built with --drafts"),
        new("import", string.Empty, Imported),
    ];

    public static IReadOnlyList<FieldHint> Links { get; } =
    [
        new("website", "https://ada.example.com/", string.Empty),
        new("twitter", "ada", string.Empty),
        new("mastodon", "\"@ada@example.social\"", string.Empty),
        new("bluesky", "ada.bsky.social", string.Empty),
        new("github", "ada", string.Empty),
        new("linkedin", "ada", string.Empty),
    ];

    public static IReadOnlyList<FieldHint> Speaker { get; } =
    [
        new("name", "Ada Lovelace", string.Empty),
        new("sort_name", "Lovelace, Ada", "what the speakers index sorts by; defaults to the last word of the name, then the others"),
        new("slug", "ada-lovelace", "the URL part; defaults to the file name"),
        new("redirect_from", "[/people/ada/]", "old URLs that send readers here"),
        new("aliases", "[Ada]", "other spellings talks may use"),
        new("distinct", "[Ada Lovelock]", "look-alike names of other people: no \"did you mean\" warning"),
        new("company", "Analytical Engines", "shown as \"role, company\""),
        new("role", "Engineer", "shown as \"role, company\""),
        new("avatar", "ada.jpg", "a picture beside this file, or an absolute URL"),
        new("links", string.Empty, "handles or URLs; twitter also names them on their talks' previews") { Keys = Links },
        new("image", "preview.png", "the link preview image, instead of the drawn social card"),
        new("import", string.Empty, Imported),
    ];

    private const string Imported = "written by recap import, to keep your edits on the next import";
}
