namespace Recap.Text;

/// <summary>"Did you mean" suggestions from edit distance.</summary>
internal static class Spelling
{
    /// <summary>The candidate closest to <paramref name="input"/>, when it is close enough to be a typo.</summary>
    public static string? Closest(string input, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(candidates);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (TypoDistance(input, candidate) is { } distance && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>
    /// The edit distance between two names when one could be a typo of the other, else null: few
    /// enough edits for the words that differ (<see cref="MaxTyposBetween"/>), and not a word with
    /// letters put before it, which makes another word ("unsupervised", "supervised"), nor a word added.
    /// </summary>
    public static int? TypoDistance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var limit = MaxTyposBetween(a, b);
        var distance = Distance(a, b, limit);
        return distance <= limit && !IsWordAdded(a, b) ? distance : null;
    }

    /// <summary>
    /// True when the longer name is the shorter with letters put in one place that starts a word:
    /// before a word ("unsupervised"), or as a word of their own ("Kafka 2", "Open Source").
    /// </summary>
    private static bool IsWordAdded(string a, string b)
    {
        var (longer, shorter) = a.Length >= b.Length ? (a, b) : (b, a);
        var (prefix, suffix) = CommonEnds(longer, shorter);
        var added = longer.Length - shorter.Length;
        if (added == 0 || prefix + suffix < shorter.Length)
        {
            return false; // not letters inserted in one place
        }

        var startsWord = prefix == 0 || IsSeparator(longer[prefix - 1]) || IsSeparator(longer[prefix]);
        return startsWord && longer.AsSpan(prefix, added).ContainsAnyExcept("-_ .");
    }

    /// <summary>How long a start and an end the names share, the end not overlapping the start in the shorter.</summary>
    private static (int Prefix, int Suffix) CommonEnds(string longer, string shorter)
    {
        var prefix = 0;
        while (prefix < shorter.Length && longer[prefix] == shorter[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < shorter.Length - prefix && longer[^(suffix + 1)] == shorter[^(suffix + 1)])
        {
            suffix++;
        }

        return (prefix, suffix);
    }

    /// <summary>
    /// How many edits still count as a typo between two names: judged on the words where they
    /// differ, so "yaroslav-tkachencko" is a typo of "yaroslav-tkachenko" (one slip in a
    /// ten-letter word) but "realtime-storage" is not one of "reactive-storage" (two in eight).
    /// </summary>
    public static int MaxTyposBetween(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var (longer, shorter) = a.Length >= b.Length ? (a, b) : (b, a);
        var (prefix, suffix) = CommonEnds(longer, shorter);
        var start = prefix;
        while (start > 0 && !IsSeparator(longer[start - 1]))
        {
            start--;
        }

        var end = Math.Max(longer.Length - suffix, start);
        while (end < longer.Length && !IsSeparator(longer[end]))
        {
            end++;
        }

        return MaxTypos(end - start);
    }

    /// <summary>The shortest words (or runs of words that differ) in which two edits still count as a typo.</summary>
    public const int TwoTyposFrom = 10;

    /// <summary>How many edits still count as a typo for a word this long: short words allow fewer.</summary>
    public static int MaxTypos(int length) => length switch
    {
        < 4 => 0,
        < TwoTyposFrom => 1,
        _ => 2,
    };

    public static bool IsSeparator(char c) => c is '-' or '_' or ' ' or '.';

    /// <summary>Levenshtein distance with transpositions counted as one edit; gives up above <paramref name="limit"/>.</summary>
    public static int Distance(string a, string b, int limit = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        // Three rows; on the stack for names, which are short, since an archive compares thousands.
        var rows = b.Length < 256 ? stackalloc int[3 * (b.Length + 1)] : new int[3 * (b.Length + 1)];
        var previous2 = rows[..(b.Length + 1)];
        var previous = rows.Slice(b.Length + 1, b.Length + 1);
        var current = rows[(2 * (b.Length + 1))..];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            var oldest = previous2;
            previous2 = previous;
            previous = current;
            current = oldest;
        }

        return previous[b.Length];
    }
}
