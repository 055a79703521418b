using System.Globalization;
using System.Text.RegularExpressions;
using Recap.Diagnostics;

namespace Recap.Import;

/// <summary>
/// Reads <c>pyvideo</c> data: a conference's folder from the pyvideo/data repository, holding
/// <c>category.json</c> (the conference's title) and <c>videos/*.json</c>, one recording each.
/// Speakers are names only, so the programme has no <see cref="Programme.Speakers"/>. PyVideo
/// records a date without a time: <see cref="ImportedTalk.LocalStart"/> is that date at midnight, and <see cref="ImportedTalk.HasTime"/> false.
/// </summary>
internal sealed partial class PyVideoReader : IProgrammeReader
{
    private const string CategoryFile = "category.json";
    private const string VideosFolder = "videos";

    public string Format => "pyvideo";

    public Programme Read(string path, string displayPath)
    {
        var (folder, displayFolder) = IsCategoryFile(path)
            ? (Path.GetDirectoryName(Path.GetFullPath(path))!, ParentOf(displayPath))
            : (path, displayPath.TrimEnd('/', '\\'));
        var videos = Path.Combine(folder, VideosFolder);
        if (!Directory.Exists(videos))
        {
            throw new ImportException($"{displayPath}: not a PyVideo folder: it has no '{VideosFolder}' folder");
        }

        var programme = new Programme { Format = Format };
        ReadCategory(programme, Path.Combine(folder, CategoryFile), $"{displayFolder}/{CategoryFile}");
        var files = Directory.EnumerateFiles(videos, "*.json").Order(StringComparer.Ordinal);
        var sourceIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            ReadVideo(programme, file, $"{displayFolder}/{VideosFolder}/{Path.GetFileName(file)}", sourceIds);
        }

        var dates = programme.Talks.Where(t => t.LocalStart is not null).Select(t => DateOnly.FromDateTime(t.LocalStart!.Value)).ToList();
        if (dates.Count > 0)
        {
            programme.Conference.Start = dates.Min();
            programme.Conference.End = dates.Max();
        }

