using System.ServiceModel.Syndication;
using System.Xml;
using Recap.Tests.Support;

namespace Recap.Tests.Sharing;

public sealed class FeedTests
{
    [Test]
    public void SiteFeedParsesAndListsTalksNewestFirstByTheSiteAuthorWithSpeakersTopicsAndAbsoluteLinks()
    {
        using var site = TestSite.Build(TrickySite.Files);

        site.AssertClean();
        var feed = Load(site, "feed.xml");
        Assert.That(feed.Title.Text, Is.EqualTo("Zoë's <Recaps> & \"notes\""));
        Assert.That(feed.Items.Select(i => i.Title.Text), Is.EqualTo(new[] { TrickySite.Title, "First talk" }));
        var tricky = feed.Items.First();
        Assert.Multiple(() =>
        {
            Assert.That(tricky.Id, Is.EqualTo("https://example.github.io/recaps/conf-2024/tricky/"));
            Assert.That(tricky.Links.Single().Uri.ToString(), Is.EqualTo(tricky.Id));
            Assert.That(tricky.Authors, Is.Empty, "each recap is by the feed's author");
            Assert.That(feed.Authors.Select(a => a.Name), Is.EqualTo(new[] { "Zoë Ångström" }), "site.yml's author");
            Assert.That(tricky.Contributors.Select(a => (a.Name, a.Uri)), Is.EqualTo(new[]
            {
                ("Zoë Ångström", "https://example.github.io/recaps/speakers/zoe/"),
                ("Ada Lovelace", "https://example.github.io/recaps/speakers/ada-lovelace/"),
            }));
            Assert.That(tricky.Categories.Select(c => c.Label), Is.EqualTo(new[] { "Engines & Co", "Zoë's topic" }));
            Assert.That(tricky.Summary.Text, Is.EqualTo("The write-up, with \"quotes\" & a < b."));
            Assert.That(tricky.PublishDate, Is.EqualTo(new DateTimeOffset(2024, 5, 3, 10, 30, 0, TimeSpan.Zero)));
            Assert.That(feed.Items.Last().LastUpdatedTime, Is.EqualTo(new DateTimeOffset(2024, 6, 10, 0, 0, 0, TimeSpan.Zero)), "updated: wins over the date");
            Assert.That(feed.LastUpdatedTime, Is.EqualTo(new DateTimeOffset(2024, 6, 10, 0, 0, 0, TimeSpan.Zero)), "the latest entry");
            Assert.That(feed.Links.Select(l => (l.RelationshipType, l.Uri.ToString())), Is.EquivalentTo(new[]
            {
                ("self", "https://example.github.io/recaps/feed.xml"),
                ("alternate", "https://example.github.io/recaps/"),
            }));
        });
    }

    [Test]
    public void FeedsKeepEmojiAndOtherCharactersBeyondTheBasicPlaneAndDropWhatXmlCannotHold()
    {
        // YAML's escapes: U+0001 and U+FFFF are text to YAML, not to XML.
        using var site = TestSite.Build(Sites.Config + "\n" + """
            -- content/conferences/c/index.md --
            ---
            name: Conf 🎉
            start: 2024-05-02
            ---
            -- content/conferences/c/talks/a.md --
            ---
            title: "Rockets 🚀,\x01 𝔘nicode and 𠀋\uFFFF"
            date: 2024-05-02
            speakers: [Ada 👩‍💻 Lovelace]
            topics: [🦀 Rust]
            ---
            Body.
            """);

        site.AssertClean();
        var feed = Load(site, "c/feed.xml");
        Assert.That(feed.Title.Text, Is.EqualTo("Conf 🎉 · Recaps"));
        var entry = feed.Items.Single();
        Assert.That(entry.Title.Text, Is.EqualTo("Rockets 🚀, 𝔘nicode and 𠀋"));
        Assert.That(entry.Contributors.Single().Name, Is.EqualTo("Ada 👩‍💻 Lovelace"));
        Assert.That(entry.Categories.Single().Label, Is.EqualTo("🦀 Rust"));
    }

