using Recap.Tests.Support;
using Recap.Themes;
using Scriban;

namespace Recap.Tests.Themes;

/// <summary>
/// A build renders a pure partial once per distinct arguments and reuses the markup; a partial
/// that reads anything else renders on every include. Either way the pages are the same.
/// </summary>
public sealed class PartialReuseTests
{
    private const string TwoTalksBySameSpeaker = Sites.ConferenceC + """

        -- content/conferences/c/talks/one.md --
        ---
        title: One
        speakers: [Ada Lovelace]
        topics: [Engines]
        ---
        -- content/conferences/c/talks/two.md --
        ---
        title: Two
        speakers: [Ada Lovelace]
        topics: [Engines]
        ---
        """;

    [Test]
    public void APartialThatSetsAGlobalLeavesItSetWhenItsMarkupIsReused()
    {
        // The second include of the same talk on the page is reused: the global must still be set by it.
        using var site = TestSite.Build(TwoTalksBySameSpeaker + """

            -- partials/badge.html --
            {{~ badge_title = $1.title ~}}<b>{{ $1.title }}</b>{{ "" ~}}
            -- layouts/speaker.html --
            {{~ for t in speaker.talks ~}}
            {{ include "badge" t }} {{ badge_title = "changed" }}{{ include "badge" t }} after={{ badge_title }};
            {{~ end ~}}
            -- layouts/topic.html --
            {{~ for t in topic.talks ~}}
            {{ include "badge" t }} after={{ badge_title }};
            {{~ end ~}}
            """);

        site.AssertClean();
        site.AssertFile("speakers/ada-lovelace/index.html", """
            <b>One</b> <b>One</b> after=One;
            <b>Two</b> <b>Two</b> after=Two;
            """);
        site.AssertFile("topics/engines/index.html", """
            <b>One</b> after=One;
            <b>Two</b> after=Two;
            """);
    }

    [Test]
    public void APartialThatReadsThePageRendersForEachPage()
    {
        using var site = TestSite.Build(TwoTalksBySameSpeaker + """

            -- partials/where.html --
            {{ $1.title }} on {{ page.url ~}}
            -- layouts/speaker.html --
            {{~ for t in speaker.talks ~}}
            [{{ include "where" t }}]
            {{~ end ~}}
            -- layouts/topic.html --
            {{~ for t in topic.talks ~}}
            [{{ include "where" t }}]
            {{~ end ~}}
            """);

        site.AssertClean();
        site.AssertFile("speakers/ada-lovelace/index.html", """
            [One on /speakers/ada-lovelace/]
            [Two on /speakers/ada-lovelace/]
            """);
        site.AssertFile("topics/engines/index.html", """
            [One on /topics/engines/]
            [Two on /topics/engines/]
            """);
    }

    [Test]
    public void ArgumentsMadeForOnePageAreNotReusedOnAnother()
    {
        // An array built in the template is a new object on each page: equal by content, never by identity.
        using var site = TestSite.Build(TwoTalksBySameSpeaker + """

            -- partials/list.html --
            {{ $1 | array.join "," ~}}
            -- layouts/speaker.html --
            {{ include "list" ([speaker.name, page.url]) }}
            -- layouts/topic.html --
            {{ include "list" ([topic.name, page.url]) }}
            """);

        site.AssertClean();
        site.AssertFile("speakers/ada-lovelace/index.html", "Ada Lovelace,/speakers/ada-lovelace/");
        site.AssertFile("topics/engines/index.html", "Engines,/topics/engines/");
    }

    [Test]
    public void TheDefaultThemesCardsAreReusable()
    {
        using var site = TestSite.Create(Sites.Config);
        var pure = Theme.Load(site.Root, "default", null, new Recap.Diagnostics.DiagnosticBag(), null)!.PurePartials;

        Assert.That(pure.Keys, Is.SupersetOf(new[]
        {
            "partials/talk-card.html", "partials/conference-card.html", "partials/speaker-names.html", "partials/status-badges.html",
        }));
        Assert.That(pure.Keys, Does.Not.Contain("partials/nav-item.html"), "it reads page");
    }

    [TestCase("{{ card = $1; level = $2 ?? 3 }}<h{{ level }}>{{ card.title }}</h{{ level }}>{{ include \"inner\" card }}", "card, level, inner_set")]
    [TestCase("{{ for p in $1 }}{{ p.name }}{{ if !for.last }}, {{ end }}{{ end }}", "")]
    [TestCase("{{ $x = $1 | string.upcase }}{{ $x }} {{ site.title }} {{ 2 | pluralize \"talk\" }} {{ math.round 1.5 }}", "")]
    [TestCase("{{ total = 1 }}{{ total += 1 }}{{ total }}", "total")]
    public void PurePartialsAreFoundWithTheGlobalsTheySet(string text, string sets)
    {
        var pure = PartialPurity.Find(Partials(("partials/p.html", text), ("partials/inner.html", "{{ inner_set = $1 }}")));

        Assert.That(pure.ContainsKey("partials/p.html"), Is.True);
        Assert.That(string.Join(", ", pure["partials/p.html"].Order(StringComparer.Ordinal)), Is.EqualTo(string.Join(", ", sets.Split(", ", StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal))));
    }

    [TestCase("{{ page.url }}", TestName = "reads page")]
    [TestCase("{{ talk.title }}", TestName = "reads a page variable")]
    [TestCase("{{ date.now }}", TestName = "reads the clock")]
    [TestCase("{{ math.random 1 6 }}", TestName = "draws a random number")]
    [TestCase("{{ x }}{{ x = 1 }}", TestName = "reads a global before setting it")]
    [TestCase("{{ x += 1 }}", TestName = "adds to a global it did not set")]
    [TestCase("{{ if $1 }}{{ x = 1 }}{{ end }}", TestName = "sets a global below the top level")]
    [TestCase("{{ $1.title = 'x' }}", TestName = "assigns a member")]
    [TestCase("{{ capture x }}a{{ end }}", TestName = "captures")]
    [TestCase("{{ with site }}{{ title }}{{ end }}", TestName = "uses with")]
    [TestCase("{{ func f }}{{ ret 1 }}{{ end }}", TestName = "defines a function")]
    [TestCase("{{ include $1 }}", TestName = "includes a name given at run time")]
    [TestCase("{{ 'inner' | include }}", TestName = "includes a piped name")]
    [TestCase("{{ include 'impure' }}", TestName = "includes an impure partial")]
    [TestCase("{{ include 'p' }}", TestName = "includes itself")]
    [TestCase("{{ include 'missing' }}", TestName = "includes a missing partial")]
    [TestCase("{{ object.eval '1' }}", TestName = "evaluates code")]
    [TestCase("{{ for.index }}", TestName = "reads for outside a loop")]
    public void ImpurePartialsRenderEachTime(string text)
    {
        var pure = PartialPurity.Find(Partials(("partials/p.html", text), ("partials/inner.html", "x"), ("partials/impure.html", "{{ page.url }}")));

        Assert.That(pure.Keys, Is.EquivalentTo(new[] { "partials/inner.html" }));
    }

    private static Dictionary<string, ThemeTemplate> Partials(params (string Path, string Text)[] partials) =>
        partials.ToDictionary(p => p.Path, p => new ThemeTemplate(Template.Parse(p.Text, p.Path), p.Path, p.Text), StringComparer.Ordinal);
}
