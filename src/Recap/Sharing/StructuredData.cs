using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Recap.Content;
using Recap.Model;
using Recap.Themes;

namespace Recap.Sharing;

/// <summary>
/// schema.org JSON-LD for each kind of page, built as JSON nodes and serialised by System.Text.Json:
/// a recap is an <c>Article</c> about an <c>Event</c> (the conference, with its talks as
/// <c>subEvent</c>s, or the talk, with its speakers as <c>performer</c>s), a speaker is a <c>Person</c>.
/// Each event is described in full once, on its own page; a page that only names it gives its
/// <c>@id</c>, name, address, dates (and a talk's speakers), so that a conference of 80 talks does
/// not carry its talk pages' data again. A page's description is said once, by the event it is about.
/// </summary>
internal sealed class StructuredData(SiteModel model)
{
    /// <summary>Keeps letters as they are but escapes <c>&lt; &gt; &amp; ' "</c>, so no title can close the script element.</summary>
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    private readonly UrlBuilder _urls = model.Urls;

    private const string ScriptStart = "<script type=\"application/ld+json\">";

    private const string ScriptEnd = "</script>";

    /// <summary>Each thread's buffer and writer for the JSON of a page: the element is the one string made of it.</summary>
    [ThreadStatic]
    private static (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer)? t_json;

    /// <summary>The node as a <c>script</c> element for the page's head.</summary>
    public static HtmlString Script(JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var (buffer, writer) = t_json ??= NewJsonWriter();
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        node.WriteTo(writer, Json);
        writer.Flush();
        var length = ScriptStart.Length + Encoding.UTF8.GetCharCount(buffer.WrittenSpan) + ScriptEnd.Length;
        return new(string.Create(length, buffer, static (chars, json) =>
        {
            ScriptStart.CopyTo(chars);
            var written = Encoding.UTF8.GetChars(json.WrittenSpan, chars[ScriptStart.Length..]);
            ScriptEnd.CopyTo(chars[(ScriptStart.Length + written)..]);
        }));
    }

