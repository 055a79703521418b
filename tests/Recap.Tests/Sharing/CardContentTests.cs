using Recap.Cards;
using Recap.Content;
using Recap.Diagnostics;
using Recap.Model;
using Recap.Sharing;
using Recap.Tests.Support;
using Recap.Themes;

namespace Recap.Tests.Sharing;

/// <summary>What each card of a site says: each thing once, and the lower third filled.</summary>
public sealed class CardContentTests
{
    private const string Conference = Sites.Config + "\n" + """
        -- content/conferences/lyon-2024/index.md --
        ---
        name: Lyon 2024
        series: MixIT
        start: 2024-06-03
        end: 2024-06-04
        location: Lyon
        ---
        -- content/conferences/lyon-2024/talks/rust.md --
        ---
        title: Rust in production
        speakers: [Ada Lovelace, Zoë Ångström]
        format: lightning
        date: 2024-06-04
        ---
        -- content/conferences/lyon-2024/talks/go.md --
        ---
        title: Go at scale
        speakers: [Ada Lovelace]
        format: keynote
        ---
        """;

    [Test]
    public void TalkCardNamesItsSpeakersAndItsConferenceWhenAndWhere()
    {
        var card = CardOf(Conference, "lyon-2024/rust/card.png");

        Assert.That(card.Title, Is.EqualTo("Rust in production"));
        Assert.That(card.People, Is.EqualTo(new[] { "Ada Lovelace", "Zoë Ångström" }));
        Assert.That(card.Footer, Is.EqualTo("Lyon 2024 · 4 June · Lyon"), "the talk's own day, its year already in the name");
        Assert.That(card.Kicker, Is.Null, "the conference is said once, in the footer");
        Assert.That(card.Badge, Is.EqualTo("Lightning talk"));
        Assert.That(card.BadgeColors, Is.EqualTo(CardBadges.Of(TalkFormat.Lightning)));
    }

    [Test]
    public void TalkWithoutADateHasTheConferenceDates()
    {
        var card = CardOf(Conference, "lyon-2024/go/card.png");

        Assert.That(card.Footer, Is.EqualTo("Lyon 2024 · 3–4 June · Lyon"));
        Assert.That(card.BadgeColors, Is.EqualTo(CardBadges.Of(TalkFormat.Keynote)));
    }

    [Test]
    public void ConferenceCardSaysItsYearOnceAndCountsItsTalks()
    {
        var card = CardOf(Conference, "lyon-2024/card.png");

        Assert.That(card.Title, Is.EqualTo("Lyon 2024"));
        Assert.That(card.Kicker, Is.EqualTo("MixIT"));
        Assert.That(card.People, Is.EqualTo(new[] { "3–4 June · Lyon" }));
        Assert.That(card.Footer, Is.EqualTo("2 talks · 2 speakers"));
        Assert.That(card.BadgeColors, Is.Null, "the accent: the site has no badge for a conference");
    }

    [Test]
    public void ConferenceKnownOnlyByItsYearHasNoDateLineWhenItsNameSaysIt()
    {
        var card = CardOf(Sites.OneTalk.Replace("start: 2024-05-02", "start: 2024", StringComparison.Ordinal), "conf-2024/card.png");

        Assert.That(card.Kicker, Is.Null);
        Assert.That(card.People, Is.Empty);
        Assert.That(card.Footer, Is.EqualTo("1 talk · 1 speaker"));
    }

    [Test]
    public void SiteCardSaysItsNameOnceAndCountsWhatTheSiteHolds()
    {
        var card = CardOf(Conference.Replace("title: Recaps", "title: Recaps\ndescription: Notes from conferences.", StringComparison.Ordinal), "card.png");

        Assert.That(card.Title, Is.EqualTo("Recaps"));
        Assert.That(card.SiteName, Is.EqualTo(card.Title), "the painter leaves out a site name that is the title");
        Assert.That(card.People, Is.EqualTo(new[] { "Notes from conferences." }));
        Assert.That(card.Footer, Is.EqualTo("1 conference · 2 talks · 2 speakers"));
    }

