using Recap.Tests.Support;

namespace Recap.Tests.Incremental;

/// <summary>
/// Under <c>recap serve</c> the markup of pure partials outlives a build: a rebuild after an edit of
/// what talks display renders again only the markup that read an edited talk, however it reached
/// it (through its arguments, another talk, a list of talks, its conference or a partial it
/// includes), and reuses the rest.
/// </summary>
public sealed class KeptPartialsTests
{
    private const string ThreeTalks = Sites.ConferenceC + """

        -- content/conferences/c/talks/one.md --
        ---
        title: One
        speakers: [Ada Lovelace]
        topics: [Engines]
        order: 1
        ---
        -- content/conferences/c/talks/two.md --
        ---
        title: Two
        speakers: [Ada Lovelace]
        topics: [Engines]
        order: 2
        ---
        -- content/conferences/c/talks/three.md --
        ---
        title: Three
        speakers: [Grace Hopper]
        topics: [Engines]
        order: 3
        ---
        -- partials/next.html --
        {{ $1.title }} then {{ if $1.next }}{{ $1.next.title }}{{ else }}nothing{{ end ~}}
        -- partials/outer.html --
        ({{ include "next" $1 }})
        -- partials/programme.html --
        {{ for t in $1.talks }}{{ t.title }};{{ end ~}}
        -- partials/count.html --
        {{ $1.conference.name }} has {{ $1.conference.written_up_count }} written up
        -- layouts/speaker.html --
        {{~ for t in speaker.talks ~}}
        {{ include "outer" t }}
        {{~ end ~}}
        -- layouts/topic.html --
        {{~ for t in topic.talks ~}}
        {{ include "next" t }}
        {{~ end ~}}
        -- layouts/conference.html --
        {{ include "programme" conference }} {{ include "count" conference.talks[0] }}
        """;

    [Test]
    public void RetitlingATalkRendersAgainTheMarkupThatShowedItThroughAnotherTalkAListOrAPartialWithin()
    {
        using var live = new LiveSiteFixture(ThreeTalks);
        live.AssertSameAsCleanBuild();

        live.Write("-- content/conferences/c/talks/two.md --\n---\ntitle: Second\nspeakers: [Ada Lovelace]\ntopics: [Engines]\norder: 2\n---\n");
        var retitled = live.Rebuild("content/conferences/c/talks/two.md");

        Assert.That(retitled.Reloaded, Is.False, "a title is only displayed: the model is kept");
        live.AssertSameAsCleanBuild();
        Assert.That(File.ReadAllText(Path.Combine(live.Output, "speakers/ada-lovelace/index.html")), Does.Contain("(One then Second)").And.Contain("(Second then Three)"));
        Assert.That(File.ReadAllText(Path.Combine(live.Output, "topics/engines/index.html")), Does.Contain("One then Second").And.Contain("Three then nothing"));
        Assert.That(File.ReadAllText(Path.Combine(live.Output, "c/index.html")), Does.Contain("One;Second;Three;"));

        // Again, and back: the markup rendered by the last rebuild is kept and forgotten the same way.
        live.Write("-- content/conferences/c/talks/two.md --\n---\ntitle: Two\nspeakers: [Ada Lovelace]\ntopics: [Engines]\norder: 2\n---\n");
        live.Rebuild("content/conferences/c/talks/two.md");
        live.AssertSameAsCleanBuild();
    }

    [Test]
    public void ATalkWrittenUpRendersAgainTheMarkupThatCountedItsConferencesWriteUps()
    {
        using var live = new LiveSiteFixture(ThreeTalks);

        live.Write("-- content/conferences/c/talks/three.md --\n---\ntitle: Three\nspeakers: [Grace Hopper]\ntopics: [Engines]\norder: 3\n---\nNotes on the talk, at last.\n");
        var written = live.Rebuild("content/conferences/c/talks/three.md");

        Assert.That(written.Reloaded, Is.False);
        live.AssertSameAsCleanBuild();
        Assert.That(File.ReadAllText(Path.Combine(live.Output, "c/index.html")), Does.Contain("C has 1 written up"), "the markup of talk One's include, which read the conference's count");
    }
}
