using System.Globalization;
using System.Runtime;

namespace Recap.Cli;

/// <summary>
/// What the runtime did between two points of the process: what was allocated, how many
/// collections of each generation ran and how long they paused the build, and how many methods
/// the JIT compiled because no ready-to-run code fitted. <c>--verbose</c> prints it under the step
/// times, since a slow step is as often allocation or compilation as work.
/// </summary>
internal readonly record struct RuntimeUse(long Allocated, int Gen0, int Gen1, int Gen2, TimeSpan Paused, long Jitted, TimeSpan Jitting)
{
    public static RuntimeUse Now() =>
        new(
            GC.GetTotalAllocatedBytes(),
            GC.CollectionCount(0),
            GC.CollectionCount(1),
            GC.CollectionCount(2),
            GC.GetTotalPauseDuration(),
            JitInfo.GetCompiledMethodCount(),
            JitInfo.GetCompilationTime());

    /// <summary>
    /// "  GC: allocated 9,412 MB, 212 collections (gen0 180, gen1 28, gen2 4), paused 1234 ms" and
    /// "  JIT: 1,204 methods compiled in 310 ms", since <paramref name="start"/>.
    /// </summary>
    public string Since(RuntimeUse start)
    {
        var (gen0, gen1, gen2) = (Gen0 - start.Gen0, Gen1 - start.Gen1, Gen2 - start.Gen2);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"""
              GC: allocated {(Allocated - start.Allocated) / 1e6:N0} MB, {gen0} collections (gen0 {gen0 - gen1}, gen1 {gen1 - gen2}, gen2 {gen2}), paused {(Paused - start.Paused).TotalMilliseconds:0} ms
              JIT: {Jitted - start.Jitted:N0} methods compiled in {(Jitting - start.Jitting).TotalMilliseconds:0} ms
            """);
    }
}
