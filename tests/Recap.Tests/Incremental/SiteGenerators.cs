using System.Text.RegularExpressions;
using CsCheck;
using static Recap.Tests.Incremental.SiteVocabulary;

namespace Recap.Tests.Incremental;

/// <summary>
/// CsCheck generators of sites and edits. A first site is mostly valid (values that break a build
/// are rare in it), so that most sequences start from a good build; edits pick from the whole
/// pools, so a sequence breaks the site and mends it again.
/// </summary>
internal static partial class SiteGenerators
{
    public static readonly Gen<TalkChoices> Talk = Gen.Select(
        Any(TalkTitles),
        Any(TalkSpeakers),
        Any(TalkTopics),
        Sometimes(TalkFormats.Length),
        Sometimes(TalkOrders.Length - 1), // not -1
        Rarely(TalkDates.Length),
        Rarely(TalkImages.Length - 1), // not missing.png
        Seldom(2), // no slug, or "opening"
        Rarely(2), // draft: true
        Sometimes(TalkParagraphs.Length),
        Gen.Int[0, TalkParagraphs.Length * 3],
        (title, speakers, topics, format, order, date, image, slug, draft, body, second) =>
            new TalkChoices(title, speakers, topics, format, order, date, image, slug, draft, body, second));

    /// <summary>A conference folder's files, by path relative to it: index.md, 1 to 6 talks (mostly 3 or fewer), sometimes files beside them.</summary>
    public static readonly Gen<(string Path, SiteFile File)[]> Conference =
        from index in Gen.Select(
            Any(ConferenceNames), Gen.Int[0, 3], Rarely(2), Rarely(2), Any(ConferenceTopics), Rarely(Covers.Length - 1), Any(Locations), Any(ConferenceBodies),
            (name, start, slug, draft, topics, cover, location, body) => ConferenceIndex(name, start, slug, draft, topics, cover, location, body))
        from count in Gen.Frequency<int>((3, Gen.Int[1, 3]), (1, Gen.Int[4, 6]))
        from stems in Subset(TalkStems, count, count)
        from talks in Talk.Array[stems.Length]
        from beside in Subset(BesideFiles, 0, 2)
        from versions in Gen.Int[0, 9].Array[beside.Length]
        select new[] { ("index.md", index) }
            .Concat(stems.Select((stem, i) => ($"talks/{stem}.md", SiteVocabulary.Talk(talks[i]))))
            .Concat(beside.Select((file, i) => (file, Asset(file, versions[i]))))
            .ToArray();

    public static readonly Gen<GeneratedSite> Site =
        from config in Gen.Select(
            Any(SiteTitles), Any(BaseUrls), Rarely(2), Any(SiteDescriptions),
            // Social cards off in all sites but one in twelve; a speaker's or topic's talks split over pages in one in three.
            Gen.Frequency<int>((6, Gen.Const(0)), (4, Gen.Int[6, 7]), (1, Gen.Const(1)), (1, Gen.Int[2, 3])),
            Rarely(PermalinkValues.Length - 1), // not the invalid one
            Gen.Frequency<int>((12, Gen.Const(0)), (1, Gen.Const(1))),
            (title, baseUrl, domain, description, options, permalinks, strict) => SiteVocabulary.Config(title, baseUrl, domain, description, options, permalinks, strict))
        from count in Gen.Frequency((2, 1), (2, 2), (1, 3))
        from conferences in Conference.Array[count]
        from speakers in Subset(SpeakerIds, 0, 3)
        from speakerFiles in Gen.Select(Seldom(SpeakerAliases.Length), Any(SpeakerCompanies), Any(SpeakerBodies)).Array[speakers.Length]
        from topics in Subset(TopicIds, 0, 2)
        from topicFiles in Gen.Select(Seldom(TopicNames.Length), Seldom(TopicAliases.Length), Any(TopicDescriptions)).Array[topics.Length]
        from page in Gen.Select(Gen.Int[0, 9], Any(PageTitles), Any(PageMenus), Any(PageBodies))
        from statics in Subset(StaticFiles[..^1], 0, 2) // not robots.txt, which the build writes
        from staticVersions in Gen.Int[1, 9].Array[statics.Length]
        from layout in Gen.Frequency<string?>((6, null), (1, "renamed"), (1, "counts"))
        select Complete(GeneratedSite.Empty
            .Set(ConfigPath, config)
            .With(conferences.SelectMany((files, i) => files.Select(f => ($"content/conferences/{ConferenceFolders[i]}/{f.Path}", (SiteFile?)f.File))))
            .With(speakers.Select((id, i) => ($"content/speakers/{id}.md", (SiteFile?)Speaker(id, speakerFiles[i].Item1, speakerFiles[i].Item2, speakerFiles[i].Item3))))
            .With(topics.Select((id, i) => ($"content/topics/{id}.md", (SiteFile?)Topic(topicFiles[i].Item1, topicFiles[i].Item2, topicFiles[i].Item3))))
            .With([(AboutPagePath, page.Item1 < 7 ? Page(page.Item2, page.Item3, 0, page.Item4) : null)]) // 7 sites in 10 have an about page
            .With(statics.Select((path, i) => (path, (SiteFile?)Asset(path, staticVersions[i]))))
            .Set(TalkLayoutPath, SiteVocabulary.TalkLayout(layout)));

