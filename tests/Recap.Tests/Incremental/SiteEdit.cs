using static Recap.Tests.Incremental.SiteVocabulary;

namespace Recap.Tests.Incremental;

/// <summary>
/// One edit an author makes between two rebuilds. Which file it touches and the value it writes
/// are numbers, picked from the files the site has when the edit is made and from the pools of
/// <see cref="SiteVocabulary"/>, so any sequence of edits applies to any site.
/// </summary>
/// <param name="Target">Picks the file (the talk, speaker, conference, ...).</param>
/// <param name="Choice">Picks the value.</param>
/// <param name="Extra">Picks a second value, or a variant of the edit.</param>
/// <param name="NewTalk">The talk an <see cref="EditKind.AddTalk"/> or <see cref="EditKind.AddConference"/> writes.</param>
internal sealed record SiteEdit(EditKind Kind, int Target, int Choice, int Extra, TalkChoices NewTalk)
{
    public EditResult Apply(GeneratedSite site) => Kind switch
    {
        EditKind.RetitleTalk => SetKey(site, site.Talks, "title", TalkTitles),
        EditKind.RelinkTalk => SetBody(site, site.Talks, TalkBody(Choice, Extra)),
        EditKind.RewordTalk => EditBody(site, site.Talks, body => (Extra % 3) switch
        {
            0 => Pick(TalkWords, Choice) + "\n\n" + body, // a new first paragraph: a new summary
            1 => body.TrimEnd() + "\n\n" + Pick(TalkWords, Choice) + "\n",
            _ => body.TrimEnd() + " " + Pick(TalkWords, Choice) + "\n",
        }),
        EditKind.SetTalkDetail => SetKey(site, site.Talks, Pick(TalkDetails, Extra).Key, Pick(TalkDetails, Extra).Values),
        EditKind.ReslugTalk => SetKey(site, site.Talks, "slug", TalkSlugs),
        EditKind.SetTalkSpeakers => SetKey(site, site.Talks, "speakers", TalkSpeakers),
        EditKind.SetTalkTopics => SetKey(site, site.Talks, "topics", TalkTopics),
        EditKind.SetTalkFormat => SetKey(site, site.Talks, "format", TalkFormats),
        EditKind.SetTalkOrder => SetKey(site, site.Talks, "order", TalkOrders),
        EditKind.SetTalkDate => SetKey(site, site.Talks, "date", TalkDates),
        EditKind.SetTalkDraft => SetKey(site, site.Talks, "draft", Drafts),
        EditKind.SetTalkImage => SetKey(site, site.Talks, "image", TalkImages),
        EditKind.AddTalk => AddTalk(site),
        EditKind.DeleteTalk => Delete(site, site.Talks),
        EditKind.RenameTalk => RenameTalk(site),
        EditKind.AddSpeaker => Write(site, $"content/speakers/{Pick(SpeakerIds, Target)}.md", Speaker(Pick(SpeakerIds, Target), Extra % 10 < 7 ? 0 : Extra, Choice / 3, Extra / 2)),
        EditKind.DeleteSpeaker => Delete(site, site.Speakers),
        EditKind.RenameSpeaker => SetKey(site, site.Speakers, "name", SpeakerRenames),
        EditKind.SetSpeakerAliases => SetKey(site, site.Speakers, "aliases", SpeakerAliases),
        EditKind.SetSpeakerCompany => SetKey(site, site.Speakers, "company", SpeakerCompanies),
        EditKind.AddTopic => Write(site, $"content/topics/{Pick(TopicIds, Target)}.md", Topic(Choice % 2 == 0 ? 0 : Choice, Extra % 10 < 7 ? 0 : Extra, Choice / 2)),
        EditKind.DeleteTopic => Delete(site, site.Topics),
        EditKind.EditTopic => (Extra % 3) switch
        {
            0 => SetKey(site, site.Topics, "name", TopicNames),
            1 => SetKey(site, site.Topics, "aliases", TopicAliases),
            _ => SetKey(site, site.Topics, "description", TopicDescriptions),
        },
        EditKind.RenameConference => SetKey(site, Indexes(site), "name", ConferenceNames),
        EditKind.ReslugConference => SetKey(site, Indexes(site), "slug", ConferenceSlugs),
        EditKind.SetConferenceDraft => SetKey(site, Indexes(site), "draft", Drafts),
        EditKind.SetConferenceStart => SetKey(site, Indexes(site), "start", ConferenceStarts),
        EditKind.SetConferenceTopics => SetKey(site, Indexes(site), "topics", ConferenceTopics),
        EditKind.SetConferenceCover => SetKey(site, Indexes(site), "cover", Covers),
        EditKind.SetConferenceBody => SetBody(site, Indexes(site), Pick(ConferenceBodies, Choice)),
        EditKind.AddConference => AddConference(site),
        EditKind.DeleteConference => DeleteConference(site),
        EditKind.EditPage => (Extra % 4) switch
        {
            0 => SetKey(site, Existing(site, AboutPagePath), "title", PageTitles),
            1 => SetKey(site, Existing(site, AboutPagePath), "menu", PageMenus),
            2 => SetKey(site, Existing(site, AboutPagePath), "slug", PageSlugs),
            _ => SetBody(site, Existing(site, AboutPagePath), Pick(PageBodies, Choice)),
        },
        EditKind.AddOrDeletePage => site[AboutPagePath] is null ? Write(site, AboutPagePath, Page(Choice, Extra, 0, Choice / 2)) : Delete(site, [AboutPagePath]),
        EditKind.SetSiteTitle => SetKey(site, [ConfigPath], "title", SiteTitles),
        EditKind.SetBaseUrl => SetKey(site, [ConfigPath], "base_url", BaseUrls),
        EditKind.SetDomain => SetKey(site, [ConfigPath], "domain", Domains),
        EditKind.SetPermalinks => SetKey(site, [ConfigPath], "permalinks", PermalinkValues),
        EditKind.SetOptions => SetKey(site, [ConfigPath], "options", SiteOptionValues),
        EditKind.SetStrict => SetKey(site, [ConfigPath], "strict", Strict),
        EditKind.SetLanguage => SetKey(site, [ConfigPath], "language", Languages),
        EditKind.SetMarkdown => SetKey(site, [ConfigPath], "markdown", MarkdownValues),
        EditKind.SetTalkLayout => Write(site, TalkLayoutPath, SiteVocabulary.TalkLayout(PickForEdit(TalkLayoutVersions, Choice))),
        EditKind.SetWords => Write(site, Pick(WordsPaths, Target), SiteVocabulary.Words(PickForEdit(WordsVersions, Choice))),
        EditKind.SetStaticFile => SetAsset(site, Pick(StaticFiles, Target)),
        EditKind.SetBesideFile => SetAsset(site, $"content/conferences/{(site.Conferences.Count > 0 ? Pick([.. site.Conferences], Target) : "c1")}/{Pick(BesideFiles, Extra)}"),
        _ => throw new InvalidOperationException($"Unknown edit {Kind}."),
    };

