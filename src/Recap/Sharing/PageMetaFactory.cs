using Recap.Content;
using Recap.Markdown;
using Recap.Model;
using Recap.Text;
using Recap.Themes;
using Recap.Themes.Views;

namespace Recap.Sharing;

/// <summary>
/// The <c>page</c> of every page: titles, the description cut for previews, canonical URL, Open
/// Graph and Twitter card data, feeds and JSON-LD. Talks, conferences, speakers and topics are
/// previewed with their own social card, other pages with the site's.
/// </summary>
internal sealed class PageMetaFactory(SiteModel model, Listing listing)
{
    /// <summary>About what link previews show before cutting the text off.</summary>
    public const int DescriptionLength = 160;

    /// <summary>Search results cut titles from about 60 to 70 characters.</summary>
    private const int MaxTitleLength = 70;

    private readonly UrlBuilder _urls = model.Urls;
    private readonly ThemeStrings _strings = model.Strings;
    private readonly StructuredData _data = new(model);

    public PageMeta Talk(Talk talk)
    {
        var image = Image(talk.Image, talk.SitePath, CardAlt(talk.Title, talk.Conference.Name));
        return Create("talk", talk.Title, talk.Description ?? Described(talk), talk.SitePath, "conferences", talk.IsDraft) with
        {
            FutureDate = listing.FutureDate(talk)?.ToString(),
            OgType = "article",
            Image = image,
            PublishedTime = talk.Date?.ToString(),
            Tags = [.. talk.Topics.Select(t => t.Name)],
            TwitterCreator = talk.Speakers.Select(s => TwitterHandle(s.Links?.Twitter)).FirstOrDefault(h => h is not null),
            Feeds = [Feed(talk.Conference.Name, talk.Conference.SitePath), SiteFeed],
            StructuredData = _data.Talk(talk, image.Url),
        };
    }

    /// <summary>A conference's page, or the first of its pages, which lists <paramref name="shown"/> of its talks.</summary>
    public PageMeta Conference(Conference conference, IReadOnlyList<Talk> shown)
    {
        var image = Image(conference.Image, conference.SitePath, CardAlt(conference.Name, null));
        return Create("conference", conference.Name, conference.Summary ?? Described(conference), conference.SitePath, "conferences", conference.IsDraft) with
        {
            FutureDate = listing.FutureDate(conference)?.ToString(),
            OgType = "article",
            Image = image,
            PublishedTime = conference.Start?.ToString(),
            Tags = [.. conference.Topics.Select(t => t.Name)],
            Feeds = [Feed(conference.Name, conference.SitePath), SiteFeed],
            StructuredData = _data.Conference(conference, shown, image.Url),
        };
    }

    /// <summary>What a conference page without a summary or a first paragraph says of itself: "dotScale 2018, Paris, 14 June 2018: 9 talks."</summary>
    private string Described(Conference conference) =>
        _strings.Text("conference_description", WhereAndWhen(conference, conference.Days), _strings.Text("talks", conference.Talks.Count));

    /// <summary>What a talk page without a summary or a first paragraph says of itself: "Keynote by Ada Lovelace at dotScale 2018, Paris, 14 June 2018."</summary>
    private string Described(Talk talk)
    {
        var format = _strings.Text(ViewFactory.FormatKey(talk.Format));
        var where = WhereAndWhen(talk.Conference, talk.Days);
        return talk.Speakers.Count == 0
            ? _strings.Text("talk_description", format, where)
            : _strings.Text("talk_description_by", format, string.Join(", ", talk.Speakers.Select(s => s.Name)), where);
    }

    /// <summary>"dotScale 2018, Paris, 14 June 2018": the conference, its city, and <paramref name="days"/>.</summary>
    private string WhereAndWhen(Conference conference, (PartialDate Start, PartialDate? End)? days) => string.Join(
        ", ",
        new[] { conference.Name, conference.Location, days is { } d ? PartialDate.DisplayRange(d.Start, d.End, _strings.Dates) : null }.OfType<string>());

    public PageMeta Speaker(Speaker speaker)
    {
        var image = Image(speaker.Image, speaker.SitePath, CardAlt(speaker.Name, null));
        return Create("speaker", speaker.Name, _strings.Text("speaker_description", speaker.Name, _strings.Text("talks", speaker.Talks.Count)), speaker.SitePath, "speakers") with
        {
            OgType = "profile",
            Image = image,
            TwitterCreator = TwitterHandle(speaker.Links?.Twitter),
            Feeds = [Feed(speaker.Name, speaker.SitePath), SiteFeed],
            StructuredData = _data.Speaker(speaker, image.Url),
        };
    }

    public PageMeta Topic(Topic topic) =>
        Create("topic", topic.Name, topic.Description ?? _strings.Text("topic_description", topic.Name), topic.SitePath, "topics") with
        {
            Image = Image(null, topic.SitePath, CardAlt(topic.Name, null)),
            Feeds = [Feed(topic.Name, topic.SitePath), SiteFeed],
            StructuredData = _data.WebPage("CollectionPage", topic.Name, topic.SitePath, topic.Description),
        };