    public static readonly Gen<SiteEdit> Edit = Gen.Select(
        Gen.Frequency(
            (4, EditKind.RetitleTalk), (6, EditKind.RelinkTalk), (4, EditKind.RewordTalk), (3, EditKind.SetTalkDetail), (4, EditKind.ReslugTalk), (3, EditKind.SetTalkSpeakers), (2, EditKind.SetTalkTopics),
            (2, EditKind.SetTalkFormat), (2, EditKind.SetTalkOrder), (2, EditKind.SetTalkDate), (3, EditKind.SetTalkDraft), (2, EditKind.SetTalkImage),
            (4, EditKind.AddTalk), (4, EditKind.DeleteTalk), (4, EditKind.RenameTalk),
            (2, EditKind.AddSpeaker), (2, EditKind.DeleteSpeaker), (1, EditKind.RenameSpeaker), (2, EditKind.SetSpeakerAliases), (1, EditKind.SetSpeakerCompany),
            (1, EditKind.AddTopic), (1, EditKind.DeleteTopic), (1, EditKind.EditTopic),
            (2, EditKind.RenameConference), (2, EditKind.ReslugConference), (2, EditKind.SetConferenceDraft), (1, EditKind.SetConferenceStart),
            (1, EditKind.SetConferenceTopics), (1, EditKind.SetConferenceCover), (1, EditKind.SetConferenceBody), (2, EditKind.AddConference), (1, EditKind.DeleteConference),
            (1, EditKind.EditPage), (1, EditKind.AddOrDeletePage),
            (1, EditKind.SetSiteTitle), (1, EditKind.SetBaseUrl), (1, EditKind.SetDomain), (1, EditKind.SetPermalinks), (1, EditKind.SetOptions), (1, EditKind.SetStrict),
            (1, EditKind.SetLanguage), (1, EditKind.SetMarkdown), (2, EditKind.SetTalkLayout), (2, EditKind.SetWords), (2, EditKind.SetStaticFile), (3, EditKind.SetBesideFile)),
        Gen.Int[0, 99],
        Gen.Int[0, 99],
        Gen.Int[0, 99],
        Talk,
        (kind, target, choice, extra, talk) => new SiteEdit(kind, target, choice, extra, talk));

    /// <summary>Edits of what a talk's page and the pages that list it only display: its body, title, summary, track, slides, video.</summary>
    public static readonly Gen<SiteEdit> DisplayEdit = Gen.Select(
        Gen.Frequency((2, EditKind.RetitleTalk), (2, EditKind.RewordTalk), (3, EditKind.SetTalkDetail)),
        Gen.Int[0, 99],
        Gen.Int[0, 99],
        Gen.Int[0, 99],
        Talk,
        (kind, target, choice, extra, talk) => new SiteEdit(kind, target, choice, extra, talk));

    /// <summary>A site, 1 to 8 edits, and build options: mostly without drafts and future talks.</summary>
    public static readonly Gen<RebuildScenario> Scenario = ScenarioOf(Edit);

    /// <summary>A site and 1 to 8 edits of what talks display, which <c>recap serve</c> takes into the model it has.</summary>
    public static readonly Gen<RebuildScenario> DisplayScenario = ScenarioOf(DisplayEdit);

    private static Gen<RebuildScenario> ScenarioOf(Gen<SiteEdit> edit) => Gen.Select(
        Site,
        edit.Array[1, 8],
        Gen.Frequency<(bool, bool)>((6, Gen.Const((false, false))), (1, Gen.Select(Gen.Bool, Gen.Bool))),
        (site, edits, options) => new RebuildScenario(site, edits, options.Item1, options.Item2));

