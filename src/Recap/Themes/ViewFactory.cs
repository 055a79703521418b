using System.Text;
using Recap.Configuration;
using Recap.Content;
using Recap.Text;
using Recap.Markdown;
using Recap.Model;
using Recap.Sharing;
using Recap.Themes.Views;

namespace Recap.Themes;

/// <summary>
/// Builds the view models templates receive, once per model: one view per conference, talk,
/// speaker and topic, cross-linked. Markdown bodies render when a template first uses them
/// (a talk's each time: see <see cref="TalkView"/>).
/// </summary>
internal sealed class ViewFactory
{
    private static readonly TalkFormat[] GroupOrder = Enum.GetValues<TalkFormat>();

    private readonly SiteModel _model;
    private readonly UrlBuilder _urls;
    private readonly ThemeStrings _strings;
    private IReadOnlyList<SpeakerView>? _speakerIndex;

    public ViewFactory(SiteModel model, Listing listing)
    {
        _model = model;
        _urls = model.Urls;
        _strings = model.Strings;
        Listing = listing;
    }

    /// <summary>What is listed, and what is in the future, on the day of the build.</summary>
    public Listing Listing { get; }

    public Dictionary<Conference, ConferenceView> Conferences { get; } = [];

    public Dictionary<Talk, TalkView> Talks { get; } = [];

    public Dictionary<Speaker, SpeakerView> Speakers { get; } = [];

    public Dictionary<Topic, TopicView> Topics { get; } = [];

    public Dictionary<Page, EntryView> Pages { get; } = [];

    public SiteView Site { get; private set; } = null!;

    /// <summary>Conferences in the model's order: newest first.</summary>
    public IReadOnlyList<ConferenceView> ConferenceList => [.. _model.Conferences.Select(c => Conferences[c])];

    /// <summary>Topics in the model's order: alphabetical.</summary>
    public IReadOnlyList<TopicView> TopicList => [.. _model.Topics.Select(t => Topics[t])];

    /// <summary>The latest conferences and talks and the most covered topics, as many as <c>options</c> asks for.</summary>
    public HomeView Home(OptionsConfig options) => new(
        [.. ConferenceList.Take(options.HomeConferences)],
        [.. TopicList.Where(t => t.TalkCount > 0).OrderByDescending(t => t.TalkCount).Take(options.HomeTopics)],
        _model.Conferences.Count > options.HomeConferences,
        [.. _model.LatestTalks(options.HomeTalks).Select(t => Talks[t])]);

    /// <summary>
    /// <c>pager</c> on page <paramref name="number"/> of <paramref name="count"/> of the talks of the
    /// conference, speaker or topic at <paramref name="sitePath"/>; <paramref name="byDay"/> groups
    /// the page's talks by the day they were given (a programme over several days).
    /// </summary>
    public PagerView Pager(IReadOnlyList<TalkView> talks, string sitePath, int number, int count, bool byDay = false)
    {
        var shownTalks = Pagination.Slice(talks, number, count, _model.Config.Options.TalksPerPage);
        return PagerOf(sitePath, number, count) with
        {
            Talks = shownTalks,
            Days = byDay ? ByDay(shownTalks) : [new PagerDayView(null, null, shownTalks)],
        };
    }

    /// <summary>Page <paramref name="number"/> of <paramref name="count"/> of the conferences index: its conferences, newest first.</summary>
    public PagerView ConferencesPager(int number, int count) =>
        PagerOf(_model.ConferencesPath, number, count) with { Conferences = Pagination.Slice(ConferenceList, number, count, _model.Config.Options.ConferencesPerPage) };

    /// <summary>
    /// Page <paramref name="number"/> of <paramref name="count"/> of the speakers index: every
    /// speaker (<c>speakers</c>), every letter linked to the page its speakers start on
    /// (<c>letters</c>), and this page's speakers by letter (<c>pager.letters</c>).
    /// </summary>
    public (IReadOnlyList<SpeakerView> Speakers, IReadOnlyList<LetterGroupView> Letters, PagerView Pager) SpeakersIndex(int number, int count)
    {
        var speakers = LazyInitializer.EnsureInitialized(ref _speakerIndex, SpeakerIndex);
        var perPage = _model.Config.Options.SpeakersPerPage;
        var letters = new List<LetterGroupView>();
        var first = 0;
        foreach (var group in Letters(speakers))
        {
            var page = count == 1 ? 1 : first / perPage + 1;
            letters.Add(page == number ? group : group with { PageUrl = _urls.Url(Pagination.PathOf(_model.SpeakersPath, page)) });
            first += group.Speakers.Count;
        }

        var pager = PagerOf(_model.SpeakersPath, number, count) with { Letters = Letters(Pagination.Slice(speakers, number, count, perPage)) };
        return (speakers, letters, pager);
    }

