using Recap.Tests.Support;

namespace Recap.Tests.Diagnostics;

/// <summary>A conference cannot end before it starts; partial dates are compared by the days they may mean.</summary>
public sealed class ConferenceDateTests
{
    private const string Index = "content/conferences/devconf-2025/index.md";

    [Test]
    public void EndBeforeStartIsAnErrorAtTheEndKey()
    {
        using var site = TestSite.Build(Sites.Config + """

            -- content/conferences/devconf-2025/index.md --
            ---
            name: DevConf 2025
            start: 2025-05-21
            end: 2025-05-19
            ---
            Two days.
            """);

        Assert.That(site.ExitCode, Is.EqualTo(1));
        Assert.That(site.Stderr, Does.StartWith($"""
            {Index}(4,1): error RC0105: 'end' (2025-05-19) is before 'start' (2025-05-21)
               3 | start: 2025-05-21
             > 4 | end: 2025-05-19
                 | ^

            """));
    }

    [TestCase("2025-06", "2025-05-31", "'end' (2025-05-31) is before 'start' (2025-06)", TestName = "start known to the month")]
    [TestCase("2025-05-21", "2025-04", "'end' (2025-04) is before 'start' (2025-05-21)", TestName = "end known to the month")]
    [TestCase("2025", "2024-12-31", "'end' (2024-12-31) is before 'start' (2025)", TestName = "start known to the year")]
    [TestCase("2025-01-01", "2024", "'end' (2024) is before 'start' (2025-01-01)", TestName = "end known to the year")]
    [TestCase("2025-05-21T09:00:00Z", "2025-05-20T18:00:00Z", "'end' (2025-05-20) is before 'start' (2025-05-21)", TestName = "timestamps")]
    public void EndBeforeEveryDayTheStartMayMeanIsAnError(string start, string end, string message)
    {
        using var site = Build(start, end);

        Assert.That(site.ErrorLines(), Is.EqualTo(new[] { $"{Index}(4,1): error RC0105: {message}" }));
    }

    [TestCase("2025-05-21", "2025-05-21", TestName = "one day")]
    [TestCase("2025-05-21", "2025-05-22", TestName = "two days")]
    [TestCase("2025-05-21", "2025-05", TestName = "end known to the month it starts in")]
    [TestCase("2025-05", "2025-05-02", TestName = "start known to the month it ends in")]
    [TestCase("2025", "2025-01", TestName = "end in the year it starts in")]
    [TestCase("2025-12-31", "2026-01-01", TestName = "over new year")]
    public void EndThatMayBeOnOrAfterTheStartIsRead(string start, string end)
    {
        using var site = Build(start, end);

        site.AssertClean();
    }

    [Test]
    public void DraftConferenceIsCheckedToo()
    {
        using var site = TestSite.Build(Sites.Config + """

            -- content/conferences/devconf-2025/index.md --
            ---
            name: DevConf 2025
            draft: true
            start: 2025-05-21
            end: 2025-05-19
            ---
            """);

        Assert.That(site.ErrorLines(), Is.EqualTo(new[] { $"{Index}(5,1): error RC0105: 'end' (2025-05-19) is before 'start' (2025-05-21)" }));
    }

    [Test]
    public void TomlEndBeforeStartIsAnErrorAtTheEndKey()
    {
        using var site = TestSite.Build(Sites.Config + """

            -- content/conferences/devconf-2025/index.md --
            +++
            name = "DevConf 2025"
            end = 2025-05-19
            start = 2025-05-21
            +++
            """);

        Assert.That(site.ErrorLines(), Is.EqualTo(new[] { $"{Index}(3,1): error RC0105: 'end' (2025-05-19) is before 'start' (2025-05-21)" }));
    }

    [Test]
    public void EndWithoutStartIsRead()
    {
        using var site = TestSite.Build(Sites.Config + """

            -- content/conferences/devconf-2025/index.md --
            ---
            name: DevConf 2025
            end: 2025-05-19
            ---
            """);

        site.AssertClean();
    }

    private static TestSite Build(string start, string end) => TestSite.Build(Sites.Config + $"""

        -- {Index} --
        ---
        name: DevConf 2025
        start: {start}
        end: {end}
        ---
        """);
}
