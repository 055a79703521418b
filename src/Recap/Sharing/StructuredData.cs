using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Recap.Content;
using Recap.Model;
using Recap.Themes;

namespace Recap.Sharing;

/// <summary>
/// schema.org JSON-LD for each kind of page, written straight to UTF-8 by System.Text.Json's writer:
/// a recap is an <c>Article</c> about an <c>Event</c> (the conference, with its talks as
/// <c>subEvent</c>s, or the talk, with its speakers as <c>performer</c>s), a speaker is a <c>Person</c>.
/// Each event is described in full once, on its own page; a page that only names it gives its
/// <c>@id</c>, name, address, dates (and a talk's speakers), so that a conference of 80 talks does
/// not carry its talk pages' data again. A page's description is said once, by the event it is about.
/// Each page's JSON is the <c>script</c> element for its head, made as one string.
/// </summary>
internal sealed class StructuredData(SiteModel model)
{
    /// <summary>Keeps letters as they are but escapes <c>&lt; &gt; &amp; ' "</c>, so no title can close the script element.</summary>
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    private readonly UrlBuilder _urls = model.Urls;

    private const string SchemaOrg = "https://schema.org";

    private static readonly byte[] ScriptStart = "<script type=\"application/ld+json\">"u8.ToArray();

    private static readonly byte[] ScriptEnd = "</script>"u8.ToArray();

    /// <summary>Each thread's buffer and writer for the JSON of a page: the element is the one array made of it.</summary>
    [ThreadStatic]
    private static (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer)? t_json;

    public HtmlString Talk(Talk talk, string? image) => Script(json =>
    {
        var url = _urls.AbsoluteUrl(talk.SitePath);
        BeginGraph(json);
        Recap(json, talk.Title, url, image, url + "#event");
        BeginTalkEvent(json, talk, url, full: true);
        json.WritePropertyName("superEvent");
        ConferenceEvent(json, talk.Conference, subEvents: null);
        if (talk.Recording is { } recording)
        {
            var watch = _urls.Absolute(recording.Url);
            json.WritePropertyName("recordedIn");
            Begin(json, "VideoObject", talk.Title, watch, ("embedUrl", recording.EmbedUrl),
                ("contentUrl", recording.Kind == RecordingKind.File ? watch : null), ("description", talk.FullSummary),
                ("thumbnailUrl", talk.VideoThumbnailUrl is { } thumbnail ? _urls.Absolute(thumbnail) : null), ("uploadDate", talk.VideoDate?.ToString()));
            json.WriteEndObject();
        }

        json.WriteEndObject();
        EndGraph(json);
    });

    /// <summary>The conference's page: the recap, about the conference, whose sub-events are the talks the page lists (<paramref name="shown"/>).</summary>
    public HtmlString Conference(Conference conference, IReadOnlyList<Talk> shown, string? image) => Script(json =>
    {
        var url = _urls.AbsoluteUrl(conference.SitePath);
        BeginGraph(json);
        Recap(json, conference.Name, url, image, url + "#event");
        ConferenceEvent(json, conference, shown);
        EndGraph(json);
    });

    public HtmlString Speaker(Speaker speaker, string? image) => Script(json =>
    {
        BeginWithContext(json);
        PersonFields(json, speaker);
        json.WriteString("image", speaker.AvatarUrl is { } avatar ? _urls.Absolute(avatar) : image);
        json.WriteEndObject();
    });

    public HtmlString WebSite() => Script(json =>
    {
        BeginWithContext(json);
        Fields(json, "WebSite", model.Config.Title, _urls.AbsoluteUrl(string.Empty), ("description", model.Config.Description));
        json.WriteEndObject();
    });

    /// <summary>An index, a topic or a plain page, as part of the site.</summary>
    public HtmlString WebPage(string type, string name, string sitePath, string? description) => Script(json =>
    {
        BeginWithContext(json);
        Fields(json, type, name, _urls.AbsoluteUrl(sitePath), ("description", description));
        json.WritePropertyName("isPartOf");
        Begin(json, "WebSite", model.Config.Title, _urls.AbsoluteUrl(string.Empty));
        json.WriteEndObject();
        json.WriteEndObject();
    });

    /// <summary>The JSON <paramref name="write"/> writes, as a <c>script</c> element for the page's head.</summary>
    private static HtmlString Script(Action<Utf8JsonWriter> write)
    {
        var (buffer, json) = t_json ??= NewJsonWriter();
        buffer.ResetWrittenCount();
        json.Reset(buffer);
        write(json);
        json.Flush();
        var script = new byte[ScriptStart.Length + buffer.WrittenCount + ScriptEnd.Length];
        ScriptStart.CopyTo(script, 0);
        buffer.WrittenSpan.CopyTo(script.AsSpan(ScriptStart.Length));
        ScriptEnd.CopyTo(script, ScriptStart.Length + buffer.WrittenCount);
        return new([script]);
    }

