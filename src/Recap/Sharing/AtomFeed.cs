using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Xml;
using Recap.Content;
using Recap.Model;
using Recap.Rendering;

namespace Recap.Sharing;

/// <summary>
/// Writes Atom 1.0 feeds of talks: newest first, each with its full summary, the site's author as
/// the author of every recap, its speakers as contributors and its topics as categories, every
/// link absolute.
/// </summary>
internal sealed class AtomFeed(SiteModel model, Listing listing)
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    /// <summary>How every feed ends, after its last entry or its header when it has none.</summary>
    private static readonly byte[] FeedEnd = "\n</feed>"u8.ToArray();

    /// <summary>The start tag of the feed an entry is written in on its own: the entry's bytes follow it.</summary>
    private static readonly byte[] EntryHolder = "<feed xmlns=\"http://www.w3.org/2005/Atom\">"u8.ToArray();

    /// <summary>
    /// Each talk's entry as every feed holds it: the same bytes in the site's feed and those of its
    /// conference, speakers and topics, so written once a build, not once a feed.
    /// </summary>
    private readonly ConcurrentDictionary<Talk, byte[]> _entries = new();

    /// <summary>The characters XML holds on their own: all but controls, surrogates (which come in pairs), U+FFFE and U+FFFF.</summary>
    private static readonly SearchValues<char> PlainXmlChars =
        SearchValues.Create([.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(XmlConvert.IsXmlChar)]);

    /// <param name="title">The feed's title: "Talks", a conference, speaker or topic name.</param>
    /// <param name="pagePath">Site path of the page the feed belongs to; the feed is <c>feed.xml</c> beside it.</param>
    /// <param name="talks">The page's talks, in any order; drafts and future talks are left out.</param>
    /// <param name="since">When a feed with no talk was last updated (its conference's start), so that a rebuild on another day writes the same feed.</param>
    /// <param name="write">Given the feed's bytes, valid only during the call.</param>
    public void Write(string title, string pagePath, IReadOnlyList<Talk> talks, PartialDate? since, PageWriter write)
    {
        var urls = model.Urls;
        var config = model.Config;
        var entries = listing.NewestFirst(talks).Take(config.Options.FeedEntries).ToList();
        var updated = entries.Select(Listing.Updated).Max() ?? since ?? new PartialDate(1970, 1, 1);

        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, Listing.XmlSettings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", AtomNamespace);
            xml.WriteAttributeString("xml", "lang", null, config.Language);
            xml.WriteElementString("title", XmlText(pagePath.Length == 0 ? config.Title : $"{title} · {config.Title}"));
            if (pagePath.Length == 0 && config.Description is { } description)
            {
                xml.WriteElementString("subtitle", XmlText(description));
            }

            Link(xml, "self", "application/atom+xml", urls.AbsoluteUrl(SiteFiles.FeedOf(pagePath)));
            Link(xml, "alternate", "text/html", urls.AbsoluteUrl(pagePath));
            xml.WriteElementString("id", urls.AbsoluteUrl(SiteFiles.FeedOf(pagePath)));
            xml.WriteElementString("updated", Timestamp(updated));
            xml.WriteStartElement("author");
            xml.WriteElementString("name", XmlText(config.Author ?? config.Title));
            xml.WriteEndElement();
            xml.WriteElementString("generator", "Recap");
            xml.WriteEndElement();
        }

        // The entries go between the header and the end, as the writer would have put them there.
        var header = stream.GetBuffer().AsSpan(0, (int)stream.Length);
        if (!header.EndsWith(FeedEnd))
        {
            throw new InvalidOperationException("A feed's header does not end as expected.");
        }

        header = header[..^FeedEnd.Length];
        var parts = entries.Select(Entry).ToList();
        var length = header.Length + parts.Sum(p => p.Length) + FeedEnd.Length;
        var feed = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            header.CopyTo(feed);
            var at = header.Length;
            foreach (var part in parts)
            {
                part.CopyTo(feed, at);
                at += part.Length;
            }

            FeedEnd.CopyTo(feed, at);
            write(feed.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(feed);
        }
    }

    /// <summary>The bytes of <paramref name="talk"/>'s entry in a feed, from the new line before it to its end tag.</summary>
    private byte[] Entry(Talk talk) => _entries.GetOrAdd(talk, talk =>
    {
        var writer = t_entryWriter ??= new EntryWriter();
        try
        {
            return writer.Write(xml => WriteEntry(xml, talk));
        }
        catch
        {
            // A writer an entry failed in may hold half of it (and would fail to close): the next entry gets a new one.
            t_entryWriter = null;
            throw;
        }
    });

    [ThreadStatic]
    private static EntryWriter? t_entryWriter;

    /// <summary>
    /// Writes entries into a feed that never ends, on one thread: one writer and one buffer a thread
    /// rather than one of each an entry, whose buffers were most of what writing feeds allocated.
    /// </summary>
    private sealed class EntryWriter : IDisposable
    {
        private readonly MemoryStream _stream = new();
        private readonly XmlWriter _xml;
        private bool _started;

        public EntryWriter()
        {
            _xml = XmlWriter.Create(_stream, Listing.XmlSettings);
            _xml.WriteStartElement("feed", AtomNamespace);
        }

        /// <summary>The bytes <paramref name="write"/> adds: the entry, from the new line before it to its end tag.</summary>
        public byte[] Write(Action<XmlWriter> write)
        {
            write(_xml);
            _xml.Flush();
            var bytes = _stream.GetBuffer().AsSpan(0, (int)_stream.Length);
            if (!_started)
            {
                // The first entry's bytes start with the feed's start tag.
                var start = bytes.IndexOf(EntryHolder);
                if (start < 0)
                {
                    throw new InvalidOperationException("A feed entry was not written as expected.");
                }

                bytes = bytes[(start + EntryHolder.Length)..];
                _started = true;
            }

            var entry = bytes.ToArray();
            _stream.SetLength(0);
            return entry;
        }

        public void Dispose()
        {
            _xml.Dispose();
            _stream.Dispose();
        }
    }

    private void WriteEntry(XmlWriter xml, Talk talk)
    {
        var urls = model.Urls;
        var url = urls.AbsoluteUrl(talk.SitePath);
        xml.WriteStartElement("entry");
        xml.WriteElementString("title", XmlText(talk.Title));
        Link(xml, "alternate", "text/html", url);
        xml.WriteElementString("id", url);
        if (talk.Date is { } date)
        {
            xml.WriteElementString("published", Timestamp(date, talk.Time));
        }

        if (Listing.Updated(talk) is { } updated)
        {
            xml.WriteElementString("updated", Timestamp(updated, talk.Updated is null ? talk.Time : null));
        }

        // The recap is written by the feed's author (site.yml's author:), whom each entry inherits;
        // the talk was given by its speakers.
        foreach (var speaker in talk.Speakers)
        {
            xml.WriteStartElement("contributor");
            xml.WriteElementString("name", XmlText(speaker.Name));
            xml.WriteElementString("uri", urls.AbsoluteUrl(speaker.SitePath));
            xml.WriteEndElement();
        }

        foreach (var topic in talk.Topics)
        {
            xml.WriteStartElement("category");
            xml.WriteAttributeString("term", topic.Slug);
            xml.WriteAttributeString("label", XmlText(topic.Name));
            xml.WriteAttributeString("scheme", urls.AbsoluteUrl(topic.SitePath));
            xml.WriteEndElement();
        }

        if (talk.FullSummary is { } summary)
        {
            xml.WriteStartElement("summary");
            xml.WriteAttributeString("type", "text");
            xml.WriteString(XmlText(summary));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    /// <summary>
    /// Text without what XML cannot hold and YAML can: control characters, U+FFFE and U+FFFF, and
    /// half of a surrogate pair. A whole pair is one character (an emoji, 𝔘), and is kept.
    /// </summary>
    internal static string XmlText(string text)
    {
        if (!text.AsSpan().ContainsAnyExcept(PlainXmlChars))
        {
            return text;
        }

        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && char.IsSurrogatePair(text[i], text[i + 1]))
            {
                kept.Append(text, i++, 2);
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                kept.Append(text[i]);
            }
        }

        return kept.ToString();
    }

    private static void Link(XmlWriter xml, string rel, string type, string href)
    {
        xml.WriteStartElement("link");
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    /// <summary>An RFC 3339 time: the earliest moment of a partial date, at the talk's time when known (UTC, as talks carry no zone).</summary>
    private static string Timestamp(PartialDate date, TimeOnly? time = null) =>
        date.Earliest.ToDateTime(date.Day is null ? default : time ?? default).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
