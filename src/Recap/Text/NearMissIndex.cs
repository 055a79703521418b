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

    // Polynomial hashing (mod 2^64) gives the hash of a name with two characters deleted in constant time.
    private const ulong Base = 1_000_003;

    private readonly List<string> _names = [];

    // An open-addressing table from a form's hash to its last entry; each entry names a name and
    // the entry filed before it under the same form. Millions of forms: a Dictionary was the cost.
    private Slot[] _slots = new Slot[1024];
    private int _slotsUsed;
    private int[] _entryNames = new int[1024];
    private int[] _entryPrevious = new int[1024];
    private int _entryCount;

    // The forms of the name looked up last, which is usually the name added next.
    private readonly List<ulong> _forms = [];
    private string? _formsOf;
    private int[] _seen = [];
    private int _query;

    public void Add(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length > MaxLength)
        {
            return;
        }

        var id = _names.Count;
        _names.Add(name);
        var forms = FormsOf(name);
        if ((_slotsUsed + forms.Count) * 2 > _slots.Length)
        {
            GrowSlots(_slotsUsed + forms.Count);
        }

        if (_entryCount + forms.Count > _entryNames.Length)
        {
            var size = Math.Max(_entryNames.Length * 2, _entryCount + forms.Count);
            Array.Resize(ref _entryNames, size);
            Array.Resize(ref _entryPrevious, size);
        }

        foreach (var hash in forms)
        {
            ref var slot = ref _slots[SlotOf(_slots, hash)];
            if (slot.Entry == 0)
            {
                slot.Hash = hash;
                _slotsUsed++;
            }

            _entryNames[_entryCount] = id;
            _entryPrevious[_entryCount] = slot.Entry - 1;
            _entryCount++;
            slot.Entry = _entryCount; // entry + 1, so that 0 is an empty slot
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

        if (_seen.Length < _names.Count)
        {
            Array.Resize(ref _seen, Math.Max(_names.Count, _seen.Length * 2));
        }

        _query++;
        var best = -1;
        var bestDistance = int.MaxValue;
        foreach (var hash in FormsOf(name))
        {
            for (var entry = _slots[SlotOf(_slots, hash)].Entry - 1; entry >= 0; entry = _entryPrevious[entry])
            {
                var id = _entryNames[entry];
                if (_seen[id] == _query)
                {
                    continue;
                }

                _seen[id] = _query;
                var candidate = _names[id];
                if (Spelling.TypoDistance(name, candidate) is { } distance
                    && (distance < bestDistance || (distance == bestDistance && id < best))
                    && (accept is null || accept(candidate)))
                {
                    best = id;
                    bestDistance = distance;
                }
            }
        }

        return best < 0 ? null : _names[best];
    }

    /// <summary>Hashes of the name with every choice of up to two characters deleted: as many as a typo may differ by. Some may repeat.</summary>
    private List<ulong> FormsOf(string name)
    {
        if (ReferenceEquals(name, _formsOf) || name == _formsOf)
        {
            return _forms;
        }

        _forms.Clear();
        _formsOf = name;
        var n = name.Length;

        // prefix[k] is the hash of name[..k]; power[k] is Base^k.
        Span<ulong> prefix = stackalloc ulong[n + 1];
        Span<ulong> power = stackalloc ulong[n + 1];
        power[0] = 1;
        for (var k = 0; k < n; k++)
        {
            prefix[k + 1] = (prefix[k] * Base) + name[k] + 1;
            power[k + 1] = power[k] * Base;
        }

        // wordStart[k] and wordEnd[k]: where the word holding character k starts and ends.
        Span<int> wordStart = stackalloc int[n];
        Span<int> wordEnd = stackalloc int[n];
        for (var k = 0; k < n; k++)
        {
            wordStart[k] = k > 0 && !Spelling.IsSeparator(name[k - 1]) ? wordStart[k - 1] : k;
        }

        for (var k = n - 1; k >= 0; k--)
        {
            wordEnd[k] = k < n - 1 && !Spelling.IsSeparator(name[k + 1]) ? wordEnd[k + 1] : k + 1;
        }

        _forms.Add(prefix[n] + Length(n));
        for (var i = 0; i < n; i++)
        {
            // name[..i] + name[(i + 1)..]
            var after = Segment(prefix, power, i + 1, n);
            _forms.Add((prefix[i] * power[n - i - 1]) + after + Length(n - 1));
            for (var j = i + 1; j < n; j++)
            {
                // Two edits count as a typo only in a run of words at least this long, from the first
                // edit's word to the last's (a character more either side: a letter swapped with a hyphen).
                if (wordEnd[Math.Min(j + 1, n - 1)] - wordStart[Math.Max(i - 1, 0)] < Spelling.TwoTyposFrom)
                {
                    continue;
                }

                // name[..i] + name[(i + 1)..j] + name[(j + 1)..]
                var hash = (prefix[i] * power[n - i - 2]) + (Segment(prefix, power, i + 1, j) * power[n - j - 1]) + Segment(prefix, power, j + 1, n);
                _forms.Add(hash + Length(n - 2));
            }
        }

        return _forms;
    }

    /// <summary>The slot of <paramref name="hash"/>, or the empty slot where it would go.</summary>
    private static int SlotOf(Slot[] slots, ulong hash)
    {
        var mask = slots.Length - 1;
        var slot = (int)((hash * 0x9E3779B97F4A7C15UL) >> 32) & mask;
        while (slots[slot].Entry != 0 && slots[slot].Hash != hash)
        {
            slot = (slot + 1) & mask;
        }

        return slot;
    }

    /// <summary>Twice as many slots as the forms need, so a probe is short.</summary>
    private void GrowSlots(int needed)
    {
        var size = _slots.Length;
        while (needed * 2 > size)
        {
            size *= 2;
        }

        var slots = new Slot[size];
        foreach (var slot in _slots)
        {
            if (slot.Entry != 0)
            {
                slots[SlotOf(slots, slot.Hash)] = slot;
            }
        }

        _slots = slots;
    }

    private static ulong Segment(ReadOnlySpan<ulong> prefix, ReadOnlySpan<ulong> power, int start, int end) =>
        prefix[end] - (prefix[start] * power[end - start]);

    // Forms of different lengths never meet: their hashes are kept apart by their length.
    private static ulong Length(int length) => (ulong)length * 0x9E3779B97F4A7C15UL;

    /// <summary>A form's hash and its last entry plus one (0: an empty slot).</summary>
    private struct Slot
    {
        public ulong Hash;
        public int Entry;
    }
}
