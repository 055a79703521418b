using Recap.Tests.Support;

namespace Recap.Tests.Content;

/// <summary>The fields a conference programme gives a talk (and an import writes): subtitle, length, room, language, links, status.</summary>
public sealed class ProgrammeFieldsTests
{
    [Test]
    public void TalkPageShowsTheProgrammeFields()
    {
        using var site = TestSite.Build(Sites.ConferenceC + """

            -- content/conferences/c/talks/a.md --
            ---
            title: Streams
            subtitle: From batch to "now"
            duration: 40
            room: Saal 1
            track: Data
            language: de
            links:
              - title: Code
                url: https://example.com/code
              - title: github.com/ada/streams
            ---
            Body.
            """);

        site.AssertClean();
        site.AssertFile("c/a/index.html", """
            <p class="lede">From batch to &quot;now&quot;</p>
            40 min <span class="sep" aria-hidden="true">·</span>
            Saal 1 <span class="sep" aria-hidden="true">·</span>
            <span title="Language">de</span>
            <li><a href="https://example.com/code">Code</a></li>
            <li><span class="reference">github.com/ada/streams</span></li>
            ! Cancelled
            """);
    }

    [Test]
    public void CancelledTalkIsMarkedOnItsPageAndCard()
    {
        using var site = TestSite.Build(Sites.ConferenceC + """

            -- content/conferences/c/talks/a.md --
            ---
            title: Streams
            status: cancelled
            ---
            """);

        site.AssertClean();
        site.AssertFile("c/a/index.html", "<span class=\"badge badge-cancelled\">Cancelled</span>");
        site.AssertFile("c/index.html", "<span class=\"badge badge-cancelled\">Cancelled</span>");
    }

    [Test]
    public void WrongProgrammeValuesAreLocatedErrors()
    {
        using var site = TestSite.Build(Sites.ConferenceC.Replace("name: C", "name: C\ntime_zone: Europe/Paaris", StringComparison.Ordinal) + """

            -- content/conferences/c/talks/a.md --
            ---
            title: Streams
            duration: -5
            status: postponed
            links:
              - https://example.com
              - url: https://example.com
            ---
            """);

        Assert.That(site.ErrorLines(), Is.EqualTo(new[]
        {
            "content/conferences/c/index.md(3,1): error RC0105: unknown time zone 'Europe/Paaris' (write an IANA name like Europe/Berlin)",
            "content/conferences/c/talks/a.md(3,1): error RC0105: 'duration' is a number of minutes above 0, not -5",
            "content/conferences/c/talks/a.md(4,9): error RC0105: unknown status 'postponed' (expected scheduled or cancelled)",
            "content/conferences/c/talks/a.md(6,5): error RC0104: each item of 'links' must be a mapping of keys to values, not text",
            "content/conferences/c/talks/a.md(7,5): error RC0103: missing required field 'links.title'",
        }));
        Assert.That(site.ExitCode, Is.EqualTo(1));
    }
}
