using Recap.Content;
using Recap.Diagnostics;
using Recap.Text;

namespace Recap.Model;

/// <summary>
/// Finds speakers or topics by any of their names, ids and aliases, ignoring case and diacritics
/// ("Zoë Ångström", "zoe angstrom" and "zoe-angstrom" are one key), and creates the ones that only
/// talks name, warning when such a new name is a near miss of a known one.
/// </summary>
internal sealed class NameIndex<T>(string kind, string nearMissCode, DiagnosticBag diagnostics, Func<T, string> nameOf)
    where T : class
{
    private readonly Dictionary<string, (T Item, string Owner)> _byKey = new(StringComparer.Ordinal);
    private readonly List<T> _items = [];
    private readonly NearMissIndex _nearMisses = new();

    public IReadOnlyList<T> Items => _items;

    /// <summary>Registers an item from a file under each of its names; a name another file claims is an error.</summary>
    public void AddKnown(T item, string owner, IEnumerable<Located<string>> names)
    {
        _items.Add(item);
        foreach (var name in names)
        {
            var key = Slug.Key(name.Value);
            if (key.Length == 0)
            {
                continue;
            }

            if (_byKey.TryGetValue(key, out var existing) && !ReferenceEquals(existing.Item, item))
            {
                diagnostics.Error(
                    DiagnosticCodes.AmbiguousName,
                    name.Location,
                    $"{kind} name '{name.Value}' is also a name of '{existing.Owner}' (a name or alias can belong to one {kind} only)");
                continue;
            }

            if (_byKey.TryAdd(key, (item, owner)))
            {
                _nearMisses.Add(key);
            }
        }
    }

    /// <summary>The item a talk names, creating it (and checking for a near miss) when no file defines it.</summary>
    public T Resolve(Located<string> reference, Func<T> create)
    {
        var key = Slug.Key(reference.Value);
        if (_byKey.TryGetValue(key, out var found))
        {
            return found.Item;
        }

        var closest = _nearMisses.Closest(key);
        if (closest is not null)
        {
            var suggestion = nameOf(_byKey[closest].Item);
            diagnostics.Warning(nearMissCode, reference.Location, $"new {kind} '{reference.Value}' (did you mean '{suggestion}'?)");
        }

        var item = create();
        _items.Add(item);
        _byKey[key] = (item, reference.Location.Path);
        _nearMisses.Add(key);
        return item;
    }
}
