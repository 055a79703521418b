using System.Globalization;
using System.Text;
using Recap.Diagnostics;
using Recap.Scaffolding;
using Recap.Text;
using YamlDotNet.RepresentationModel;

namespace Recap.Import;

/// <summary>
/// Turns a <see cref="Programme"/> into the content files of one conference: its <c>index.md</c>, a
/// file per talk and a file per speaker, merged with the files an earlier import made
/// (<see cref="FrontMatterMerge"/>). Plans only: <see cref="Apply"/> writes the plan.
/// </summary>
internal sealed class ProgrammeImporter
{
    private const string ConferencesFolder = "content/conferences";
    private const string SpeakersFolder = "content/speakers";

    private readonly Programme _programme;
    private readonly ImportOptions _options;
    private readonly DiagnosticBag _diagnostics;
    private readonly HashSet<string> _takenPaths = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lazy<Dictionary<string, string>> _knownSpeakers;

    private ProgrammeImporter(Programme programme, ImportOptions options)
    {
        _programme = programme;
        _options = options;
        _diagnostics = programme.Diagnostics;
        _knownSpeakers = new(() => options.KnownSpeakers().GroupBy(Slug.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));
    }

    /// <summary>
    /// The files <paramref name="programme"/> makes or changes. Throws <see cref="ImportException"/>
    /// when the conference cannot be named or the time zone is unknown.
    /// </summary>
    public static ImportPlan Plan(Programme programme, ImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(options);
        return new ProgrammeImporter(programme, options).Plan();
    }