    public override string ToString() => $"{Kind}({Target}, {Choice}, {Extra})";

    private static IReadOnlyList<string> Indexes(GeneratedSite site) => [.. site.Conferences.Select(c => $"content/conferences/{c}/index.md")];

    private static IReadOnlyList<string> Existing(GeneratedSite site, string path) => site[path] is null ? [] : [path];

    private EditResult SetKey(GeneratedSite site, IReadOnlyList<string> files, string key, string?[] pool)
    {
        if (files.Count == 0)
        {
            return Nothing(site, $"{Kind}: no file to edit");
        }

        var path = Pick([.. files], Target);
        var value = PickForEdit(pool, Choice);
        return Changed(site, site.Set(path, site[path]!.With(key, value)), value is null ? $"{path}: remove '{key}'" : $"{path}: set '{key}: {value}'");
    }

    private EditResult SetBody(GeneratedSite site, IReadOnlyList<string> files, string body) => EditBody(site, files, _ => body);

    private EditResult EditBody(GeneratedSite site, IReadOnlyList<string> files, Func<string, string> edit)
    {
        if (files.Count == 0)
        {
            return Nothing(site, $"{Kind}: no file to edit");
        }

        var path = Pick([.. files], Target);
        var body = edit(site[path]!.Text);
        return Changed(site, site.Set(path, site[path]!.WithBody(body)), $"{path}: body \"{Escape(body)}\"");
    }