        return programme;
    }

    /// <summary>A folder holding <c>category.json</c> and <c>videos/</c>, or that <c>category.json</c> itself.</summary>
    public bool Recognises(string path, string head)
    {
        var folder = IsCategoryFile(path) ? Path.GetDirectoryName(Path.GetFullPath(path)) : path;
        return folder is not null
            && File.Exists(Path.Combine(folder, CategoryFile))
            && Directory.Exists(Path.Combine(folder, VideosFolder));
    }

    private static bool IsCategoryFile(string path) =>
        File.Exists(path) && Path.GetFileName(path).Equals(CategoryFile, StringComparison.Ordinal);

    private static string ParentOf(string displayPath)
    {
        var slash = displayPath.Replace('\\', '/').LastIndexOf('/');
        return slash < 0 ? "." : displayPath[..slash];
    }

    private static void ReadCategory(Programme programme, string path, string displayPath)
    {
        if (!File.Exists(path))
        {
            return;
        }

        if (Parse(programme, path, displayPath, "the conference's title is not read") is JsonObject category)
        {
            programme.Conference.Name = category.String("title");
        }
    }

    private static void ReadVideo(Programme programme, string path, string displayPath, HashSet<string> sourceIds)
    {
        var value = Parse(programme, path, displayPath, "recording left out");
        if (value is null)
        {
            return;
        }

        if (value is not JsonObject video)
        {
            Warn(programme, DiagnosticCodes.SkippedRecord, displayPath, value, "expected an object describing a recording; left out");
            return;
        }

        var title = video.String("title");
        if (title is null)
        {
            Warn(programme, DiagnosticCodes.SkippedRecord, displayPath, video["title"] ?? video, "recording has no title; left out");
            return;
        }

        var sourceId = video.String("slug") ?? Path.GetFileNameWithoutExtension(path);
        if (!sourceIds.Add(sourceId))
        {
            Warn(programme, DiagnosticCodes.SkippedRecord, displayPath, video["slug"] ?? video, $"recording '{title}' has the slug '{sourceId}' of another recording; left out");
            return;
        }

        var talk = new ImportedTalk
        {
            SourceId = sourceId,
            Location = new SourceLocation(displayPath, video.Line, video.Column),
            Title = title,
            Language = video.String("language"),
            Abstract = video.String("summary"),
            Description = video.String("description"),
        };
        ReadSpeakers(programme, displayPath, video, talk);
        if (SessionKinds.IsBreak(talk.Speakers.Count, title, null))
        {
            programme.SkippedBreaks++;
            return;
        }

        ReadDate(programme, displayPath, video, talk);
        ReadDuration(programme, displayPath, video, talk);
        ReadVideos(video, talk);
        ReadRelatedUrls(video, talk);
        programme.Talks.Add(talk);
    }

    /// <summary>
    /// Names as pyvideo writes them. A few hold several people in one string, cut short with
    /// "..." ("Haque Ishfaq; Hassan Sami Adnan ..."): split at ';', and said, since some are missing.
    /// </summary>
    private static void ReadSpeakers(Programme programme, string displayPath, JsonObject video, ImportedTalk talk)
    {
        var values = video["speakers"] is JsonArray list ? list.Items : video["speakers"] is { } one ? [one] : [];
        foreach (var value in values)
        {
            if (value.Text?.Trim() is not { Length: > 0 } text)
            {
                continue;
            }

            var cut = text.EndsWith("...", StringComparison.Ordinal) || text.EndsWith('…');
            var names = text.TrimEnd('.', '…').Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (cut || names.Length != 1)
            {
                var readAs = string.Join(", ", names.Select(n => $"'{n}'"));
                Warn(programme, DiagnosticCodes.ImportedValue, displayPath, value, cut
                    ? $"speakers '{text}' read as {readAs}; the list is cut short, so some may be missing"
                    : $"speakers '{text}' read as {readAs}");
            }

            foreach (var name in names)
            {
                talk.Speakers.Add(new ImportedPersonRef(null, name));
            }
        }
    }

    private static void ReadDate(Programme programme, string displayPath, JsonObject video, ImportedTalk talk)
    {
        if (video.String("recorded") is not { } recorded)
        {
            return;
        }

        if (DateOnly.TryParseExact(recorded, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            talk.LocalStart = date.ToDateTime(TimeOnly.MinValue);
            talk.HasTime = false;
        }
        else
        {
            Warn(programme, DiagnosticCodes.ImportedValue, displayPath, video["recorded"]!, $"recording '{talk.Title}' was recorded on '{recorded}', which is not a date; no date");
        }
    }

    private static void ReadDuration(Programme programme, string displayPath, JsonObject video, ImportedTalk talk)
    {
        if (video.String("duration") is not { } duration)
        {
            return;
        }

        if (double.TryParse(duration, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 && seconds < 7 * 24 * 3600)
        {
            talk.DurationMinutes = seconds > 0 ? (int)Math.Round(seconds / 60) : null;
        }
        else
        {
            Warn(programme, DiagnosticCodes.ImportedValue, displayPath, video["duration"]!, $"recording '{talk.Title}' has the duration '{duration}', which is not a number of seconds; no duration");
        }
    }

    /// <summary>The first video is the recording; others (a second upload, an mp4 file) are kept as links.</summary>
    private static void ReadVideos(JsonObject video, ImportedTalk talk)
    {
        foreach (var value in video.Array("videos"))
        {
            var (type, url) = value is JsonObject item ? (item.String("type"), item.String("url")) : (null, value.Text?.Trim());
            if (string.IsNullOrEmpty(url))
            {
                continue;
            }

            if (talk.Recording is null)
            {
                talk.Recording = url;
            }
            else
            {
                talk.Links.Add(new ImportedLink(type, url));
            }
        }
    }

    /// <summary>
    /// Related links: slides and the talk's page at the conference ("Conference Schedule") have
    /// fields of their own; the rest are links.
    /// </summary>
    private static void ReadRelatedUrls(JsonObject video, ImportedTalk talk)
    {
        foreach (var value in video.Array("related_urls"))
        {
            var (label, url) = value is JsonObject item ? (item.String("label"), item.String("url")) : (null, value.Text?.Trim());
            if (string.IsNullOrEmpty(url))
            {
                continue;
            }

            if (talk.Slides is null && (label is not null && label.Contains("slide", StringComparison.OrdinalIgnoreCase) || SlideHosts().IsMatch(url)))
            {
                talk.Slides = url;
            }
            else if (talk.Website is null && label is not null && ConferencePage().IsMatch(label))
            {
                talk.Website = url;
            }
            else
            {
                talk.Links.Add(new ImportedLink(label, url));
            }
        }
    }

    /// <summary>Parses one file; one that is not JSON is reported at its place, with <paramref name="consequence"/>.</summary>
    private static JsonValue? Parse(Programme programme, string path, string displayPath, string consequence)
    {
        try
        {
            return LenientJson.ParseFile(path, displayPath);
        }
        catch (ImportException e)
        {
            // LenientJson's message is "path(line,col): not JSON: why"; the place becomes the diagnostic's.
            var match = PlacedMessage().Match(e.Message);
            var location = match.Success
                ? new SourceLocation(displayPath, int.Parse(match.Groups["line"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["column"].Value, CultureInfo.InvariantCulture))
                : SourceLocation.File(displayPath);
            var why = match.Success ? match.Groups["message"].Value : e.Message;
            programme.Diagnostics.Warning(DiagnosticCodes.SkippedRecord, location, $"{why}; {consequence}");
            return null;
        }
        catch (IOException e)
        {
            programme.Diagnostics.Warning(DiagnosticCodes.SkippedRecord, SourceLocation.File(displayPath), $"cannot be read ({e.Message}); {consequence}");
            return null;
        }
    }

    private static void Warn(Programme programme, string code, string displayPath, JsonValue value, string message) =>
        programme.Diagnostics.Warning(code, new SourceLocation(displayPath, value.Line, value.Column), message);

    [GeneratedRegex(@"^.*\((?<line>\d+),(?<column>\d+)\): (?<message>.*)$", RegexOptions.Singleline)]
    private static partial Regex PlacedMessage();

    [GeneratedRegex(@"^https?://([^/]+\.)?(speakerdeck\.com|slideshare\.net|slides\.com)/|^https?://docs\.google\.com/presentation/", RegexOptions.IgnoreCase)]
    private static partial Regex SlideHosts();

    [GeneratedRegex(@"schedule|programme|program|talk page|conference", RegexOptions.IgnoreCase)]
    private static partial Regex ConferencePage();
}
