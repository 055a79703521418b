using Recap.Tests.Support;

namespace Recap.Tests.Model;

public sealed class TopicTests
{
    private const string Site = Sites.Config + """

        -- content/topics/kubernetes.md --
        ---
        name: Kubernetes
        aliases: [k8s]
        description: Container orchestration.
        ---
        Kubernetes runs containers across a cluster.
        -- content/conferences/a/index.md --
        ---
        name: A
        start: 2019
        topics: [Kubernetes]
        ---
        -- content/conferences/a/talks/one.md --
        ---
        title: One
        topics: [k8s, Service Mesh]
        ---
        -- content/conferences/b/index.md --
        ---
        name: B
        start: 2020
        ---
        -- content/conferences/b/talks/two.md --
        ---
        title: Two
        topics: [KUBERNETES, service-mesh]
        ---
        """;

    [Test]
    public void AliasesAndSpellingsOfATopicMeetOnOnePage()
    {
        using var site = TestSite.Build(Site);

        site.AssertClean();
        site.AssertFile("topics/kubernetes/index.html", """
            <h1>Kubernetes</h1>
            Container orchestration.
            <p>Kubernetes runs containers across a cluster.</p>
            >One<
            >Two<
            """);
        Assert.That(site.Exists("topics/k8s/index.html"), Is.False);
    }

    [Test]
    public void TopicWithoutAFileGetsAPageNamedAsFirstWritten()
    {
        using var site = TestSite.Build(Site);

        site.AssertFile("topics/service-mesh/index.html", """
            <h1>Service Mesh</h1>
            >One<
            >Two<
            """);
    }

    [Test]
    public void TopicPageListsTalksNewestFirstAndConferencesTaggedWithIt()
    {
        using var site = TestSite.Build(Site);

        var page = site.ReadFile("topics/kubernetes/index.html");
        Assert.That(page.IndexOf(">Two<", StringComparison.Ordinal), Is.LessThan(page.IndexOf(">One<", StringComparison.Ordinal)));
        Assert.That(page, Does.Contain("<a href=\"/a/\">A</a>"));
    }

    [Test]
    public void TopicsIndexHasCounts()
    {
        using var site = TestSite.Build(Site);

        site.AssertFile("topics/index.html", """
            <a href="/topics/kubernetes/">Kubernetes</a> <span class="count">2&nbsp;talks</span>
            <a href="/topics/service-mesh/">Service Mesh</a> <span class="count">2&nbsp;talks</span>
            """);
    }

    [Test]
    public void NearMissOfAKnownTopicIsAWarning()
    {
        using var site = TestSite.Build(Site + """

            -- content/conferences/b/talks/three.md --
            ---
            title: Three
            topics: [Kubernetis]
            ---
            """);

        Assert.That(site.Stderr, Does.StartWith("content/conferences/b/talks/three.md(3,10): warning RC0110: new topic 'Kubernetis' (did you mean 'Kubernetes'?)\n"));
    }
}