    /// <summary>The way from page <paramref name="number"/> of <paramref name="count"/> of the list at <paramref name="sitePath"/> to the others.</summary>
    private PagerView PagerOf(string sitePath, int number, int count)
    {
        string Url(int page) => _urls.Url(Pagination.PathOf(sitePath, page));
        var shown = new SortedSet<int> { 1, count };
        shown.UnionWith(Enumerable.Range(number - 1, 3).Where(n => n >= 1 && n <= count));
        var links = new List<PagerLinkView>();
        foreach (var page in shown)
        {
            // One page left out is linked rather than hidden behind a gap as wide as itself.
            if (links.Count > 0 && page - links[^1].Number == 2)
            {
                links.Add(new PagerLinkView(page - 1, Url(page - 1), IsCurrent: false, IsGap: false));
            }
            else if (links.Count > 0 && page - links[^1].Number > 2)
            {
                links.Add(new PagerLinkView(page - 1, string.Empty, IsCurrent: false, IsGap: true));
            }

            links.Add(new PagerLinkView(page, Url(page), page == number, IsGap: false));
        }

        return new PagerView
        {
            Number = number,
            Count = count,
            PreviousUrl = number > 1 ? Url(number - 1) : null,
            NextUrl = number < count ? Url(number + 1) : null,
            Links = count == 1 ? [] : links,
        };
    }

    /// <summary>Runs of talks given on one day, in their order: a programme that goes back to a day has it twice.</summary>
    private static List<PagerDayView> ByDay(IReadOnlyList<TalkView> talks)
    {
        var days = new List<PagerDayView>();
        var start = 0;
        for (var i = 1; i <= talks.Count; i++)
        {
            if (i == talks.Count || talks[i].DateIso != talks[start].DateIso)
            {
                days.Add(new PagerDayView(talks[start].Date, talks[start].DateIso, [.. talks.Skip(start).Take(i - start)]));
                start = i;
            }
        }

        return days;
    }

    /// <summary>
    /// Speakers as their index lists them: by family name where one can be told (<see cref="Speaker.SortName"/>),
    /// compared as readers of the site's language compare them, ignoring case and diacritics;
    /// names that start with a Latin letter first, in letter groups, then those of other
    /// alphabets (Greek, Cyrillic, Hebrew, Arabic, ...) in letter groups of their own, then the others.
    /// </summary>
    private IReadOnlyList<SpeakerView> SpeakerIndex()
    {
        var comparer = PersonName.Comparer(_model.Config.Language);
        return [.. _model.Speakers
            .Select(s => (Speaker: s, Key: s.SortName, Letter: LetterOf(s.SortName)))
            .OrderBy(s => LetterRank(s.Letter)) // each group in one piece: Latin, other alphabets, '#'
            .ThenBy(s => s.Letter, StringComparer.Ordinal)
            .ThenBy(s => s.Key, comparer)
            .ThenBy(s => s.Speaker.Name, StringComparer.Ordinal)
            .ThenBy(s => s.Speaker.SitePath, StringComparer.Ordinal)
            .Select(s => Speakers[s.Speaker])];
    }

    /// <summary><paramref name="speakers"/> grouped by the first letter of what they sort by, <c>#</c> for names that start otherwise.</summary>
    private static IReadOnlyList<LetterGroupView> Letters(IReadOnlyList<SpeakerView> speakers) =>
        [.. speakers.GroupBy(s => LetterOf(s.SortName)).Select(g => new LetterGroupView(g.Key, [.. g]))];

    /// <summary>
    /// The letter a sort key starts with, its diacritics dropped and in upper case (<c>Å</c> is A,
    /// <c>Ё</c> is Е, <c>Ά</c> is Α); <c>#</c> for a name in Chinese, Japanese or Korean, whose
    /// characters are no alphabet's letters, and for one that starts with no letter.
    /// </summary>
    private static string LetterOf(string sortKey) =>
        Slug.Key(sortKey) is { Length: > 0 } key && Rune.TryGetRuneAt(key.Normalize(NormalizationForm.FormD), 0, out var first)
            && Rune.IsLetter(first) && !PersonName.IsWrittenWithoutSpaces(first)
            ? Rune.ToUpperInvariant(first).ToString()
            : "#";

