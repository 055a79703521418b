using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using CsCheck;

namespace Recap.Tests.Incremental;

/// <summary>
/// Random sites and random sequences of edits: after every edit, what <c>recap serve</c> rebuilds
/// must be what <c>recap build</c> writes from scratch. A failure is shrunk to a small site and few
/// edits, printed as steps to follow by hand, with the seed that replays it:
/// <c>RECAP_REBUILD_SEED=... RECAP_REBUILD_RUNS=1 dotnet test tests/Recap.Tests --filter FullyQualifiedName~RebuildProperty</c>.
/// <c>RECAP_REBUILD_RUNS</c> sets how many sequences run (a fixed seed starts them, so every run
/// tries the same ones) and <c>RECAP_REBUILD_SHRINK_SECONDS</c> how long a failure is shrunk (60).
/// </summary>
public sealed partial class RebuildPropertyTests
{
    private const string DefaultSeed = "0RecapRebuild";

    [Test]
    public void RebuildEqualsCleanBuildAfterAnySequenceOfEdits()
    {
        var statistics = new RebuildStatistics();
        Sample(SiteGenerators.Scenario, s => RebuildProperties.RebuildEqualsCleanBuild(s, statistics), defaultRuns: 200);
        TestContext.Out.WriteLine(statistics);
    }

    [Test]
    public void RebuildEqualsCleanBuildAfterEditsOfWhatTalksDisplay()
    {
        var statistics = new RebuildStatistics();
        Sample(SiteGenerators.DisplayScenario, s => RebuildProperties.RebuildEqualsCleanBuild(s, statistics), defaultRuns: 60);
        TestContext.Out.WriteLine(statistics);
    }

    [Test]
    public void TwoCleanBuildsOfTheSameFilesAreIdentical()
    {
        Sample(SiteGenerators.Scenario.Select(s => s with { Edits = [] }), RebuildProperties.CleanBuildsAreRepeatable, defaultRuns: 40);
    }

    [Test]
    public void RebuildWithNothingChangedLeavesTheOutputAsItWas()
    {
        Sample(SiteGenerators.Scenario.Select(s => s with { Edits = [] }), RebuildProperties.RebuildOfNothingChangesNothing, defaultRuns: 40);
    }

    /// <summary>
    /// Runs the property on scenarios from seeds that follow from one seed, so that a run is the same
    /// every time, a few at once (builds wait on the disk as much as on the processor). The failing
    /// scenario of the lowest number is then shrunk and reported.
    /// </summary>
    private static void Sample(Gen<RebuildScenario> scenarios, Action<RebuildScenario> property, int defaultRuns)
    {
        var seed = Environment.GetEnvironmentVariable("RECAP_REBUILD_SEED") is { Length: > 0 } s ? s : DefaultSeed;
        var seeds = Seeds(seed, Setting("RECAP_REBUILD_RUNS", defaultRuns)).ToList();
        var failures = new ConcurrentDictionary<int, RebuildMismatchException>();
        Parallel.For(0, seeds.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount + 1 }, (i, loop) =>
        {
            if (Run(property, scenarios.Generate(PCG.Parse(seeds[i]), null!, out _)) is { } failure)
            {
                failures[i] = failure;
                loop.Break(); // scenarios of lower numbers still run
            }
        });

        if (!failures.IsEmpty)
        {
            var first = failures.Keys.Min();
            Assert.Fail(Shrink(scenarios, property, seeds[first], failures[first]));
        }
    }

    /// <returns>
    /// A report of the smallest failing scenario found in the time allowed: CsCheck shrinks it for
    /// a quarter of the time, then <see cref="ScenarioReducer"/> drops edits, files and keys.
    /// </returns>
    private static string Shrink(Gen<RebuildScenario> scenarios, Action<RebuildScenario> property, string seed, RebuildMismatchException failure)
    {
        var seconds = Setting("RECAP_REBUILD_SHRINK_SECONDS", 60);
        var smallest = seed;
        try
        {
            scenarios.Sample(property, seed: seed, time: Math.Max(1, seconds / 4), threads: Environment.ProcessorCount);
        }
        catch (CsCheckException shrinking)
        {
            smallest = SeedIn().Match(shrinking.Message) is { Success: true } match ? match.Groups[1].Value : seed;
        }

        var scenario = scenarios.Generate(PCG.Parse(smallest), null!, out _);
        if (Run(property, scenario) is not { } shrunk)
        {
            // Files written within one tick of the clock, with the same length, have the same time of
            // last write: an engine that trusts those over the paths it is told changed fails only then.
            return $"""
                {failure.Message}

                {scenarios.Generate(PCG.Parse(seed), null!, out _).Describe()}
                This scenario failed once, then passed when run again: the difference depends on timing, such as files that have the same time of last write.
                Replay: RECAP_REBUILD_SEED={seed} RECAP_REBUILD_RUNS=1 dotnet test tests/Recap.Tests --filter FullyQualifiedName~RebuildProperty
                """;
        }

        var reduced = ScenarioReducer.Reduce(scenario, shrunk.Signature, s => Run(property, s)?.Signature, TimeSpan.FromSeconds(seconds - (seconds / 4)));
        var difference = Run(property, reduced) ?? shrunk;
        return $"""
            {difference.Message}

            {reduced.Describe()}
            Replay (before files and edits were dropped): RECAP_REBUILD_SEED={smallest} RECAP_REBUILD_RUNS=1 dotnet test tests/Recap.Tests --filter FullyQualifiedName~RebuildProperty
            """;
    }

    /// <returns>The difference the scenario shows, or null when the property holds.</returns>
    private static RebuildMismatchException? Run(Action<RebuildScenario> property, RebuildScenario scenario)
    {
        try
        {
            property(scenario);
            return null;
        }
        catch (RebuildMismatchException difference)
        {
            return difference;
        }
        catch (Exception e) when (e is not AssertionException)
        {
            return new RebuildMismatchException($"A build threw {e}", e.GetType().Name);
        }
    }

    /// <summary>The seed itself, then seeds drawn from it. A seed that is not one CsCheck printed (any text) is hashed into one.</summary>
    private static IEnumerable<string> Seeds(string seed, int count)
    {
        PCG pcg;
        try
        {
            pcg = PCG.Parse(seed);
        }
        catch (CsCheckException)
        {
            var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(seed));
            pcg = new PCG(BitConverter.ToUInt32(hash, 0), BitConverter.ToUInt64(hash, 4));
            seed = pcg.ToString();
        }

        yield return seed;
        for (var i = 1; i < count; i++)
        {
            yield return new PCG(pcg.Stream, pcg.Next64()).ToString();
        }
    }

    private static int Setting(string name, int value) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } text ? int.Parse(text, CultureInfo.InvariantCulture) : value;

    [GeneratedRegex("seed: \"([^\"]+)\"")]
    private static partial Regex SeedIn();
}
