using Recap.Tests.Support;

namespace Recap.Tests.Themes;

public sealed class TemplateErrorTests
{
    [Test]
    public void UndefinedMemberIsReportedAtTheTemplateWithThePageBeingRendered()
    {
        using var site = TestSite.Build(Sites.OneTalk + """

            -- layouts/talk.html --
            <h1>{{ talk.title }}</h1>
            <p>{{ talk.speakr }}</p>
            """);

        Assert.That(site.ExitCode, Is.EqualTo(1));
        Assert.That(site.Stderr, Does.StartWith("""
            layouts/talk.html(2,12): error RC0202: 'talk.speakr' is not defined
               1 | <h1>{{ talk.title }}</h1>
             > 2 | <p>{{ talk.speakr }}</p>
                 |            ^
              while rendering content/conferences/conf-2024/talks/first.md

            """));
    }

    [Test]
    public void UndefinedVariableIsReported()
    {
        using var site = TestSite.Build(Sites.OneTalk + """

            -- layouts/talk.html --
            <p>{{ speaker.name }}</p>
            """);

        Assert.That(site.Stderr, Does.StartWith("layouts/talk.html(1,7): error RC0202: 'speaker' is not defined\n"));
    }

    [Test]
    public void TemplateThatDoesNotParseIsReportedOnceWithItsPosition()
    {
        using var site = TestSite.Build(Sites.OneTalk + """

            -- layouts/talk.html --
            <h1>{{ talk.title }}</h1>
            {{ if talk.title }}
            """);

        Assert.That(site.ExitCode, Is.EqualTo(1));
        Assert.That(site.Stderr, Does.StartWith("""
            layouts/talk.html(2,20): error RC0201: error while parsing if statement: The <end> statement was not found in: if <expression> ... end|else|else if
               1 | <h1>{{ talk.title }}</h1>
             > 2 | {{ if talk.title }}
                 |                    ^

            """));
        Assert.That(site.Stderr, Does.Contain("Found 1 error and 0 warnings."));
    }

    [Test]
    public void MissingPartialIsReported()
    {
        using var site = TestSite.Build(Sites.OneTalk + """

            -- layouts/talk.html --
            {{ include "nope" }}
            """);

        Assert.That(site.Stderr, Does.StartWith("layouts/talk.html(1,4): error RC0202: partial 'partials/nope.html' not found in the site, the theme or the default theme\n"));
    }

    [Test]
    public void ErrorsOnEveryPageAreAllReported()
    {
        using var site = TestSite.Build(Sites.OneTalk + """

            -- content/conferences/conf-2024/talks/second.md --
            ---
            title: Second
            ---
            -- layouts/talk.html --
            {{ talk.nope }}
            """);

        Assert.That(site.Stderr, Does.Contain("while rendering content/conferences/conf-2024/talks/first.md"));
        Assert.That(site.Stderr, Does.Contain("while rendering content/conferences/conf-2024/talks/second.md"));
    }
}