    [Test]
    public void ConferenceSpeakerAndTopicFeedsHoldTheirOwnTalks()
    {
        using var site = TestSite.Build(TrickySite.Files);

        Assert.That(Load(site, "conf-2024/feed.xml").Items.Select(i => i.Title.Text), Is.EqualTo(new[] { TrickySite.Title, "First talk" }));
        Assert.That(Load(site, "speakers/zoe/feed.xml").Items.Select(i => i.Title.Text), Is.EqualTo(new[] { TrickySite.Title }));
        Assert.That(Load(site, "speakers/ada-lovelace/feed.xml").Items.Select(i => i.Title.Text), Is.EqualTo(new[] { TrickySite.Title, "First talk" }));
        Assert.That(Load(site, "topics/zoe-s-topic/feed.xml").Items.Select(i => i.Title.Text), Is.EqualTo(new[] { TrickySite.Title }));
        Assert.That(Load(site, "speakers/zoe/feed.xml").Title.Text, Is.EqualTo("Zoë Ångström · Zoë's <Recaps> & \"notes\""));
    }

    [Test]
    public void DraftsAndFutureTalksStayOutOfFeedsEvenWhenTheirPagesAreBuilt()
    {
        using var site = TestSite.Build(TrickySite.Files, "--drafts", "--future");

        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
        Assert.That(site.Exists("conf-2024/draft/index.html"), Is.True, "the draft page is built");
        Assert.That(Load(site, "feed.xml").Items.Select(i => i.Title.Text), Is.EqualTo(new[] { TrickySite.Title, "First talk" }));
        Assert.That(Load(site, "speakers/ada-lovelace/feed.xml").Items.Select(i => i.Title.Text), Is.EqualTo(new[] { TrickySite.Title, "First talk" }));
    }

    [Test]
    public void FeedsHoldTheNewestTalksUpToFeedEntries()
    {
        using var site = TestSite.Build(TrickySite.Files.Replace("author: Zoë Ångström", "author: Zoë Ångström\noptions:\n  feed_entries: 1", StringComparison.Ordinal));

        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
        Assert.That(Load(site, "feed.xml").Items.Select(i => i.Title.Text), Is.EqualTo(new[] { TrickySite.Title }));
    }

    [Test]
    public void FeedWithNoTalkIsAsOldAsItsConferences()
    {
        using var site = TestSite.Build(Sites.OneTalk.Replace("start: 2024-05-02", "start: 2024-05-02\ntopics: [Lyon]", StringComparison.Ordinal));

        site.AssertClean();
        var feed = Load(site, "topics/lyon/feed.xml");
        Assert.That(feed.Items, Is.Empty);
        Assert.That(feed.LastUpdatedTime, Is.EqualTo(new DateTimeOffset(2024, 5, 2, 0, 0, 0, TimeSpan.Zero)), "not the day of the build");
    }

    [Test]
    public void EveryPageLinksItsFeedsFromTheHead()
    {
        using var site = TestSite.Build(TrickySite.Files);

        site.AssertFile("speakers/zoe/index.html", """
            <link rel="alternate" type="application/atom+xml" title="Zoë Ångström · Zoë&#39;s &lt;Recaps&gt; &amp; &quot;notes&quot;" href="/recaps/speakers/zoe/feed.xml">
            <link rel="alternate" type="application/atom+xml" title="Talks · Zoë&#39;s &lt;Recaps&gt; &amp; &quot;notes&quot;" href="/recaps/feed.xml">
            """);
        site.AssertFile("index.html", """
            <link rel="alternate" type="application/atom+xml" title="Talks · Zoë&#39;s &lt;Recaps&gt; &amp; &quot;notes&quot;" href="/recaps/feed.xml">
            """);
    }

    private static SyndicationFeed Load(TestSite site, string path)
    {
        using var reader = XmlReader.Create(Path.Combine(site.Output, path));
        return SyndicationFeed.Load(reader);
    }
}