    private static int LetterRank(string letter) => letter switch
    {
        "#" => 2,
        _ when char.IsAsciiLetter(letter[0]) => 0,
        _ => 1,
    };

    public void Build()
    {
        Create(Conferences, _model.Conferences, CreateConference);
        Create(Talks, _model.Talks, CreateTalk);
        Create(Speakers, _model.Speakers, CreateSpeaker);
        Create(Topics, _model.Topics, CreateTopic);

        foreach (var page in _model.Pages)
        {
            Pages[page] = new EntryView(RenderBody(page.Source))
            {
                Toc = ContentsIfShown(page.Source.FrontMatter.Toc, page.Source.Body),
                Title = page.Title,
                Url = _urls.Url(page.SitePath),
                Summary = page.Summary,
                IsDraft = page.IsDraft,
                Extra = page.Extra,
            };
        }

        Link();
        Site = CreateSite();
    }

    /// <summary>
    /// Takes a talk's new file into its view (<c>recap serve</c>, when its file changed in what
    /// other pages only display: the body, the title, the summary, the track, slides, video and the
    /// other fields of the talk page). Returns the views it changed in place: the talk's, and its
    /// conference's when the count of talks written up or its tracks changed.
    /// </summary>
    public IReadOnlyList<object> Refresh(Talk talk)
    {
        var view = Talks[talk];
        view.Title = talk.Title;
        view.Track = talk.Track;
        view.Subtitle = talk.Subtitle;
        view.Duration = talk.Duration;
        view.Room = talk.Room;
        view.Language = talk.Language;
        view.LanguageName = _strings.LanguageName(talk.Language);
        view.Links = LinksOf(talk);
        view.IsCancelled = talk.IsCancelled;
        view.Summary = talk.Summary;
        view.Abstract = talk.Abstract;
        SetResources(view, talk);
        view.Extra = talk.Extra;
        view.ReadingMinutes = talk.ReadingMinutes;
        view.Rewrite(RenderBody(talk.Source), ContentsOf(talk));
        var conference = Conferences[talk.Conference];
        return CountWrittenUp(talk.Conference, conference) | TakeTracks(talk.Conference, conference) ? [view, conference] : [view];
    }

    /// <summary>Whether <see cref="Refresh"/> may change <paramref name="view"/> in place: a talk's view, or a conference's.</summary>
    public static bool ChangesInPlace(object view) => view is TalkView or ConferenceView;

    /// <summary>
    /// The view of each of <paramref name="items"/>, made on every core (each reads the model and
    /// is written by its maker only), then kept in <paramref name="views"/> in the model's order.
    /// </summary>
    private static void Create<TItem, TView>(Dictionary<TItem, TView> views, IReadOnlyList<TItem> items, Func<TItem, TView> create)
        where TItem : notnull
    {
        var made = new TView[items.Count];
        Parallel.For(0, made.Length, i => made[i] = create(items[i]));
        for (var i = 0; i < made.Length; i++)
        {
            views[items[i]] = made[i];
        }
    }

    /// <summary>
    /// Links the views to each other, now that every one exists: on every core, since each view is
    /// set by one worker and the dictionaries are only read.
    /// </summary>
    private void Link()
    {
        Parallel.ForEach(_model.Conferences, conference =>
        {
            var view = Conferences[conference];
            view.Talks = [.. conference.Talks.Select(t => Talks[t])];
            view.Groups = [.. GroupOrder
                .Select(format => new TalkGroupView(
                    FormatName(format),
                    _strings.Text(GroupKey(format)),
                    [.. conference.Talks.Where(t => t.Format == format).Select(t => Talks[t])]))
                .Where(g => g.Talks.Count > 0)];
            view.Topics = [.. conference.Topics.Select(t => Topics[t])];
            view.SpeakerCount = conference.Talks.SelectMany(t => t.Speakers).Distinct().Count();
            CountWrittenUp(conference, view);
            TakeTracks(conference, view);
        });

        Parallel.ForEach(_model.Talks, talk =>
        {
            var view = Talks[talk];
            view.Conference = Conferences[talk.Conference];
            view.Speakers = [.. talk.Speakers.Select(s => Speakers[s])];
            view.Topics = [.. talk.Topics.Select(t => Topics[t])];
            view.Previous = talk.Previous is { } previous ? Talks[previous] : null;
            view.Next = talk.Next is { } next ? Talks[next] : null;
            view.Related = [.. talk.Related.Select(t => Talks[t])];
            view.RelatedCount = talk.Speakers switch
            {
                [] => 0,
                [var only] => only.Talks.Count - 1,
                _ => talk.Speakers.SelectMany(s => s.Talks).Distinct().Count() - 1,
            };
        });

        Parallel.ForEach(_model.Speakers, speaker => Speakers[speaker].Talks = [.. speaker.Talks.Select(t => Talks[t])]);
        Parallel.ForEach(_model.Topics, topic =>
        {
            var view = Topics[topic];
            view.Talks = [.. topic.Talks.Select(t => Talks[t])];
            view.Conferences = [.. topic.Conferences.Select(c => Conferences[c])];
        });
    }

