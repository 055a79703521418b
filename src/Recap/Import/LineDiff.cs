using System.Globalization;
using System.Text;

namespace Recap.Import;

/// <summary>A unified diff of two texts, as <c>git diff</c> prints it: for <c>recap import --dry-run</c>.</summary>
internal static class LineDiff
{
    private const int Context = 3;

    /// <summary>The diff of <paramref name="before"/> (null: a new file) and <paramref name="after"/> (null: deleted).</summary>
    public static string Unified(string path, string? before, string? after)
    {
        ArgumentNullException.ThrowIfNull(path);
        var old = Lines(before);
        var now = Lines(after);
        var text = new StringBuilder()
            .Append("--- ").Append(before is null ? "/dev/null" : "a/" + path).Append('\n')
            .Append("+++ ").Append(after is null ? "/dev/null" : "b/" + path).Append('\n');
        var edits = Edits(old, now);
        var changed = edits.Select((e, i) => (e, i)).Where(p => p.e.Kind != ' ').Select(p => p.i).ToList();
        var at = 0;
        while (at < changed.Count)
        {
            // A hunk: changes closer than twice the context run together.
            var first = changed[at];
            var last = first;
            while (at + 1 < changed.Count && changed[at + 1] - last <= 2 * Context)
            {
                last = changed[++at];
            }

            at++;
            var start = Math.Max(0, first - Context);
            var end = Math.Min(edits.Count - 1, last + Context);
            var hunk = edits.GetRange(start, end - start + 1);
            var oldStart = edits.Take(start).Count(e => e.Kind != '+') + 1;
            var newStart = edits.Take(start).Count(e => e.Kind != '-') + 1;
            var oldCount = hunk.Count(e => e.Kind != '+');
            var newCount = hunk.Count(e => e.Kind != '-');
            text.Append(CultureInfo.InvariantCulture, $"@@ -{(oldCount == 0 ? oldStart - 1 : oldStart)},{oldCount} +{(newCount == 0 ? newStart - 1 : newStart)},{newCount} @@\n");
            foreach (var (kind, line) in hunk)
            {
                text.Append(kind).Append(line).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string[] Lines(string? text) =>
        string.IsNullOrEmpty(text) ? [] : text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');

    /// <summary>The lines of both, each kept (' '), removed ('-') or added ('+'), from their longest common subsequence.</summary>
    private static List<(char Kind, string Line)> Edits(string[] old, string[] now)
    {
        // Content files are short; the quadratic table is a few hundred thousand cells at most.
        var common = new int[old.Length + 1, now.Length + 1];
        for (var i = old.Length - 1; i >= 0; i--)
        {
            for (var j = now.Length - 1; j >= 0; j--)
            {
                common[i, j] = old[i] == now[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var edits = new List<(char, string)>();
        var (a, b) = (0, 0);
        while (a < old.Length || b < now.Length)
        {
            if (a < old.Length && b < now.Length && old[a] == now[b])
            {
                edits.Add((' ', old[a++]));
                b++;
            }
            else if (b < now.Length && (a == old.Length || common[a, b + 1] > common[a + 1, b]))
            {
                edits.Add(('+', now[b++]));
            }
            else
            {
                edits.Add(('-', old[a++]));
            }
        }

        return edits;
    }
}
