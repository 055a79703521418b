using System.Globalization;

namespace Recap.Cli;

/// <summary>
/// What the garbage collector did between two points of the process: what was allocated, how many
/// collections of each generation ran, and how long they paused the build. <c>--verbose</c> prints
/// it under the step times, since a slow step is as often allocation as work.
/// </summary>
internal readonly record struct GcUse(long Allocated, int Gen0, int Gen1, int Gen2, TimeSpan Paused)
{
    public static GcUse Now() =>
        new(GC.GetTotalAllocatedBytes(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());

    /// <summary>"  GC: allocated 9,412 MB, 212 collections (gen0 180, gen1 28, gen2 4), paused 1234 ms", since <paramref name="start"/>.</summary>
    public string Since(GcUse start)
    {
        var (gen0, gen1, gen2) = (Gen0 - start.Gen0, Gen1 - start.Gen1, Gen2 - start.Gen2);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"  GC: allocated {(Allocated - start.Allocated) / 1e6:N0} MB, {gen0} collections (gen0 {gen0 - gen1}, gen1 {gen1 - gen2}, gen2 {gen2}), paused {(Paused - start.Paused).TotalMilliseconds:0} ms");
    }
}