    /// <summary>
    /// Page <paramref name="number"/> of <paramref name="count"/> of a conference's, speaker's or
    /// topic's talks: the first is its page as it is; a later one has its own address, and a title
    /// that names the page ("Kubernetes, page 2 of 5").
    /// </summary>
    public PageMeta Paged(PageMeta first, int number, int count)
    {
        if (number == 1)
        {
            return first;
        }

        var sitePath = Pagination.PathOf(first.SitePath, number);
        var title = _strings.Text("paged_title", first.Title, number, count);
        return first with
        {
            SitePath = sitePath,
            DocumentTitle = DocumentTitle(title, model.Config.Title),
            Url = _urls.Url(sitePath),
            CanonicalUrl = _urls.AbsoluteUrl(sitePath),
            StructuredData = _data.WebPage("CollectionPage", title, sitePath, first.Description),
        };
    }

    /// <summary>A page of the site's own, described by its summary or first paragraph, or else as the site is, as Hugo's themes do.</summary>
    public PageMeta Page(Page page) =>
        Create("page", page.Title, page.Summary ?? SiteDescription, page.SitePath, page.SitePath, page.IsDraft) with
        {
            Image = Image(page.Image, null, SiteCardAlt),
            StructuredData = _data.WebPage("WebPage", page.Title, page.SitePath, page.Summary),
        };

    /// <summary>The home page, described by the site's description, or else by what the site holds: "42 talks from 3 conferences, by 40 speakers."</summary>
    public PageMeta Home() =>
        Create("home", string.Empty, SiteDescription, string.Empty, "home") with
        {
            StructuredData = _data.WebSite(),
        };

    private string SiteDescription => model.Config.Description ?? _strings.Text(
        "home_stats", _strings.Text("talks", model.Talks.Count), _strings.Text("conferences", model.Conferences.Count), _strings.Text("speakers", model.Speakers.Count));

    /// <summary>The conference, speaker and topic indexes: <paramref name="kind"/> is <c>conferences</c>, <c>speakers</c> or <c>topics</c>.</summary>
    public PageMeta Index(string kind, string sitePath)
    {
        var title = _strings.Text(kind + "_title");
        var description = _strings.Text(kind + "_description", model.Config.Title);
        return Create(kind, title, description, sitePath, kind) with
        {
            StructuredData = _data.WebPage("CollectionPage", title, sitePath, description),
        };
    }

    public PageMeta Search()
    {
        var title = _strings.Text("search_title");
        return Create("search", title, _strings.Text("search_description", model.Config.Title), SiteFiles.SearchPage, "search") with
        {
            StructuredData = _data.WebPage("SearchResultsPage", title, SiteFiles.SearchPage, null),
        };
    }

    public PageMeta NotFound() =>
        Create("404", _strings.Text("not_found_title"), _strings.Text("not_found_description", model.Config.Title), "404.html", "404") with
        {
            CanonicalUrl = null,
            IsNotFound = true,
        };

    /// <summary>The alt text of the site's own card, shown for pages without one of their own.</summary>
    private string SiteCardAlt => model.Config.Description is { } description ? $"{model.Config.Title}: {description}" : model.Config.Title;

    private LinkView SiteFeed => new($"{_strings.Text("feed_talks")} · {model.Config.Title}", _urls.Url(SiteFiles.Feed));

    private PageMeta Create(string kind, string title, string? description, string sitePath, string section, bool isDraft = false)
    {
        var siteTitle = model.Config.Title;
        return new PageMeta
        {
            SitePath = sitePath,
            Kind = kind,
            Title = title,
            DocumentTitle = DocumentTitle(title, siteTitle),
            PreviewTitle = title.Length == 0 ? siteTitle : title,
            Description = description is null ? null : MarkdownText.Trim(description, DescriptionLength),
            Url = _urls.Url(sitePath),
            CanonicalUrl = _urls.AbsoluteUrl(sitePath),
            Section = section,
            IsDraft = isDraft,
            Image = Image(null, null, SiteCardAlt),
            Feeds = [SiteFeed],
        };
    }

    /// <summary>"Talk · Site", or only the talk's title when both would not fit in a search result.</summary>
    private static string DocumentTitle(string title, string siteTitle) =>
        title.Length == 0 ? siteTitle
        : title.Length + siteTitle.Length + 3 < MaxTitleLength ? $"{title} · {siteTitle}"
        : title;

    private LinkView Feed(string title, string sitePath) => new($"{title} · {model.Config.Title}", _urls.Url(SiteFiles.FeedOf(sitePath)));

    /// <summary>The page's own image (with its size when it is one of the site's files) when it can be a preview, else the card drawn for it or for the site.</summary>
    private PreviewImageView Image(ImageFile? own, string? cardOf, string alt)
    {
        if (own is { IsPreviewable: true })
        {
            return new PreviewImageView(_urls.Absolute(own.Url), own.Width, own.Height, alt);
        }

        var card = cardOf is null ? SiteFiles.Card : model.Outputs.CardOf(cardOf);
        return new PreviewImageView(_urls.AbsoluteUrl(card), SocialCards.Width, SocialCards.Height, alt);
    }

    private static string CardAlt(string title, string? context) => context is null ? title : $"{title}, {context}";

    /// <summary><c>@name</c> from a handle (<c>@name</c>, <c>name</c>) or a profile URL on x.com or twitter.com.</summary>
    internal static string? TwitterHandle(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var handle = value.Trim();
        if (Uri.TryCreate(handle, UriKind.Absolute, out var uri))
        {
            handle = uri.Host is "x.com" or "www.x.com" or "twitter.com" or "www.twitter.com" ? uri.AbsolutePath.Trim('/').Split('/')[0] : string.Empty;
        }

        handle = handle.TrimStart('@');
        return handle.Length > 0 && handle.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? "@" + handle : null;
    }
}