    /// <summary>Writes the plan's files, each whole or not at all.</summary>
    public static void Apply(ImportPlan plan, string root, BuildProgress? progress = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        progress?.Begin("Saving", plan.Edits.Count);
        foreach (var edit in plan.Edits)
        {
            progress?.Advance();
            var path = Path.Combine(root, edit.Path);
            if (edit.After is null)
            {
                File.Delete(path);
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = path + ".recap-import";
            File.WriteAllText(temporary, edit.After, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Move(temporary, path, overwrite: true);
        }
    }

    private ImportPlan Plan()
    {
        var folder = ConferenceFolder();
        var conferencePath = $"{ConferencesFolder}/{folder}/index.md";
        var existingConference = ReadFile(conferencePath);
        var zone = TimeZone(existingConference);
        var plan = new ImportPlan { ConferenceFolder = folder, Diagnostics = _diagnostics, SkippedBreaks = _programme.SkippedBreaks };

        var talkFiles = ExistingFiles($"{ConferencesFolder}/{folder}/talks");
        var talks = MatchTalks(talkFiles).Select(m => (m.Talk, m.File, Local: LocalStart(m.Talk, zone))).ToList();

        // The people of a talk another export made are that export's: only this one's are planned.
        var people = PlanSpeakers(folder, ExistingFiles(SpeakersFolder), [.. talks.Where(t => !IsOthers(t.File)).Select(t => t.Talk)]);

        Record(plan, PlanConference(conferencePath, existingConference, talks.Select(t => t.Local), zone));
        foreach (var (talk, file, local) in talks)
        {
            Record(plan, PlanTalk(talk, file, local, folder, people));
        }

        plan.Talks = talks.Count;
        foreach (var person in people.Values.DistinctBy(p => p.Path).Where(p => p.Planned is not null))
        {
            Record(plan, (person.Planned!, person.Existing));
        }

        plan.Speakers = people.Values.DistinctBy(p => p.Path).Count();
        PlanRemovedTalks(plan, talkFiles);
        return plan;
    }

    /// <summary>Merges a planned file with the file on disk, and lists it when it changes.</summary>
    private void Record(ImportPlan plan, (PlannedFile Planned, ExistingFile? Existing) file)
    {
        var (planned, existing) = file;
        if (existing is null)
        {
            plan.Edits.Add(new FileEdit(planned.Path, null, FrontMatterMerge.Create(planned)));
            return;
        }

        var merged = FrontMatterMerge.Merge(existing.Text, planned, out var kept);
        if (merged is null)
        {
            _diagnostics.Warning(DiagnosticCodes.ImportedValue, SourceLocation.File(existing.Path), $"{planned.Label}: the file's front matter is not YAML, so the import leaves it as it is");
            plan.UnchangedFiles++;
            return;
        }

        plan.KeptEdits.AddRange(kept.Select(k => $"{existing.Path}: {k}"));
        if (merged == existing.Text)
        {
            plan.UnchangedFiles++;
        }
        else
        {
            plan.Edits.Add(new FileEdit(existing.Path, existing.Text, merged));
        }
    }

    private string ConferenceFolder()
    {
        var name = _options.Conference ?? _programme.Conference.Acronym ?? _programme.Conference.Name
            ?? throw new ImportException($"the {_programme.Format} export does not name its conference; give one with --conference NAME");
        var folder = Slug.IsValid(name) ? name : Slug.ForUrl(name);
        return folder;
    }

    private TimeZoneInfo? TimeZone(ExistingFile? conference)
    {
        var id = _options.TimeZone ?? _programme.Conference.TimeZone ?? (conference is null ? null : ScalarOf(conference.Text, "time_zone"));
        if (id is null)
        {
            return null;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)
            ? zone
            : throw new ImportException($"unknown time zone '{id}' (give an IANA name like Europe/Berlin with --time-zone)");
    }

    private static DateTime? LocalStart(ImportedTalk talk, TimeZoneInfo? zone)
    {
        if (talk.LocalStart is { } local)
        {
            return local;
        }

        if (talk.Start is not { } start)
        {
            return null;
        }

        return zone is null ? start.DateTime : TimeZoneInfo.ConvertTime(start, zone).DateTime;
    }

    private (PlannedFile, ExistingFile?) PlanConference(string path, ExistingFile? existing, IEnumerable<DateTime?> starts, TimeZoneInfo? zone)
    {
        var conference = _programme.Conference;
        var days = starts.OfType<DateTime>().Select(DateOnly.FromDateTime).ToList();
        var start = conference.Start ?? (days.Count > 0 ? days.Min() : null);
        var end = conference.End ?? (days.Count > 0 ? days.Max() : null);
        var name = conference.Name ?? _options.Conference ?? conference.Acronym;
        var planned = new PlannedFile
        {
            Path = path,
            Label = "the conference",
            Format = _programme.Format,
            Id = conference.Acronym ?? conference.Name ?? Path.GetFileName(Path.GetDirectoryName(path))!,
            OnlyTheseFields = true,
            OnlyMissing = IsOthers(existing),
        };
        planned.Add("name", name is null ? null : YamlText.Scalar(name));
        planned.Add("start", start?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        planned.Add("end", end is { } last && last != start ? last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null);
        planned.Add("location", Text(conference.Location));
        planned.Add("website", conference.Website is { } website && IsWebUrl(website) ? YamlText.Scalar(website.Trim()) : null);
        planned.Add("time_zone", zone?.Id);
        if (zone is null && _programme.Talks.Any(t => t.LocalStart is null && t.Start is { Offset: var offset } && offset == TimeSpan.Zero))
        {
            _diagnostics.Warning(DiagnosticCodes.ImportedValue, SourceLocation.File(path), "the export gives times in UTC and names no time zone, so talk times are written in UTC; give --time-zone (an IANA name like Europe/London) for local times");
        }

        return (planned, existing);
    }

    /// <summary>
    /// Each talk with the file it already has: the one an earlier import of this format made (by
    /// the export's id), else one with its title that the author wrote, or that an import of
    /// another format made (a PyVideo archive adding recordings to a programme from frab).
    /// </summary>
    private List<(ImportedTalk Talk, ExistingFile? File)> MatchTalks(Dictionary<string, ExistingFile> files)
    {
        var byId = ByImportId(files);
        var byTitle = files.Values.Where(f => f.Import?.Format != _programme.Format).ToList();
        var matches = new List<(ImportedTalk, ExistingFile?)>();
        foreach (var talk in _programme.Talks)
        {
            var key = Slug.Key(talk.Title);
            var file = byId.GetValueOrDefault(talk.SourceId) ?? byTitle.FirstOrDefault(f => !f.Claimed && f.Keys.Contains(key));
            file?.Claim();
            matches.Add((talk, file));
        }

        return matches;
    }

    /// <summary>A file another format's import made: this import only adds the values it lacks.</summary>
    private bool IsOthers(ExistingFile? file) => file?.Import is { } import && import.Format != _programme.Format;

    private (PlannedFile, ExistingFile?) PlanTalk(ImportedTalk talk, ExistingFile? existing, DateTime? local, string folder, Dictionary<string, PersonFile> people)
    {
        var path = existing?.Path ?? FreePath($"{ConferencesFolder}/{folder}/talks", talk.Title);
        var others = IsOthers(existing);
        var planned = new PlannedFile { Path = path, Label = $"talk '{talk.Title}'", Format = _programme.Format, Id = talk.SourceId, OnlyMissing = others };
        planned.Add("title", YamlText.Scalar(Clean(talk.Title) ?? talk.Title));
        planned.Add("subtitle", Text(talk.Subtitle));
        if (talk.Speakers.Count > 0 && !others)
        {
            var names = talk.Speakers.Select(s => people[PersonKey(s.SourceId, s.Name)].NameInTalks(s.Name)).Distinct().ToList();
            if (names.Count > Content.FrontMatterBinder.MaxListItems)
            {
                // A talk takes at most this many; more is a pasted list, and the file would not build.
                _diagnostics.Warning(DiagnosticCodes.ImportedValue, talk.Location, $"talk '{talk.Title}' has {names.Count} speakers; the first {Content.FrontMatterBinder.MaxListItems} are kept");
                names = names[..Content.FrontMatterBinder.MaxListItems];
            }

            planned.Add("speakers", YamlText.List(names));
        }

        planned.Add("format", talk.Type is null ? null : TalkFormats.Map(talk.Type, _options.Formats));
        planned.Add("date", local?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        planned.Add("time", local is { } time && talk.HasTime ? $"\"{time.ToString("HH:mm", CultureInfo.InvariantCulture)}\"" : null);
        planned.Add("duration", talk.DurationMinutes is { } minutes and > 0 ? minutes.ToString(CultureInfo.InvariantCulture) : null);
        planned.Add("room", Text(talk.Room));
        planned.Add("track", Text(talk.Track));
        planned.Add("language", Languages.Normalise(talk.Language));
        planned.Add("summary", ImportedText.ToPlainText(talk.Abstract) is { } summary && SaysMoreThanItsNames(summary, talk) ? YamlText.Scalar(summary) : null);
        var slides = Url(talk.Slides, "slides", talk);
        var video = Url(talk.Recording, "recording", talk);
        planned.Add("slides", slides);
        planned.Add("video", video);
        planned.AddBlock("links", LinkLines(talk, [slides, video]));
        var body = ImportedText.ToMarkdown(talk.Description);
        if (body is { Length: < 1000 } && ImportedText.PlainTextOfMarkdown(body) is { } text && !SaysMoreThanItsNames(text, talk))
        {
            body = null;
        }

        planned.Body = body is null ? string.Empty : body.TrimEnd('\n') + "\n";
        return (planned, existing);
    }

    /// <summary>
    /// Whether a talk's <paramref name="text"/> (its description, as plain text) says more than its
    /// title and speakers' names: pyvideo's PyCon JP 2019 describes each recording by its own
    /// title, "01_501_Automate the Boring Stuff with Slackbot(Takanori Suzuki)", which said as a
    /// talk's summary and first paragraph only repeats its heading.
    /// </summary>
    private static bool SaysMoreThanItsNames(string text, ImportedTalk talk)
    {
        var rest = text;
        foreach (var name in talk.Speakers.Select(s => s.Name).Prepend(talk.Title).Where(n => n.Length > 0).OrderByDescending(n => n.Length))
        {
            rest = rest.Replace(name, " ", StringComparison.OrdinalIgnoreCase);
        }

        return rest.Any(char.IsLetter);
    }

    /// <summary>The talk's links as YAML list items; a target that is not a URL is kept as text in the title.</summary>
    private List<string> LinkLines(ImportedTalk talk, string?[] shown)
    {
        var lines = new List<string>();
        var seen = new HashSet<string>(shown.OfType<string>(), StringComparer.Ordinal);
        var links = talk.Links.ToList();
        if (talk.Website is { } website)
        {
            links.Add(new ImportedLink("Programme", website));
        }

        foreach (var link in links)
        {
            var title = Clean(link.Title);
            if (Absolute(link.Target) is { } absolute)
            {
                var url = YamlText.Scalar(absolute);
                if (seen.Add(url))
                {
                    lines.Add("- title: " + YamlText.Scalar(title ?? HostOf(absolute)));
                    lines.Add("  url: " + url);
                }

                continue;
            }

            var target = Clean(link.Target);
            if (target is null)
            {
                continue;
            }

            _diagnostics.Warning(DiagnosticCodes.ImportedValue, talk.Location, $"talk '{talk.Title}': link {SafeUrl.Display(target)} is not a URL; kept as text");
            lines.Add("- title: " + YamlText.Scalar(title is null || title == target ? target : $"{title}: {target}"));
        }

        return lines;
    }

    /// <summary>
    /// A file per person of <paramref name="talks"/>. Speaker files are shared by every conference,
    /// but an export numbers its people for itself (33C3's person 1630 is not FOSDEM's): a person's
    /// id is recorded with the conference's folder (<c>33c3/1630</c>), and a speaker file is this
    /// import's to update only when this conference's import made it. Another conference's
    /// speaker is matched by name, as the build matches names, and left as it is.
    /// </summary>
    private Dictionary<string, PersonFile> PlanSpeakers(string folder, Dictionary<string, ExistingFile> files, IReadOnlyList<ImportedTalk> talks)
    {
        var details = _programme.Speakers.GroupBy(s => s.SourceId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var byId = ByImportId(files);
        var byName = new Dictionary<string, ExistingFile>(StringComparer.Ordinal);
        foreach (var file in files.Values)
        {
            foreach (var name in file.Names)
            {
                byName.TryAdd(Slug.Key(name), file);
            }
        }

        var firstTalk = new Dictionary<ImportedPersonRef, ImportedTalk>();
        foreach (var talk in talks)
        {
            foreach (var reference in talk.Speakers)
            {
                firstTalk.TryAdd(reference, talk);
            }
        }

        var people = new Dictionary<string, PersonFile>(StringComparer.Ordinal);
        var planned = new Dictionary<string, PersonFile>(StringComparer.OrdinalIgnoreCase);
        var plannedNames = new Dictionary<string, PersonFile>(StringComparer.Ordinal);
        foreach (var reference in talks.SelectMany(t => t.Speakers))
        {
            var key = PersonKey(reference.SourceId, reference.Name);
            if (people.ContainsKey(key))
            {
                continue;
            }

            var detail = reference.SourceId is { } sourceId ? details.GetValueOrDefault(sourceId) : null;
            var name = detail?.Name ?? reference.Name;
            var nameKey = Slug.Key(name);
            var id = $"{folder}/{reference.SourceId ?? nameKey}";
            var existing = byId.GetValueOrDefault(id) ?? byName.GetValueOrDefault(nameKey);

            // One person may have two records in an export (FrOSCon 2018 lists a speaker under two
            // ids): one name is one speaker, as in the model, so they share a file.
            if ((existing is not null && planned.TryGetValue(existing.Path, out var same)) || plannedNames.TryGetValue(nameKey, out same))
            {
                people[key] = same;
                continue;
            }

            if (existing is null)
            {
                WarnIfNearMiss(name, firstTalk[reference].Location);
            }

            var path = existing?.Path ?? FreePath(SpeakersFolder, name);
            existing?.Claim();

            // A person the author described, or another conference's or export's import did, is
            // theirs: their file is matched, not changed.
            var ours = existing is null || (existing.Import?.Format == _programme.Format && existing.Import.Id == id);
            var person = new PersonFile(path, existing, ours ? SpeakerFile(path, id, name, detail) : null);
            people[key] = person;
            planned[path] = person;
            plannedNames.TryAdd(nameKey, person);
        }

        return people;
    }

    /// <summary>A new person whose name is a typo away from a speaker the site knows: reported as a build reports a new name in a talk.</summary>
    private void WarnIfNearMiss(string name, SourceLocation location)
    {
        var key = Slug.Key(name);
        if (Spelling.Closest(key, _knownSpeakers.Value.Keys) is { } closest && closest != key)
        {
            _diagnostics.Warning(DiagnosticCodes.NearMissSpeaker, location, $"new speaker '{name}' (did you mean '{_knownSpeakers.Value[closest]}'?)");
        }
    }

    private PlannedFile SpeakerFile(string path, string id, string name, ImportedSpeaker? detail)
    {
        var planned = new PlannedFile { Path = path, Label = $"speaker '{name}'", Format = _programme.Format, Id = id };
        planned.Add("name", YamlText.Scalar(name));
        planned.Add("company", Text(detail?.Company));
        planned.Add("role", Text(detail?.Role));
        planned.Add("avatar", detail?.Photo is { } photo && Absolute(photo) is { } avatar ? YamlText.Scalar(avatar) : null);
        planned.AddBlock("links", detail is null ? [] : ProfileLinkLines(detail.Links));
        var bio = ImportedText.ToMarkdown(detail?.Bio);
        planned.Body = bio is null ? string.Empty : bio.TrimEnd('\n') + "\n";
        return planned;
    }

    /// <summary>Links of a person as <c>links:</c> keys: the first of each site, known by its host.</summary>
    private static List<string> ProfileLinkLines(IEnumerable<ImportedLink> links)
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var link in links.Where(l => IsWebUrl(l.Target)))
        {
            var url = link.Target.Trim();
            var host = HostOf(url).ToLowerInvariant();
            var key = host switch
            {
                "twitter.com" or "x.com" => "twitter",
                "github.com" => "github",
                "linkedin.com" => "linkedin",
                "bsky.app" => "bluesky",
                _ when new Uri(url).AbsolutePath.StartsWith("/@", StringComparison.Ordinal) => "mastodon",
                _ => "website",
            };
            keys.TryAdd(key, url);
        }

        string[] order = ["website", "twitter", "mastodon", "bluesky", "github", "linkedin"];
        return [.. order.Where(keys.ContainsKey).Select(k => $"{k}: {YamlText.Scalar(keys[k])}")];
    }

    private void PlanRemovedTalks(ImportPlan plan, Dictionary<string, ExistingFile> files)
    {
        foreach (var file in files.Values.Where(f => !f.Claimed && f.Import?.Format == _programme.Format).OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var at = SourceLocation.File(file.Path);
            var hasNotes = FrontMatterMerge.BodyOf(file.Text) is { } body && file.Import!.Fields.GetValueOrDefault(FrontMatterMerge.BodyKey) != FrontMatterMerge.Checksum(body);
            if (_options.Prune && !hasNotes)
            {
                _diagnostics.Warning(DiagnosticCodes.RemovedTalk, at, "this talk is no longer in the programme; deleted (--prune)");
                plan.Edits.Add(new FileEdit(file.Path, file.Text, null));
                continue;
            }

            _diagnostics.Warning(DiagnosticCodes.RemovedTalk, at, hasNotes && _options.Prune
                ? "this talk is no longer in the programme; marked cancelled and kept, as it holds your notes"
                : "this talk is no longer in the programme; marked cancelled (--prune deletes it)");
            var planned = new PlannedFile { Path = file.Path, Label = "a removed talk", Format = file.Import!.Format, Id = file.Import.Id, OnlyTheseFields = true };
            planned.Add("status", "cancelled");
            Record(plan, (planned, file));
        }
    }

    /// <summary>The files an earlier import of this format made, by the export's id.</summary>
    private Dictionary<string, ExistingFile> ByImportId(Dictionary<string, ExistingFile> files)
    {
        var index = new Dictionary<string, ExistingFile>(StringComparer.Ordinal);
        foreach (var file in files.Values.Where(f => f.Import?.Format == _programme.Format))
        {
            index.TryAdd(file.Import!.Id, file);
        }

        return index;
    }

    /// <summary>Every Markdown file of a folder, with what its <c>import:</c> block says.</summary>
    private Dictionary<string, ExistingFile> ExistingFiles(string folder)
    {
        var full = Path.Combine(_options.Root, folder);
        var files = new Dictionary<string, ExistingFile>(StringComparer.Ordinal);
        if (!Directory.Exists(full))
        {
            return files;
        }

        foreach (var file in Directory.EnumerateFiles(full, "*.md").Order(StringComparer.Ordinal))
        {
            var path = $"{folder}/{Path.GetFileName(file)}";
            if (ReadFile(path) is { } existing)
            {
                files[path] = existing;
                _takenPaths.Add(path);
            }
        }

        return files;
    }

    private ExistingFile? ReadFile(string path)
    {
        var full = Path.Combine(_options.Root, path);
        if (!File.Exists(full))
        {
            return null;
        }

        var text = File.ReadAllText(full);
        _takenPaths.Add(path);
        return new ExistingFile(path, text, FrontMatterMerge.ReadImport(text), NamesOf(text, Path.GetFileNameWithoutExtension(path)));
    }

    /// <summary>A path in <paramref name="folder"/> named after <paramref name="title"/> that no file has: <c>-2</c>, <c>-3</c>, ... when needed.</summary>
    private string FreePath(string folder, string title)
    {
        var slug = Slug.ForTitle(title);
        var path = $"{folder}/{slug}.md";
        for (var n = 2; !_takenPaths.Add(path); n++)
        {
            path = $"{folder}/{slug}-{n}.md";
        }

        return path;
    }

    /// <summary>The file name, <c>name</c> (or a talk's <c>title</c>), <c>slug</c> and <c>aliases</c>: what a file may be known by.</summary>
    private static List<string> NamesOf(string text, string fileName)
    {
        var names = new List<string> { fileName };
        if (FrontMatterRoot(text) is not { } root)
        {
            return names;
        }

        foreach (var key in new[] { "name", "title", "slug" })
        {
            if (root.Children.TryGetValue(key, out var node) && node is YamlScalarNode { Value: { Length: > 0 } value })
            {
                names.Add(value);
            }
        }

        if (root.Children.TryGetValue("aliases", out var aliases) && aliases is YamlSequenceNode list)
        {
            names.AddRange(list.Children.OfType<YamlScalarNode>().Select(a => a.Value).OfType<string>());
        }

        return names;
    }

    private static string? ScalarOf(string text, string key) =>
        FrontMatterRoot(text) is { } root && root.Children.TryGetValue(key, out var node) && node is YamlScalarNode { Value: { Length: > 0 } value } ? value : null;

    private static YamlMappingNode? FrontMatterRoot(string text)
    {
        if (!text.StartsWith("---", StringComparison.Ordinal))
        {
            return null;
        }

        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        if (end < 0)
        {
            return null;
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text[3..end]));
            return stream.Documents is [{ RootNode: YamlMappingNode root }] ? root : null;
        }
        catch (YamlDotNet.Core.YamlException)
        {
            return null;
        }
    }

    private static string PersonKey(string? sourceId, string name) => sourceId is null ? "name:" + Slug.Key(name) : "id:" + sourceId;

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string? Text(string? text) => Clean(text) is { } clean ? YamlText.Scalar(clean) : null;

    /// <summary>A URL for a talk's key; anything else is reported (unless it is among the links, kept as text there) and left out.</summary>
    private string? Url(string? text, string what, ImportedTalk talk)
    {
        if (Clean(text) is not { } url)
        {
            return null;
        }

        if (Absolute(url) is { } absolute)
        {
            return YamlText.Scalar(absolute);
        }

        if (!talk.Links.Any(l => l.Target.Trim() == url))
        {
            _diagnostics.Warning(DiagnosticCodes.ImportedValue, talk.Location, $"talk '{talk.Title}': {what} {SafeUrl.Display(url)} is not an http or https URL; left out");
        }

        return null;
    }

    /// <summary>
    /// An http(s) URL as it is, or a path from the root of the conference's website made absolute
    /// against it (frab's attachments are <c>/system/event_attachments/...</c>); null for anything else.
    /// </summary>
    private string? Absolute(string text)
    {
        var target = text.Trim();
        if (IsWebUrl(target))
        {
            return target;
        }

        return target.StartsWith('/') && !target.StartsWith("//", StringComparison.Ordinal)
            && _programme.Conference.Website is { } website && IsWebUrl(website)
            && Uri.TryCreate(new Uri(website.Trim()), target, out var resolved) && IsWebUrl(resolved.AbsoluteUri)
            ? resolved.AbsoluteUri
            : null;
    }

    private static bool IsWebUrl(string text) =>
        Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0;

    private static string HostOf(string url) => new Uri(url.Trim()).Host is var host && host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : new Uri(url.Trim()).Host;

    /// <summary>A content file that exists: its text, what its import block says, and the names it answers to.</summary>
    private sealed class ExistingFile(string path, string text, ImportInfo? import, IReadOnlyList<string> names)
    {
        public string Path { get; } = path;

        public string Text { get; } = text;

        public ImportInfo? Import { get; } = import;

        public IReadOnlyList<string> Names { get; } = names;

        /// <summary><see cref="Names"/> by <see cref="Slug.Key"/>, as talks and titles are matched: made once, not per talk.</summary>
        public IReadOnlySet<string> Keys { get; } = names.Select(Slug.Key).ToHashSet(StringComparer.Ordinal);

        /// <summary>A session or person of this programme is this file.</summary>
        public bool Claimed { get; private set; }

        public void Claim() => Claimed = true;
    }

    /// <summary>The file of one person: planned when the import owns it, else an author's file matched by name.</summary>
    private sealed class PersonFile(string path, ExistingFile? existing, PlannedFile? planned)
    {
        public string Path { get; } = path;

        public ExistingFile? Existing { get; } = existing;

        public PlannedFile? Planned { get; } = planned;

        /// <summary>
        /// How a talk names this person: as the export does when that name finds the file, else by
        /// the file's id (an author who corrected a spelling in the speaker file keeps the talks linked).
        /// </summary>
        public string NameInTalks(string exportName)
        {
            var key = Slug.Key(exportName);
            var fileId = System.IO.Path.GetFileNameWithoutExtension(Path);
            return Existing is null || Existing.Keys.Contains(key) ? exportName : fileId;
        }
    }
}
