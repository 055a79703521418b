using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace Recap.Tests.Incremental;

/// <summary>What a run of the property covered: edits by kind, and how many of the states built and how many failed on purpose.</summary>
internal sealed class RebuildStatistics
{
    private readonly ConcurrentDictionary<EditKind, (int Applied, int Changed)> _edits = new();
    private readonly ConcurrentDictionary<string, int> _errors = new(StringComparer.Ordinal);
    private int _succeeded;
    private int _failed;
    private int _kept;

    public void Edited(EditKind kind, bool changed) =>
        _edits.AddOrUpdate(kind, (1, changed ? 1 : 0), (_, c) => (c.Applied + 1, c.Changed + (changed ? 1 : 0)));

    /// <param name="reloaded">Whether the rebuild loaded the site again, or took an edit of displayed talk fields into the model it had.</param>
    public void Built(BuildOutcome clean, bool reloaded)
    {
        Interlocked.Increment(ref clean.Succeeded ? ref _succeeded : ref _failed);
        if (!reloaded)
        {
            Interlocked.Increment(ref _kept);
        }

        foreach (var code in clean.Diagnostics.Select(d => d.Split('\n')[0]).Where(d => d.Contains(": error ", StringComparison.Ordinal)).Select(d => d.Split(": error ")[1].Split(':')[0]).Distinct())
        {
            _errors.AddOrUpdate(code, 1, (_, n) => n + 1);
        }
    }

    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{_succeeded + _failed} states built: {_succeeded} succeeded, {_failed} failed (the same way in both builds).\n");
        text.Append(CultureInfo.InvariantCulture, $"{_kept} rebuilds kept the model and took the edited talks into it.\n");
        text.Append("Failed builds by error code: ").AppendJoin(", ", _errors.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key} {e.Value}")).Append('\n');
        text.Append("Edits (applied / changed a file):\n");
        foreach (var (kind, (applied, changed)) in _edits.OrderBy(e => e.Key))
        {
            text.Append(CultureInfo.InvariantCulture, $"  {kind,-20} {applied,5} {changed,5}\n");
        }

        return text.ToString();
    }
}
