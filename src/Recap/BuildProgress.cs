namespace Recap;

/// <summary>
/// How far a build is, for a progress line: the step it is in and, while writing, how many of its
/// outputs are written. Updated by the build's workers, read by whoever shows it, from any thread.
/// </summary>
public sealed class BuildProgress
{
    private volatile string _step = "Reading";
    private int _done;
    private int _total;

    /// <summary>"Reading", "Resolving" or "Writing" for a build; "Importing" or "Saving" for <c>recap import</c>.</summary>
    public string Step => _step;

    /// <summary>Outputs written so far in this step.</summary>
    public int Done => Volatile.Read(ref _done);

    /// <summary>Outputs this step writes; 0 when it counts nothing.</summary>
    public int Total => Volatile.Read(ref _total);

    internal void Begin(string step, int total = 0)
    {
        Volatile.Write(ref _total, total);
        Volatile.Write(ref _done, 0);
        _step = step;
    }

    internal void Advance() => Interlocked.Increment(ref _done);
}