    private static Gen<int> Any<T>(T[] pool) => Gen.Int[0, pool.Length - 1];

    /// <summary>The first value (none, or the plainest) half the time.</summary>
    private static Gen<int> Sometimes(int count) => Gen.Frequency<int>((1, Gen.Const(0)), (1, Gen.Int[1, count - 1]));

    /// <summary>The first value (none, or the plainest) most of the time.</summary>
    private static Gen<int> Rarely(int count) => Gen.Frequency<int>((6, Gen.Const(0)), (1, Gen.Int[1, count - 1]));

    /// <summary>The first value (none, or the plainest) all but one time in thirteen: for values that clash with other files.</summary>
    private static Gen<int> Seldom(int count) => Gen.Frequency<int>((12, Gen.Const(0)), (1, Gen.Int[1, count - 1]));

    /// <summary>Between <paramref name="min"/> and <paramref name="max"/> distinct values of the pool, in random order.</summary>
    private static Gen<T[]> Subset<T>(T[] pool, int min, int max) => Gen.Select(
        Gen.Int[min, max],
        Gen.Int[0, 999].Array[pool.Length],
        (count, keys) => pool.Select((value, i) => (Value: value, Key: keys[i], Index: i)).OrderBy(v => v.Key).ThenBy(v => v.Index).Take(count).Select(v => v.Value).ToArray());

    private static GeneratedSite With(this GeneratedSite site, IEnumerable<(string Path, SiteFile? File)> files) =>
        files.Aggregate(site, (s, f) => s.Set(f.Path, f.File));

    /// <summary>
    /// Makes a first site build: adds the image a cover or talk image names beside it, and turns a
    /// paragraph that links to a page the site does not publish into plain text. Breaking the site
    /// is the edits' job.
    /// </summary>
    private static GeneratedSite Complete(GeneratedSite site)
    {
        foreach (var (path, file) in site.Files)
        {
            var folder = path.Split('/') is ["content", "conferences", var conference, ..] ? $"content/conferences/{conference}/" : null;
            var image = GeneratedSite.IsTalk(path) ? file.Get("image") switch
            {
                "../photo.png" => folder + "photo.png",
                "photo.png" => folder + "talks/photo.png",
                _ => null,
            }
            : path.EndsWith("/index.md", StringComparison.Ordinal) && file.Get("cover") is "cover.png" or "photo.png" ? folder + file.Get("cover") : null;
            if (image is not null && site[image] is null)
            {
                site = site.Set(image, TestImages.Png(0));
            }
        }

        foreach (var (path, file) in site.Files.Where(f => f.Value.Kind == SiteFileKind.Markdown))
        {
            var folder = path[..path.LastIndexOf('/')];
            var paragraphs = file.Text.Split("\n\n");
            var kept = paragraphs.Select(p => MarkdownLink().Matches(p).All(m => IsPublished(site, Resolve(folder, m.Groups[1].Value))) ? p : "The write-up.").ToList();
            if (!kept.SequenceEqual(paragraphs))
            {
                site = site.Set(path, file.WithBody(string.Join("\n\n", kept)));
            }
        }

        return site;
    }

    /// <summary>Whether a Markdown file is a page of the site: there, and neither a draft nor in the future, nor in a conference that is.</summary>
    private static bool IsPublished(GeneratedSite site, string path)
    {
        static bool Hidden(SiteFile file) => file.Get("draft") == "true" || (file.Get("date") ?? file.Get("start") ?? string.Empty).StartsWith("2027", StringComparison.Ordinal);
        if (site[path] is not { } file || Hidden(file))
        {
            return false;
        }

        return !GeneratedSite.IsTalk(path) || (site[string.Join('/', path.Split('/')[..3]) + "/index.md"] is { } index && !Hidden(index));
    }

    /// <summary>A link's target relative to the file's folder, or to content/ when it starts with '/'.</summary>
    private static string Resolve(string folder, string link)
    {
        var parts = (link.StartsWith('/') ? "content" : folder).Split('/').ToList();
        foreach (var part in link.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else if (part != ".")
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }

    [GeneratedRegex(@"\]\(([^)#\s]+\.md)(#[^)]*)?\)")]
    private static partial Regex MarkdownLink();
}