    /// <summary>How many talks are written up, counted as <c>recap report</c> counts them; whether that changed the view.</summary>
    private bool CountWrittenUp(Conference conference, ConferenceView view)
    {
        var was = (view.WrittenUpCount, view.Progress?.Value);
        var given = conference.Talks.Where(t => !t.IsCancelled).ToList();
        view.WrittenUpCount = given.Count(t => t.HasNotes);
        view.Progress = _model.Config.Options.Progress ? _strings.Html("written_up", view.WrittenUpCount, _strings.Html("talks", given.Count)) : null;
        return was != (view.WrittenUpCount, view.Progress?.Value);
    }

    /// <summary>Takes the conference's tracks from its talks as they are now; whether they changed.</summary>
    private static bool TakeTracks(Conference conference, ConferenceView view)
    {
        var was = view.Tracks;
        view.Tracks = [.. conference.Talks.Select(t => t.Track).OfType<string>().Distinct(StringComparer.Ordinal)];
        return !was.SequenceEqual(view.Tracks, StringComparer.Ordinal);
    }

    private ConferenceView CreateConference(Conference conference)
    {
        var source = conference.Source;
        var links = _model.Links.GetValueOrDefault(source.Path);
        var shows = ShowsContents(source.FrontMatter.Toc, source.Body, source.AfterTalks);
        return new ConferenceView(() => (new HtmlString(source.Body.Html(links?.Rewrites, links?.Images)), new HtmlString(source.AfterTalks.Html(links?.Rewrites, links?.Images))))
        {
            Toc = shows ? Contents(source.Body) : [],
            ClosingToc = shows ? Contents(source.AfterTalks) : [],
            Name = conference.Name,
            Url = _urls.Url(conference.SitePath),
            Series = conference.Series,
            Dates = conference.Days is { } days ? PartialDate.DisplayRange(days.Start, days.End, _strings.Dates) : string.Empty,
            StartIso = conference.Start?.ToString(),
            Year = conference.Start?.Year,
            Location = conference.Location,
            Venue = conference.Venue,
            Website = conference.Website?.Value,
            ProgrammeUrl = conference.HasProgramme ? _urls.Url(SiteFiles.ProgrammeOf(conference.SitePath)) : null,
            Summary = conference.Summary,
            CoverUrl = conference.CoverUrl,
            Cover = ImageOf(conference.Cover),
            IsDraft = conference.IsDraft,
            IsFuture = Listing.IsFuture(conference),
            Extra = conference.Extra,
        };
    }

    private TalkView CreateTalk(Talk talk)
    {
        var view = new TalkView(RenderBody(talk.Source), ContentsOf(talk))
        {
            Title = talk.Title,
            Url = _urls.Url(talk.SitePath),
            Number = talk.Number,
            Format = FormatName(talk.Format),
            FormatLabel = _strings.Text(FormatKey(talk.Format)),
            Date = talk.Date?.ToDisplayString(_strings.Dates),
            DateIso = talk.Date?.ToString(),
            DateTimeIso = talk.Date is { Day: not null } day && talk.Time is { } time
                ? $"{day}T{time.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)}"
                : talk.Date?.ToString(),
            Time = talk.Time?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            Track = talk.Track,
            Subtitle = talk.Subtitle,
            Duration = talk.Duration,
            Room = talk.Room,
            Language = talk.Language,
            LanguageName = _strings.LanguageName(talk.Language),
            Links = LinksOf(talk),
            IsCancelled = talk.IsCancelled,
            Summary = talk.Summary,
            Abstract = talk.Abstract,
            ImageUrl = talk.Image?.Url,
            Image = ImageOf(talk.Image),
            ReadingMinutes = talk.ReadingMinutes,
            IsDraft = talk.IsDraft,
            IsFuture = Listing.IsFuture(talk),
            Extra = talk.Extra,
        };
        SetResources(view, talk);
        return view;
    }

