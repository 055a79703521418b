using Recap.Content;
using Recap.Diagnostics;
using Recap.Text;

namespace Recap.Model;

/// <summary>How one kind of name is matched: speakers as people, topics as identifiers.</summary>
/// <param name="Kind">"speaker" or "topic", for messages.</param>
/// <param name="NearMissCode">The warning for a new name that may be a known one.</param>
/// <param name="KeyOf">The key names are matched by (<see cref="Slug.Key"/>).</param>
/// <param name="FormsOf">Other keys that name the same thing (a topic's singular and plural).</param>
/// <param name="Distinct">Keys of names that were checked and differ from the names they look like (site.yml <c>distinct:</c>).</param>
internal sealed record NameRules(
    string Kind,
    string NearMissCode,
    Func<string, string> KeyOf,
    Func<string, IEnumerable<string>> FormsOf,
    IReadOnlySet<string> Distinct);

/// <summary>
/// Finds speakers or topics by any of their names, ids and aliases, ignoring case and diacritics
/// ("Zoë Ångström", "zoe angstrom" and "zoe-angstrom" are one key), and creates the ones that only
/// talks name, warning when such a new name may be a known one: a typo of it, or a part of it
/// ("Tim Hsu" of "Tim (文昌) Hsu"), unless either was declared distinct.
/// </summary>
internal sealed class NameIndex<T>(NameRules rules, DiagnosticBag diagnostics, Func<T, string> nameOf, Action<T, string>? respell = null)
    where T : class
{
    private readonly Dictionary<string, (T Item, string Owner)> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, T> _bySpelling = new(StringComparer.Ordinal);
    private readonly Dictionary<string, T> _byPart = new(StringComparer.Ordinal);
    private readonly HashSet<(string, string)> _distinctPairs = [];
    private readonly Dictionary<T, string> _files = new(ReferenceEqualityComparer.Instance);
    private readonly List<T> _items = [];
    private readonly NearMissIndex _nearMisses = new();

    public IReadOnlyList<T> Items => _items;

    /// <summary>The key of an item's name.</summary>
    public string KeyOf(T item) => rules.KeyOf(nameOf(item));

    /// <summary>True for an item no file defines: only talks name it.</summary>
    public bool IsDerived(T item) => !_files.ContainsKey(item);

    /// <summary>
    /// Registers an item from a file under each of its names; a name another file claims is an
    /// error. <paramref name="distinct"/> names were checked and are not this item.
    /// </summary>
    public void AddKnown(T item, string owner, IEnumerable<Located<string>> names, IEnumerable<Located<string>> distinct)
    {
        _items.Add(item);
        _files[item] = owner;
        var keys = new List<string>();
        var clashes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var key = rules.KeyOf(name.Value);
            if (key.Length == 0)
            {
                continue;
            }

            if (_byKey.TryGetValue(key, out var existing) && !ReferenceEquals(existing.Item, item))
            {
                // A name, its file's id and an alias spelled alike are one clash, reported at the first.
                if (!clashes.Add(key))
                {
                    continue;
                }

                diagnostics.Error(
                    DiagnosticCodes.AmbiguousName,
                    name.Location,
                    $"{rules.Kind} name '{name.Value}' is also a name of '{existing.Owner}' (a name or alias can belong to one {rules.Kind} only)");
                continue;
            }

            keys.Add(key);
            if (_byKey.TryAdd(key, (item, owner)))
            {
                _nearMisses.Add(key);
                AddParts(name.Value, item);
            }
        }

        foreach (var other in distinct.Select(d => rules.KeyOf(d.Value)))
        {
            _distinctPairs.UnionWith(keys.Select(key => Pair(key, other)));
        }
    }

    /// <summary>The item a talk names, creating it (and checking whether it may be a known one) when no file defines it.</summary>
    public T Resolve(Located<string> reference, Func<T> create)
    {
        // An archive names the same few thousand people and topics, spelled the same, tens of thousands of times.
        if (!_bySpelling.TryGetValue(reference.Value, out var item))
        {
            item = Match(reference, create);
            _bySpelling[reference.Value] = item;
        }

        return item;
    }

    private T Match(Located<string> reference, Func<T> create)
    {
        var key = rules.KeyOf(reference.Value);
        if (_byKey.TryGetValue(key, out var found))
        {
            return found.Item;
        }

        foreach (var form in rules.FormsOf(key))
        {
            if (_byKey.TryGetValue(form, out var same) && !IsDistinct(key, form))
            {
                // One of several forms ("api" and "apis"): a topic no file names takes the shortest, the singular.
                _byKey[key] = same;
                if (respell is not null && IsDerived(same.Item) && key.Length < KeyOf(same.Item).Length)
                {
                    respell(same.Item, reference.Value);
                }

                return same.Item;
            }
        }

        WarnIfKnown(reference, key);
        var item = create();
        _items.Add(item);
        _byKey[key] = (item, reference.Location.Path);
        _nearMisses.Add(key);
        AddParts(reference.Value, item);
        return item;
    }

    private void WarnIfKnown(Located<string> reference, string key)
    {
        var kind = rules.Kind;
        if (_nearMisses.Closest(key, candidate => !IsDistinct(key, candidate)) is { } closest)
        {
            diagnostics.Warning(rules.NearMissCode, reference.Location, $"new {kind} '{reference.Value}' (did you mean '{nameOf(_byKey[closest].Item)}'?)");
            return;
        }

        // A part of a known name ("Tim Hsu" of "Tim (文昌) Hsu"), or a known name is a part of this one.
        if (_byPart.TryGetValue(key, out var whole) && !IsDistinct(key, KeyOf(whole)))
        {
            var wholeName = nameOf(whole);
            diagnostics.Warning(rules.NearMissCode, reference.Location, $"new {kind} '{reference.Value}' may be '{wholeName}' ({SameAdvice(reference.Value, reference.Value, wholeName, whole)})");
            return;
        }

        foreach (var partKey in NameParts.Of(reference.Value).Select(rules.KeyOf))
        {
            if (_byKey.TryGetValue(partKey, out var part) && !IsDistinct(key, partKey))
            {
                var partName = nameOf(part.Item);
                diagnostics.Warning(rules.NearMissCode, reference.Location, $"new {kind} '{reference.Value}' may be '{partName}' ({SameAdvice(reference.Value, partName, reference.Value, part.Item)})");
                return;
            }
        }
    }

    /// <summary>
    /// How to make two names one: the new name becomes an alias in <paramref name="known"/>'s file
    /// when it has one, else the part becomes an alias in a file for the whole name.
    /// </summary>
    private string SameAdvice(string newName, string part, string whole, T known)
    {
        var one = rules.Kind == "speaker" ? "person" : rules.Kind;
        return _files.TryGetValue(known, out var path)
            ? $"if they are one {one}, list '{newName}' under aliases: in '{path}'; if not, under distinct: there"
            : $"if they are one {one}, list '{part}' under aliases: in a {rules.Kind} file for '{whole}'; if not, list '{newName}' under distinct: {rules.Kind}s: in site.yml";
    }

    private void AddParts(string name, T item)
    {
        foreach (var part in NameParts.Of(name))
        {
            _byPart.TryAdd(rules.KeyOf(part), item);
        }
    }

    private bool IsDistinct(string key, string other) =>
        rules.Distinct.Contains(key) || rules.Distinct.Contains(other) || _distinctPairs.Contains(Pair(key, other));

    private static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
}
