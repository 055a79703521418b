using System.Diagnostics;

namespace Recap;

/// <summary>Times the steps of a build, for <c>--verbose</c>.</summary>
internal sealed class StepClock
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<StepTiming> _steps = [];

    public long Elapsed => _clock.ElapsedMilliseconds;

    public IReadOnlyList<StepTiming> Steps => _steps;

    public T Time<T>(string step, Func<T> action)
    {
        var start = _clock.ElapsedMilliseconds;
        var result = action();
        Add(step, _clock.ElapsedMilliseconds - start);
        return result;
    }

    public void Time(string step, Action action) => Time(step, () =>
    {
        action();
        return true;
    });

    public void Add(string step, long milliseconds) => _steps.Add(new StepTiming(step, milliseconds));
}
