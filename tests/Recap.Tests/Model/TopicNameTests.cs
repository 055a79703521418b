using Recap.Tests.Support;

namespace Recap.Tests.Model;

/// <summary>Topic names are identifiers: languages named by punctuation, singulars and plurals, look-alikes.</summary>
public sealed class TopicNameTests
{
    /// <summary>A site whose talks each name these topics, one talk per list.</summary>
    private static string TalksAbout(params string[] topicLists) =>
        Sites.TalksInC(topicLists.Select(topics => $"topics: [{topics}]"));

    [Test]
    public void LanguagesNamedByPunctuationAreFiveTopicsAtReadableUrls()
    {
        using var site = TestSite.Build(TalksAbout("C", "\"C#\"", "C++", "\"F#\"", ".NET"));

        site.AssertClean();
        Assert.That(site.PageSlugs("topics"), Is.EquivalentTo(new[] { "c", "c-sharp", "cpp", "f-sharp", "dotnet" }));
        site.AssertFile("topics/c-sharp/index.html", """
            <h1>C#</h1>
            Talk 2
            ! Talk 1
            ! Talk 3
            """);
        site.AssertFile("topics/cpp/index.html", "<h1>C++</h1>");
        site.AssertFile("topics/dotnet/index.html", "<h1>.NET</h1>");
        site.AssertFile("c/t01/index.html", """
            <li><a href="/topics/c/">C</a></li>
            ! /topics/c-sharp/
            """);
    }

    [Test]
    public void LanguagesWithTopicFilesAreFiveTopicsToo()
    {
        using var site = TestSite.Build(TalksAbout("C", "\"C#\"", "C++", "\"F#\"", ".NET", "c-sharp, cpp, dotnet") + """

            -- content/topics/c.md --
            ---
            name: C
            ---
            -- content/topics/csharp.md --
            ---
            name: C#
            ---
            -- content/topics/cpp.md --
            ---
            name: C++
            ---
            -- content/topics/fsharp.md --
            ---
            name: F#
            ---
            -- content/topics/dotnet.md --
            ---
            name: .NET
            ---
            """);

        site.AssertClean();
        Assert.That(site.PageSlugs("topics"), Is.EquivalentTo(new[] { "c", "csharp", "cpp", "fsharp", "dotnet" }));
        site.AssertFile("topics/csharp/index.html", """
            <h1>C#</h1>
            Talk 2
            Talk 6
            """);
        site.AssertFile("topics/c/index.html", """
            Talk 1
            ! Talk 2
            ! Talk 6
            """);
    }

    [Test]
    public void ATopicFileNamedAfterALanguageIsReadAsOneToo()
    {
        using var site = TestSite.Build(TalksAbout("C", "\"C#\"") + """

            -- content/topics/C#.md --
            ---
            description: The language.
            ---
            """);

        site.AssertClean();
        Assert.That(site.PageSlugs("topics"), Is.EquivalentTo(new[] { "c", "c-sharp" }));
        site.AssertFile("topics/c-sharp/index.html", """
            The language.
            Talk 2
            ! Talk 1
            """);
    }

    [TestCase("APIs", "api", "api")]
    [TestCase("api", "APIs", "api")]
    [TestCase("libraries", "library", "library")]
    [TestCase("unit-tests", "unit test", "unit-test")]
    [TestCase("Classes", "class", "class")]
    public void SingularAndPluralAreOneTopicWithTheSingularsPage(string first, string second, string singular)
    {
        using var site = TestSite.Build(TalksAbout(first, second));

        site.AssertClean();
        var page = site.PageSlugs("topics").Single();
        Assert.That(page, Is.EqualTo(singular));
        site.AssertFile($"topics/{page}/index.html", """
            Talk 1
            Talk 2
            """);
    }

    [Test]
    public void ATopicFileInThePluralGathersTheSingularToo()
    {
        using var site = TestSite.Build(TalksAbout("api") + """

            -- content/topics/apis.md --
            ---
            name: APIs
            ---
            """);

        site.AssertClean();
        Assert.That(site.PageSlugs("topics"), Is.EqualTo(new[] { "apis" }));
    }

    [Test]
    public void SeparatorsDoNotMakeTwoTopics()
    {
        using var site = TestSite.Build(TalksAbout("unit testing", "unit-testing", "Unit_Testing"));

        site.AssertClean();
        Assert.That(site.PageSlugs("topics"), Is.EqualTo(new[] { "unit-testing" }));
    }

    [Test]
    public void AWordWithAPrefixOrAWordAddedIsAnotherTopicNotATypo()
    {
        using var site = TestSite.Build(TalksAbout("supervised-learning", "unsupervised-learning", "blocking io", "non-blocking io", "Kubernetes", "Kubernetis", "Kafka 2", "Kafka"));

        Assert.That(site.WarningLines(), Is.EqualTo(new[]
        {
            "content/conferences/c/talks/t06.md(3,10): warning RC0110: new topic 'Kubernetis' (did you mean 'Kubernetes'?)",
        }));
        Assert.That(site.PageSlugs("topics"), Has.Member("unsupervised-learning").And.Member("supervised-learning"));
    }

    [Test]
    public void DistinctKeepsLookAlikeTopicsApart()
    {
        var talks = TalksAbout("http", "https", "Rust", "Rusty");
        using var merged = TestSite.Build(talks);
        using var apart = TestSite.Build(talks.Replace("title: Recaps", """
            title: Recaps
            distinct:
              topics: [https, rusty]
            """, StringComparison.Ordinal));

        Assert.That(merged.PageSlugs("topics"), Is.EquivalentTo(new[] { "http", "rust", "rusty" }));
        Assert.That(merged.WarningLines(), Is.EqualTo(new[]
        {
            "content/conferences/c/talks/t04.md(3,10): warning RC0110: new topic 'Rusty' (did you mean 'Rust'?)",
        }));
        apart.AssertClean();
        Assert.That(apart.PageSlugs("topics"), Is.EquivalentTo(new[] { "http", "https", "rust", "rusty" }));
    }

    [Test]
    public void ATopicFileSaysWhichLookAlikesAreOtherTopics()
    {
        using var site = TestSite.Build(TalksAbout("https", "Rusty") + """

            -- content/topics/http.md --
            ---
            name: HTTP
            distinct: [HTTPS]
            ---
            -- content/topics/rust.md --
            ---
            name: Rust
            distinct: [Rusty]
            ---
            """);

        site.AssertClean();
        Assert.That(site.PageSlugs("topics"), Is.EquivalentTo(new[] { "http", "https", "rust", "rusty" }));
    }
}
