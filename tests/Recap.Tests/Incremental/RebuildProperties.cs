using Recap.Incremental;
using Recap.Tests.Support;

namespace Recap.Tests.Incremental;

/// <summary>
/// The properties the rebuild tests sample. Each throws a <see cref="RebuildMismatchException"/>
/// naming the first difference it finds.
/// </summary>
internal static class RebuildProperties
{
    /// <summary>
    /// After the first build and after every edit, the rebuild given the changed paths succeeds or
    /// fails as a clean build of the same files does, with the same diagnostics, and when both
    /// succeed its output folder holds the same files with the same bytes.
    /// </summary>
    public static void RebuildEqualsCleanBuild(RebuildScenario scenario, RebuildStatistics? statistics)
    {
        using var harness = new RebuildHarness(scenario);

        // Every other scenario starts as a second recap serve does, on bodies a build kept: its
        // first load leaves their HTML in the body cache's file, which each clean build below
        // writes anew (by a rename, as every build does) while the live site still reads the old one.
        if (scenario.Edits.Count % 2 == 1)
        {
            harness.BuildClean();
        }

        var live = harness.StartLive();
        Compare(harness, live.Build(), "the first build:", statistics);
        foreach (var step in scenario.Steps())
        {
            var changed = harness.Write(step.Edit.Site, step.Edit.Moves);
            statistics?.Edited(scenario.Edits[step.Number - 1].Kind, changed.Count > 0);
            Compare(harness, live.Build(changed), $"edit {step.Number} and its rebuild:\n{step}", statistics);
        }
    }

    /// <summary>Two clean builds of the same files write the same bytes: what the rebuild property compares with is stable.</summary>
    public static void CleanBuildsAreRepeatable(RebuildScenario scenario)
    {
        using var harness = new RebuildHarness(scenario);
        var first = harness.BuildClean("first");
        var second = harness.BuildClean("second");
        if (BuildOutcome.Difference(second, first) is { } difference)
        {
            throw new RebuildMismatchException($"Two clean builds of the same files differ (below, the second is called the rebuild): {difference}");
        }
    }

    /// <summary>
    /// A rebuild told that nothing changed succeeds, as the first build did, and leaves every output
    /// file as it was. (Whether it reports the same diagnostics is the rebuild property's business.)
    /// </summary>
    public static void RebuildOfNothingChangesNothing(RebuildScenario scenario)
    {
        using var harness = new RebuildHarness(scenario);
        var live = harness.StartLive();
        var first = live.Build();
        if (!first.Result.Succeeded)
        {
            return;
        }

        var before = Snapshot(harness.LiveOutput);
        var again = live.Build([]);
        if (!again.Result.Succeeded)
        {
            throw new RebuildMismatchException($"A rebuild with nothing changed failed:\n{string.Join('\n', again.Diagnostics.Sorted())}");
        }

        var after = Snapshot(harness.LiveOutput);
        var changed = before.Keys.Union(after.Keys).Where(f => !before.TryGetValue(f, out var a) || !after.TryGetValue(f, out var b) || !a.AsSpan().SequenceEqual(b)).ToList();
        if (changed.Count > 0)
        {
            throw new RebuildMismatchException($"A rebuild with nothing changed changed {string.Join(", ", changed)}.");
        }
    }

    private static void Compare(RebuildHarness harness, LiveBuild build, string what, RebuildStatistics? statistics)
    {
        var rebuild = RebuildHarness.Outcome(build, harness.LiveOutput);
        var clean = harness.BuildClean();
        statistics?.Built(clean, build.Reloaded);
        if (BuildOutcome.Difference(rebuild, clean) is { } difference)
        {
            throw new RebuildMismatchException($"After {what}\n{difference}", BuildOutcome.Signature(difference));
        }
    }

    private static Dictionary<string, byte[]> Snapshot(string folder) =>
        Folder.Files(folder).ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(folder, f)), StringComparer.Ordinal);
}