    [TestCase("dotScale 2018", "2018", null, null)]
    [TestCase("dotScale 2018", "2018-04-19", null, "19 April")]
    [TestCase("dotScale 2018", "2018-04", null, "April")]
    [TestCase("Lyon 2024", "2024-06-30", "2024-07-02", "30 June – 2 July")]
    [TestCase("Winter 2024", "2024-12-30", "2025-01-02", "30 December 2024 – 2 January 2025")]
    [TestCase("dotScale", "2018-04-19", null, "19 April 2018")]
    [TestCase("Conf 20180", "2018-04-19", null, "19 April 2018")]
    [TestCase("Conf 12018", "2018-04-19", null, "19 April 2018")]
    [TestCase("Conf 20181, edition 2018", "2018-04-19", null, "19 April")]
    [TestCase("2018", "2018-04-19", null, "19 April")]
    public void DatesLeaveOutTheYearTheNameSays(string name, string start, string? end, string? expected)
    {
        Assert.That(PartialDate.TryParse(start, out var first), Is.True);
        PartialDate? last = end is not null && PartialDate.TryParse(end, out var parsed) ? parsed : null;

        Assert.That(SocialCards.When(name, first, last), Is.EqualTo(expected));
    }

    /// <summary>The year is left off with the words that join it, wherever the language writes it: first, last, or after "de".</summary>
    [TestCase("de", "dotScale 2018", "2018-04-19", null, "19. April")]
    [TestCase("es", "dotScale 2018", "2018-04-19", null, "19 de abril")]
    [TestCase("es", "dotScale 2018", "2018-04", null, "abril")]
    [TestCase("fr", "Lyon 2024", "2024-08-01", "2024-08-03", "1er–3 août")]
    [TestCase("ja", "PyCon JP 2019", "2019-09-16", "2019-09-17", "9月16日〜17日")]
    [TestCase("ja", "PyCon JP 2019", "2019-06-30", "2019-07-02", "6月30日〜7月2日")]
    [TestCase("ja", "PyCon JP 2019", "2019-09", null, "9月")]
    [TestCase("ja", "PyCon JP", "2019-09-16", null, "2019年9月16日")]
    [TestCase("ja", "PyCon JP 2019", "2019-12-30", "2020-01-02", "2019年12月30日〜2020年1月2日")]
    public void DatesLeaveOutTheYearTheNameSaysInTheSitesLanguage(string language, string name, string start, string? end, string expected)
    {
        var words = ThemeStrings.Load(null, [new EmbeddedThemeSource()], language, new DiagnosticBag()).Dates;
        Assert.That(PartialDate.TryParse(start, out var first), Is.True);
        PartialDate? last = end is not null && PartialDate.TryParse(end, out var parsed) ? parsed : null;

        Assert.That(SocialCards.When(name, first, last, words), Is.EqualTo(expected));
    }

    [TestCase("{1} {0}, {2}", "April 19")]
    [TestCase("{2}-{1}-{0}", "April-19")]
    [TestCase("{1} {2}, day {0}", "April 2018, day 19")]
    public void AYearWrittenBetweenTheDayAndTheMonthStays(string pattern, string expected)
    {
        Assert.That(PartialDate.TryParse("2018-04-19", out var day), Is.True);

        Assert.That(SocialCards.When("dotScale 2018", day, null, DateWords.English with { Day = pattern }), Is.EqualTo(expected));
    }

    [Test]
    public void MovingAConferenceRedrawsTheCardsThatSayWhereItIs()
    {
        using var site = TestSite.Build(Conference);
        Assert.That(site.Stdout, Does.Contain("drew 6 social cards (reused 0)"), "the site, two talks, the conference and two speakers");

        site.Write(Conference.Replace("location: Lyon", "location: Villeurbanne", StringComparison.Ordinal));
        site.Run();

        // The conference's card and both talks' cards say where it is; the speakers' and the site's do not.
        Assert.That(site.Stdout, Does.Contain("drew 3 social cards (reused 3)"));
    }

    private static SocialCard CardOf(string files, string path)
    {
        using var site = TestSite.Create(files);
        var diagnostics = new DiagnosticBag();
        var model = Site.Load(new SiteOptions { Source = site.Root }, diagnostics).Model;
        Assert.That(model, Is.Not.Null, $"{diagnostics.Count} problems");
        return model!.Outputs.Entries.OfType<CardOutput>().Single(c => c.Path == path).Card;
    }
}
