using System.Collections.ObjectModel;
using Recap.Diagnostics;

namespace Recap.Content;

/// <summary>
/// Base of every typed record read from front matter or site.yml: remembers where the record and
/// each of its keys were written, so later stages can point at the right line.
/// </summary>
public abstract class BoundRecord
{
    /// <summary>Where the record starts: the first line of the front matter.</summary>
    public SourceLocation Origin { get; internal set; }

    internal IReadOnlyDictionary<string, SourceLocation> KeyLocations { get; set; } = ReadOnlyDictionary<string, SourceLocation>.Empty;

    /// <summary>Values of the extra keys the theme declared in its theme.yml.</summary>
    public IReadOnlyDictionary<string, object?> Extra { get; internal set; } = ReadOnlyDictionary<string, object?>.Empty;

    public SourceLocation LocationOf(string key) => KeyLocations.TryGetValue(key, out var location) ? location : Origin;

    /// <summary>Where the key was written; null when the record does not have it.</summary>
    internal SourceLocation? WrittenLocationOf(string key) => KeyLocations.TryGetValue(key, out var location) ? location : null;

    /// <summary>
    /// Reports values that are each valid but wrong together (an end before the start), once the
    /// record is bound: at load time, so drafts are checked too and the key can be pointed at.
    /// </summary>
    internal virtual void CheckValues(DiagnosticBag diagnostics, BindingCodes codes)
    {
    }
}
