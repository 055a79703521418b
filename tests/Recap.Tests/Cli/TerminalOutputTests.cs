using Recap.Tests.Support;

namespace Recap.Tests.Cli;

/// <summary>
/// What <c>recap build</c> prints on a terminal (a pseudo-terminal from <c>script</c>) and when its
/// output is redirected: a progress line and colours for a person, the summary alone for a log.
/// </summary>
public sealed class TerminalOutputTests
{
    private static readonly string Recap = Path.Combine(TestContext.CurrentContext.TestDirectory, "Recap.Cli.dll");

    [Test]
    public void LongBuildOnATerminalShowsProgressAndRedirectedPrintsTheSummaryOnly()
    {
        // Enough talks, each with a card to draw, that the build takes longer than the second
        // before the progress line appears.
        using var site = TestSite.Create(Sites.ConferenceC + string.Concat(Enumerable.Range(1, 1500).Select(i => $"""

            -- content/conferences/c/talks/t{i:0000}.md --
            ---
            title: Talk number {i} about streams
            speakers: [Speaker {i % 300}]
            ---
            Notes.
            """)));

        var terminal = OnTerminal($"build --source {site.Root}");
        Assert.That(terminal, Does.Match(@"\rWriting [0-9,]+ of [0-9,]+ outputs \(pages, feeds, cards, files\)"));
        Assert.That(terminal, Does.Contain("Built 1,857 pages"));

        Directory.Delete(site.Output, recursive: true);
        Directory.Delete(Path.Combine(site.Root, ".recap-cache"), recursive: true);
        var (stdout, stderr) = Redirected("build", "--source", site.Root);
        Assert.That(stderr, Is.Empty);
        Assert.That(stdout, Does.StartWith("Built 1,857 pages").And.Not.Contain("Writing"));
    }

    [TestCase(null, true)]
    [TestCase("1", false)]
    public void DiagnosticsOnATerminalAreColouredUnlessNoColorIsSet(string? noColor, bool coloured)
    {
        using var site = TestSite.Create(Sites.ConferenceC.Replace("name: C", "name: C\nstrat: 2024", StringComparison.Ordinal));

        var terminal = OnTerminal($"build --source {site.Root}", noColor);

        Assert.That(terminal, Does.Contain("content/conferences/c/index.md(3,1): " + (coloured ? "\u001b[1;31merror\u001b[0m" : "error") + " RC0102: unknown key 'strat'"));
        Assert.That(terminal.Contains("\u001b[1;3", StringComparison.Ordinal), Is.EqualTo(coloured));
    }

    /// <summary>Runs recap on a pseudo-terminal and returns what the terminal showed.</summary>
    private static string OnTerminal(string arguments, string? noColor = null)
    {
        var log = Path.GetTempFileName();
        try
        {
            var environment = new Dictionary<string, string?> { ["CI"] = null, ["NO_COLOR"] = noColor, ["TERM"] = "xterm" };
            Programs.Run("script", ["--quiet", "--return", "--command", $"dotnet {Recap} {arguments}", log], environment: environment);
            return File.ReadAllText(log);
        }
        finally
        {
            File.Delete(log);
        }
    }

    private static (string Stdout, string Stderr) Redirected(params string[] arguments)
    {
        var (_, stdout, stderr) = Programs.Run("dotnet", [Recap, .. arguments], environment: new Dictionary<string, string?> { ["CI"] = null });
        return (stdout, stderr);
    }
}