    private static EditResult Write(GeneratedSite site, string path, SiteFile? file) =>
        file is null
            ? Changed(site, site.Set(path, null), $"delete {path}")
            : Changed(site, site.Set(path, file), $"{(site[path] is null ? "add" : "write")} {path}:\n{Indent(file.ToString())}");

    private EditResult Delete(GeneratedSite site, IReadOnlyList<string> files) =>
        files.Count == 0 ? Nothing(site, $"{Kind}: no file to delete") : Write(site, Pick([.. files], Target), null);

    private EditResult SetAsset(GeneratedSite site, string path) => Write(site, path, Choice % 4 == 0 ? null : Asset(path, Choice));

    private EditResult AddTalk(GeneratedSite site)
    {
        var folder = Extra % 8 == 0 || site.Conferences.Count == 0 ? Pick(ConferenceFolders, Target) : Pick([.. site.Conferences], Target);
        return FreeTalkPath(site, folder, exceptPath: null) is { } path
            ? Write(site, path, Talk(NewTalk))
            : Nothing(site, $"{Kind}: conference {folder} has every talk name already");
    }

    private EditResult RenameTalk(GeneratedSite site)
    {
        if (site.Talks.Count == 0)
        {
            return Nothing(site, $"{Kind}: no talk to rename");
        }

        var from = Pick([.. site.Talks], Target);
        var folder = from.Split('/')[2];
        var others = site.Conferences.Where(c => c != folder).ToList();
        if (Extra % 3 == 0 && others.Count > 0)
        {
            folder = Pick([.. others], Extra);
        }

        if (FreeTalkPath(site, folder, from) is not { } to)
        {
            return Nothing(site, $"{Kind}: conference {folder} has every talk name already");
        }

        return new EditResult(site.Move(from, to), $"rename {from} to {to}", [(from, to)]);
    }

    private EditResult AddConference(GeneratedSite site)
    {
        var folder = Enumerable.Range(Target, ConferenceFolders.Length).Select(i => Pick(ConferenceFolders, i)).FirstOrDefault(f => !site.Conferences.Contains(f));
        if (folder is null)
        {
            return Nothing(site, $"{Kind}: every conference folder is taken");
        }

        var index = $"content/conferences/{folder}/index.md";
        var next = site.Set(index, ConferenceIndex(Choice, Choice / 2, 0, 0, Extra, 0, Extra / 2, Choice / 3));
        var talk = $"content/conferences/{folder}/talks/{Pick(TalkStems, Extra)}.md";
        next = Extra % 2 == 0 ? next.Set(talk, Talk(NewTalk)) : next;
        var added = next.Files.Keys.Except(site.Files.Keys).ToList();
        return Changed(site, next, string.Join('\n', added.Select(p => $"add {p}:\n{Indent(next[p]!.ToString())}")));
    }

    private EditResult DeleteConference(GeneratedSite site)
    {
        if (site.Conferences.Count == 0)
        {
            return Nothing(site, $"{Kind}: no conference to delete");
        }

        var folder = $"content/conferences/{Pick([.. site.Conferences], Target)}/";
        var next = site;
        foreach (var path in site.Files.Keys.Where(p => p.StartsWith(folder, StringComparison.Ordinal)))
        {
            next = next.Set(path, null);
        }

        return Changed(site, next, $"delete the folder {folder} and every file in it");
    }

    /// <summary>A talk file name the conference does not have yet, starting from the one <see cref="Choice"/> picks.</summary>
    private string? FreeTalkPath(GeneratedSite site, string folder, string? exceptPath) =>
        Enumerable.Range(Choice, TalkStems.Length)
            .Select(i => $"content/conferences/{folder}/talks/{Pick(TalkStems, i)}.md")
            .FirstOrDefault(p => p != exceptPath && site[p] is null);

    private static EditResult Changed(GeneratedSite before, GeneratedSite after, string description) => new(after, description, []);

    private static EditResult Nothing(GeneratedSite site, string description) => new(site, description, []);

    private static string Escape(string text) => text.Replace("\n", "\\n", StringComparison.Ordinal);

    private static string Indent(string text) => string.Join('\n', text.TrimEnd('\n').Split('\n').Select(l => "     | " + l));
}