    private static (ArrayBufferWriter<byte>, Utf8JsonWriter) NewJsonWriter()
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        return (buffer, new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Encoder }));
    }

    /// <summary>Opens the page's outermost object, which names the vocabulary; the caller closes it.</summary>
    private static void BeginWithContext(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("@context", SchemaOrg);
    }

    private static void BeginGraph(Utf8JsonWriter json)
    {
        BeginWithContext(json);
        json.WriteStartArray("@graph");
    }

    private static void EndGraph(Utf8JsonWriter json)
    {
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The recap itself: an article about the event whose <c>@id</c> is <paramref name="aboutId"/>.</summary>
    private void Recap(Utf8JsonWriter json, string title, string url, string? image, string aboutId)
    {
        Begin(json, "Article", null, url, ("headline", title), ("image", image));
        json.WriteString("@id", url + "#recap");
        json.WritePropertyName("author");
        if (model.Config.Author is { } author)
        {
            Begin(json, "Person", author, null);
        }
        else
        {
            Begin(json, "Organization", model.Config.Title, _urls.AbsoluteUrl(string.Empty));
        }

        json.WriteEndObject();
        json.WritePropertyName("publisher");
        Begin(json, "Organization", model.Config.Title, _urls.AbsoluteUrl(string.Empty));
        json.WriteEndObject();
        json.WriteStartObject("about");
        json.WriteString("@id", aboutId);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>The conference: in full on its own page, with the talks it lists there (<paramref name="subEvents"/>); named by its talks' pages (null).</summary>
    private void ConferenceEvent(Utf8JsonWriter json, Conference conference, IReadOnlyList<Talk>? subEvents)
    {
        var url = _urls.AbsoluteUrl(conference.SitePath);
        Begin(json, "Event", conference.Name, conference.Website is { } website ? _urls.Absolute(website.Value) : url,
            ("startDate", conference.Start?.ToString()), ("endDate", (conference.End ?? conference.Start)?.ToString()), ("description", subEvents is null ? null : conference.Summary));
        json.WriteString("@id", url + "#event");
        if (subEvents is not null)
        {
            Place(json, conference);
            json.WriteStartArray("subEvent");
            foreach (var talk in subEvents)
            {
                BeginTalkEvent(json, talk, _urls.AbsoluteUrl(talk.SitePath), full: false);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    /// <summary>The talk, left open for what follows: in full on its own page; named by its conference's page with its start and speakers.</summary>
    private void BeginTalkEvent(Utf8JsonWriter json, Talk talk, string url, bool full)
    {
        Begin(json, "EducationEvent", talk.Title, url, ("startDate", StartDate(talk)), ("description", full ? talk.Description : null));
        json.WriteString("@id", url + "#event");
        if (full)
        {
            Place(json, talk.Conference);
        }

        json.WriteStartArray("performer");
        foreach (var speaker in talk.Speakers)
        {
            if (full)
            {
                json.WriteStartObject();
                PersonFields(json, speaker);
            }
            else
            {
                Begin(json, "Person", speaker.Name, _urls.AbsoluteUrl(speaker.SitePath));
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (full)
        {
            json.WriteStartArray("about");
            foreach (var topic in talk.Topics)
            {
                Begin(json, "Thing", topic.Name, _urls.AbsoluteUrl(topic.SitePath));
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }
    }

    /// <summary>A speaker's properties, in the object the caller opened.</summary>
    private void PersonFields(Utf8JsonWriter json, Speaker speaker)
    {
        Fields(json, "Person", speaker.Name, _urls.AbsoluteUrl(speaker.SitePath), ("jobTitle", speaker.Role));
        if (speaker.Company is { } company)
        {
            json.WritePropertyName("worksFor");
            Begin(json, "Organization", company, null);
            json.WriteEndObject();
        }

        if (speaker.Links is { } links && Themes.ViewFactory.ProfileLinks(links, speaker.Website) is { Count: > 0 } profiles)
        {
            json.WriteStartArray("sameAs");
            foreach (var profile in profiles)
            {
                json.WriteStringValue(_urls.Absolute(profile.Url));
            }

            json.WriteEndArray();
        }
    }

    /// <summary>Where the conference is, when it says.</summary>
    private static void Place(Utf8JsonWriter json, Conference conference)
    {
        if ((conference.Venue ?? conference.Location) is not { } name)
        {
            return;
        }

        json.WritePropertyName("location");
        Begin(json, "Place", name, null);
        json.WriteString("address", conference.Location ?? conference.Venue);
        json.WriteEndObject();
    }

    private static string? StartDate(Talk talk) =>
        talk.Date is { Day: not null } day && talk.Time is { } time
            ? $"{day}T{time.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)}"
            : talk.Date?.ToString();

    /// <summary>Opens an object of a schema.org type, leaving out the properties that have no value; the caller closes it.</summary>
    private static void Begin(Utf8JsonWriter json, string type, string? name, string? url, params ReadOnlySpan<(string Key, string? Value)> properties)
    {
        json.WriteStartObject();
        Fields(json, type, name, url, properties);
    }

    /// <summary>The type, name, URL and other properties that have a value, in the object the caller opened.</summary>
    private static void Fields(Utf8JsonWriter json, string type, string? name, string? url, params ReadOnlySpan<(string Key, string? Value)> properties)
    {
        json.WriteString("@type", type);
        Field(json, "name", name);
        Field(json, "url", url);
        foreach (var (key, value) in properties)
        {
            Field(json, key, value);
        }
    }

    private static void Field(Utf8JsonWriter json, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            json.WriteString(key, value);
        }
    }
}