    private static (ArrayBufferWriter<byte>, Utf8JsonWriter) NewJsonWriter()
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        return (buffer, new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Json.Encoder }));
    }

    public JsonObject Talk(Talk talk, string? image)
    {
        var url = _urls.AbsoluteUrl(talk.SitePath);
        var talkEvent = TalkEvent(talk, url, full: true);
        talkEvent["superEvent"] = ConferenceEvent(talk.Conference, full: false);
        if (talk.Recording is { } recording)
        {
            var watch = _urls.Absolute(recording.Url);
            talkEvent["recordedIn"] = Object("VideoObject", talk.Title, watch, ("embedUrl", recording.EmbedUrl),
                ("contentUrl", recording.Kind == RecordingKind.File ? watch : null), ("description", talk.FullSummary),
                ("thumbnailUrl", talk.VideoThumbnailUrl is { } thumbnail ? _urls.Absolute(thumbnail) : null), ("uploadDate", talk.VideoDate?.ToString()));
        }

        return Graph(Recap(talk.Title, url, image, talkEvent), talkEvent);
    }

    public JsonObject Conference(Conference conference, string? image)
    {
        var url = _urls.AbsoluteUrl(conference.SitePath);
        var conferenceEvent = ConferenceEvent(conference, full: true);
        return Graph(Recap(conference.Name, url, image, conferenceEvent), conferenceEvent);
    }

    public JsonObject Speaker(Speaker speaker, string? image)
    {
        var person = WithContext(Person(speaker));
        person["image"] = speaker.AvatarUrl is { } avatar ? _urls.Absolute(avatar) : image;
        return person;
    }

    public JsonObject WebSite() => WithContext(Object("WebSite", model.Config.Title, _urls.AbsoluteUrl(string.Empty), ("description", model.Config.Description)));

    /// <summary>An index, a topic or a plain page, as part of the site.</summary>
    public JsonObject WebPage(string type, string name, string sitePath, string? description)
    {
        var page = Object(type, name, _urls.AbsoluteUrl(sitePath), ("description", description));
        page["isPartOf"] = Object("WebSite", model.Config.Title, _urls.AbsoluteUrl(string.Empty));
        return WithContext(page);
    }

    private JsonObject Recap(string title, string url, string? image, JsonObject about)
    {
        var article = Object("Article", null, url, ("headline", title), ("image", image));
        article["@id"] = url + "#recap";
        article["author"] = model.Config.Author is { } author ? Object("Person", author, null) : Object("Organization", model.Config.Title, _urls.AbsoluteUrl(string.Empty));
        article["publisher"] = Object("Organization", model.Config.Title, _urls.AbsoluteUrl(string.Empty));
        article["about"] = new JsonObject { ["@id"] = about["@id"]!.GetValue<string>() };
        return article;
    }

    /// <summary>The conference: in full on its own page, with its talks; named by its talks' pages.</summary>
    private JsonObject ConferenceEvent(Conference conference, bool full)
    {
        var url = _urls.AbsoluteUrl(conference.SitePath);
        var conferenceEvent = Object("Event", conference.Name, conference.Website is { } website ? _urls.Absolute(website.Value) : url,
            ("startDate", conference.Start?.ToString()), ("endDate", (conference.End ?? conference.Start)?.ToString()), ("description", full ? conference.Summary : null));
        conferenceEvent["@id"] = url + "#event";
        if (full && Place(conference) is { } place)
        {
            conferenceEvent["location"] = place;
        }

        if (full)
        {
            conferenceEvent["subEvent"] = new JsonArray([.. conference.Talks.Select(t => (JsonNode)TalkEvent(t, _urls.AbsoluteUrl(t.SitePath), full: false))]);
        }

        return conferenceEvent;
    }

    /// <summary>The talk: in full on its own page; named by its conference's page with its start and speakers.</summary>
    private JsonObject TalkEvent(Talk talk, string url, bool full)
    {
        var talkEvent = Object("EducationEvent", talk.Title, url, ("startDate", StartDate(talk)), ("description", full ? talk.Summary : null));
        talkEvent["@id"] = url + "#event";
        if (full && Place(talk.Conference) is { } place)
        {
            talkEvent["location"] = place;
        }

        talkEvent["performer"] = new JsonArray([.. talk.Speakers.Select(s => full ? Person(s) : Object("Person", s.Name, _urls.AbsoluteUrl(s.SitePath)))]);
        if (full)
        {
            talkEvent["about"] = new JsonArray([.. talk.Topics.Select(t => (JsonNode)Object("Thing", t.Name, _urls.AbsoluteUrl(t.SitePath)))]);
        }

        return talkEvent;
    }

    private JsonObject Person(Speaker speaker)
    {
        var person = Object("Person", speaker.Name, _urls.AbsoluteUrl(speaker.SitePath), ("jobTitle", speaker.Role));
        if (speaker.Company is { } company)
        {
            person["worksFor"] = Object("Organization", company, null);
        }

        if (speaker.Links is { } links && Themes.ViewFactory.ProfileLinks(links, speaker.Website) is { Count: > 0 } profiles)
        {
            person["sameAs"] = new JsonArray([.. profiles.Select(p => (JsonNode)_urls.Absolute(p.Url))]);
        }

        return person;
    }

    private static JsonObject? Place(Conference conference)
    {
        if ((conference.Venue ?? conference.Location) is not { } name)
        {
            return null;
        }

        var place = Object("Place", name, null);
        place["address"] = conference.Location ?? conference.Venue;
        return place;
    }

    private static string? StartDate(Talk talk) =>
        talk.Date is { Day: not null } day && talk.Time is { } time
            ? $"{day}T{time.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)}"
            : talk.Date?.ToString();

    /// <summary>An object of a schema.org type, leaving out the properties that have no value.</summary>
    private static JsonObject Object(string type, string? name, string? url, params (string Key, string? Value)[] properties)
    {
        var node = new JsonObject { ["@type"] = type };
        foreach (var (key, value) in properties.Prepend(("url", url)).Prepend(("name", name)))
        {
            if (!string.IsNullOrEmpty(value))
            {
                node[key] = value;
            }
        }

        return node;
    }

    private static JsonObject Graph(params JsonObject[] nodes) => new()
    {
        ["@context"] = "https://schema.org",
        ["@graph"] = new JsonArray([.. nodes.Select(n => (JsonNode)n)]),
    };

    private static JsonObject WithContext(JsonObject node)
    {
        var result = new JsonObject { ["@context"] = "https://schema.org" };
        foreach (var (key, value) in node.ToList())
        {
            node.Remove(key);
            result[key] = value;
        }

        return result;
    }
}
