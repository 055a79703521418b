namespace Recap.Text;

/// <summary>
/// Finds, among the names added so far, the one a new name is a typo of (<see cref="Spelling"/>'s
/// rules: at most two edits, fewer for short words) without comparing it with every name. Two
/// names within two edits of each other become equal once at most two characters are deleted
/// from each (symmetric deletion), so each name is filed under a hash of every such shortened
/// form, and a new name is compared only with the names filed under one of its own. The cost per
/// name depends on its length, not on how many names there are.
/// </summary>
internal sealed class NearMissIndex
{
    /// <summary>Longer names are not checked: no one mistypes a name that long, and the shortened forms of one grow with the square of its length.</summary>
    public const int MaxLength = 64;

    private readonly List<string> _names = [];
    private readonly Dictionary<ulong, int> _lastEntry = [];
    private readonly List<(int Name, int Previous)> _entries = [];

    public void Add(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length > MaxLength)
        {
            return;
        }

        var id = _names.Count;
        _names.Add(name);
        foreach (var hash in ShortenedForms(name))
        {
            _entries.Add((id, _lastEntry.TryGetValue(hash, out var previous) ? previous : -1));
            _lastEntry[hash] = _entries.Count - 1;
        }
    }

    /// <summary>
    /// The closest name that <paramref name="name"/> is a typo of (<see cref="Spelling.TypoDistance"/>),
    /// the first added among equals, leaving out those <paramref name="accept"/> refuses; or null.
    /// </summary>
    public string? Closest(string name, Func<string, bool>? accept = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length > MaxLength)
        {
            return null;
        }

        var candidates = new HashSet<int>();
        foreach (var hash in ShortenedForms(name))
        {
            for (var entry = _lastEntry.GetValueOrDefault(hash, -1); entry >= 0; entry = _entries[entry].Previous)
            {
                candidates.Add(_entries[entry].Name);
            }
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var id in candidates.Order())
        {
            var candidate = _names[id];
            if (Spelling.TypoDistance(name, candidate) is { } distance && distance < bestDistance && (accept is null || accept(candidate)))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>Hashes of the name with every choice of up to two characters deleted: as many as a typo may differ by.</summary>
    private static HashSet<ulong> ShortenedForms(string name)
    {
        var hashes = new HashSet<ulong> { Hash(name, -1, -1) };
        for (var i = 0; i < name.Length; i++)
        {
            hashes.Add(Hash(name, i, -1));
            for (var j = i + 1; j < name.Length; j++)
            {
                hashes.Add(Hash(name, i, j));
            }
        }

        return hashes;
    }

    /// <summary>FNV-1a over the characters of <paramref name="name"/> but those at <paramref name="skip1"/> and <paramref name="skip2"/>.</summary>
    private static ulong Hash(string name, int skip1, int skip2)
    {
        var hash = 14695981039346656037UL;
        for (var i = 0; i < name.Length; i++)
        {
            if (i != skip1 && i != skip2)
            {
                hash = (hash ^ name[i]) * 1099511628211UL;
            }
        }

        return hash;
    }
}