    /// <summary>The slides and the recording, with where they are and how the page plays the recording.</summary>
    private void SetResources(TalkView view, Talk talk)
    {
        view.Slides = talk.Slides?.Value;
        view.SlidesHost = view.Slides is { } slides ? SlideDeck.HostOf(slides) : null;
        view.Video = talk.Video?.Value;
        var recording = talk.Recording;
        view.VideoHost = string.IsNullOrEmpty(recording?.Host) ? null : recording.Host;
        view.Recording = recording is null || recording.Kind == RecordingKind.Link || !_model.Config.Options.VideoEmbeds ? null : new RecordingView
        {
            Kind = recording.Kind.ToString().ToLowerInvariant(),
            Url = recording.Url,
            Host = recording.Host,
            PlayerUrl = recording.EmbedUrl is { } embed ? embed + (embed.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "autoplay=1" : null,
            ThumbnailUrl = talk.VideoThumbnailUrl,
            FileType = recording.FileType,
        };
    }

    private static IReadOnlyList<TalkLinkView> LinksOf(Talk talk) =>
        talk.Links.Count == 0 ? [] : [.. talk.Links.Select(l => new TalkLinkView(l.Title, talk.UrlOf(l)))];

    private SpeakerView CreateSpeaker(Speaker speaker)
    {
        var company = speaker.Company;
        var role = speaker.Role;
        return new SpeakerView(RenderBody(speaker.Source))
        {
            Name = speaker.Name,
            SortName = speaker.SortName,
            Url = _urls.Url(speaker.SitePath),
            Company = company,
            Role = role,
            Affiliation = (role, company) switch
            {
                (null, null) => null,
                (null, _) => company,
                (_, null) => role,
                _ => $"{role}, {company}",
            },
            AvatarUrl = speaker.AvatarUrl,
            Avatar = ImageOf(speaker.Avatar),
            Links = speaker.Links is { } links ? ProfileLinks(links, speaker.Website) : [],
            Extra = speaker.Extra,
        };
    }

    private ImageView? ImageOf(ImageFile? image) => image is null ? null : new ImageView
    {
        Url = image.Url,
        Width = image.Width,
        Height = image.Height,
        Srcset = Images.ResponsiveImages.SrcsetOf(image, _urls),
        Alt = image.Alt ?? string.Empty,
    };

    private TopicView CreateTopic(Topic topic)
    {
        return new TopicView(RenderBody(topic.Source))
        {
            Name = topic.Name,
            Url = _urls.Url(topic.SitePath),
            Description = topic.Description,
        };
    }

    /// <summary>A talk's table of contents, made each time its page asks (the views of a large site would hold a hundred thousand entries).</summary>
    private Func<IReadOnlyList<TocEntryView>> ContentsOf(Talk talk)
    {
        var source = talk.Source;
        return () => ContentsIfShown(source.FrontMatter.Toc, source.Body);
    }

    /// <summary>The table of contents of a page with one body, whose file says <paramref name="asked"/>; empty when it has none (<see cref="ShowsContents"/>).</summary>
    private List<TocEntryView> ContentsIfShown(bool? asked, CompiledBody body) => ShowsContents(asked, body) ? Contents(body) : [];

    /// <summary>
    /// Whether a page whose file says <paramref name="asked"/> (<c>toc:</c>) has a table of contents:
    /// as it says, or when its <paramref name="bodies"/> have <c>options.toc_sections</c> sections or
    /// more (and that is not 0).
    /// </summary>
    private bool ShowsContents(bool? asked, params CompiledBody[] bodies)
    {
        var least = _model.Config.Options.TocSections;
        return asked ?? (least > 0 && bodies.Sum(b => b.Headings.Count(h => h.Level == 2)) >= least);
    }

    /// <summary>The table of contents of <paramref name="body"/>: each <c>h2</c> with the <c>h3</c>s under it; an <c>h3</c> before the first <c>h2</c> stands on its own.</summary>
    private static List<TocEntryView> Contents(CompiledBody body)
    {
        var entries = new List<(BodyHeading Heading, List<TocEntryView> Children)>();
        foreach (var heading in body.Headings.Where(h => h.Level is 2 or 3))
        {
            if (heading.Level == 3 && entries.Count > 0 && entries[^1].Heading.Level == 2)
            {
                entries[^1].Children.Add(new TocEntryView { Id = heading.Id, Text = heading.Text });
            }
            else
            {
                entries.Add((heading, []));
            }
        }

        return [.. entries.Select(e => new TocEntryView { Id = e.Heading.Id, Text = e.Heading.Text, Children = e.Children })];
    }

    /// <summary>Fills in a body's links when a template first asks for it; speakers and topics without a file have none.</summary>
    private Func<HtmlString> RenderBody<T>(SourceDocument<T>? source)
        where T : BoundRecord
    {
        if (source is null)
        {
            return () => HtmlString.Empty;
        }

        var links = _model.Links.GetValueOrDefault(source.Path);
        return () => new HtmlString(source.Body.Html(links?.Rewrites, links?.Images));
    }

    private SiteView CreateSite()
    {
        var config = _model.Config;
        var social = config.Social;
        return new SiteView
        {
            Title = config.Title,
            Description = config.Description,
            Author = config.Author,
            Language = config.Language,
            Direction = config.Direction.Name,
            BasePath = _urls.BasePath,
            HomeUrl = _urls.Url(string.Empty),
            ConferencesUrl = _urls.Url(_model.ConferencesPath),
            SpeakersUrl = _urls.Url(_model.SpeakersPath),
            TopicsUrl = _urls.Url(_model.TopicsPath),
            SearchUrl = _model.Outputs.Search is null ? null : _urls.Url(SiteFiles.SearchPage),
            Icons = [.. _model.Icons.Select(i => new IconView(_urls.Url(i.SitePath), i.Type, i.Sizes))],
            Menu = [.. _model.Pages
                .Where(p => p.Menu)
                .OrderBy(p => p.Weight ?? 0)
                .ThenBy(p => p.Title, StringComparer.Ordinal)
                .Select(p => new LinkView(p.Title, _urls.Url(p.SitePath)))],
            Social = social is null ? [] : ProfileLinks(social),
            Twitter = Sharing.PageMetaFactory.TwitterHandle(social?.Twitter),
            ConferenceCount = _model.Conferences.Count,
            TalkCount = _model.Talks.Count,
            SpeakerCount = _model.Speakers.Count,
            TopicCount = _model.Topics.Count,
        };
    }

    /// <summary>Profile links from handles or URLs: <c>@dan</c> on Twitter becomes <c>https://x.com/dan</c>.</summary>
    /// <param name="website">A speaker's website as resolved (<see cref="Speaker.Website"/>), a path of the site among them; null for the site's own <c>social:</c>, which shows only web addresses.</param>
    internal static List<LinkView> ProfileLinks(ProfileLinks profile, SafeUrl? website = null)
    {
        var links = new List<LinkView>();
        Add("Website", website?.Value ?? profile.Website?.Value, null);

        Add("X (Twitter)", profile.Twitter, "https://x.com/");
        Add("Mastodon", profile.Mastodon, null);
        Add("Bluesky", profile.Bluesky, "https://bsky.app/profile/");
        Add("GitHub", profile.GitHub, "https://github.com/");
        Add("LinkedIn", profile.LinkedIn, "https://www.linkedin.com/in/");
        return links;

        void Add(string label, string? value, string? profileBase)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return;
            }

            value = value.Trim();
            // A resolved website may be a page of the site: handles never start with '/', the binder refuses them.
            var url = value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || value.StartsWith('/')
                ? value
                : MastodonUrl(label, value) ?? (profileBase is null ? null : profileBase + value.TrimStart('@'));
            if (url is not null)
            {
                links.Add(new LinkView(label, url));
            }
        }
    }

    /// <summary><c>@user@host</c> becomes <c>https://host/@user</c>.</summary>
    private static string? MastodonUrl(string label, string handle)
    {
        if (label != "Mastodon")
        {
            return null;
        }

        var parts = handle.TrimStart('@').Split('@');
        return parts.Length == 2 ? $"https://{parts[1]}/@{parts[0]}" : null;
    }

    public static string FormatName(TalkFormat format) => format.ToString().ToLowerInvariant();

    /// <summary>The key of the theme's words for one talk of <paramref name="format"/>: <c>format_lightning</c>, "Lightning talk".</summary>
    public static string FormatKey(TalkFormat format) => "format_" + FormatName(format);

    /// <summary>The key of the theme's heading over talks of <paramref name="format"/>: <c>formats_lightning</c>, "Lightning talks".</summary>
    private static string GroupKey(TalkFormat format) => "formats_" + FormatName(format);
}
