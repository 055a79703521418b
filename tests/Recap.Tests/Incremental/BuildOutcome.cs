using System.Text;
using System.Text.RegularExpressions;
using Recap.Diagnostics;
using Recap.Tests.Support;

namespace Recap.Tests.Incremental;

/// <summary>What a build did: whether it succeeded, its diagnostics as a user reads them, and the folder it wrote.</summary>
internal sealed partial record BuildOutcome(bool Succeeded, IReadOnlyList<string> Diagnostics, string Output)
{
    public static BuildOutcome From(bool succeeded, DiagnosticBag diagnostics, string output) =>
        new(succeeded, [.. diagnostics.Sorted().Select(d => DiagnosticFormatter.FormatHuman(d, diagnostics))], output);

    /// <summary>How a rebuild differs from a clean build, or null when it does not: outcome, diagnostics, then the output of a success.</summary>
    public static string? Difference(BuildOutcome rebuild, BuildOutcome clean)
    {
        if (rebuild.Succeeded != clean.Succeeded)
        {
            return $"the rebuild {(rebuild.Succeeded ? "succeeded" : "failed")} but the clean build {(clean.Succeeded ? "succeeded" : "failed")}.\n"
                + DiagnosticsOf("rebuild", rebuild) + DiagnosticsOf("clean build", clean);
        }

        if (!rebuild.Diagnostics.SequenceEqual(clean.Diagnostics))
        {
            return $"both {(clean.Succeeded ? "succeeded" : "failed")}, with different diagnostics.\n"
                + $"  only the clean build reported: {Lines(Without(clean.Diagnostics, rebuild.Diagnostics))}\n"
                + $"  only the rebuild reported:     {Lines(Without(rebuild.Diagnostics, clean.Diagnostics))}\n"
                + DiagnosticsOf("rebuild", rebuild) + DiagnosticsOf("clean build", clean);
        }

        return clean.Succeeded ? OutputDifference(rebuild.Output, clean.Output) : null;
    }

    /// <summary>
    /// The kind of a difference <see cref="Difference"/> describes: which build failed, the code of
    /// the first diagnostic that differs, or the name of the file that differs (<c>index.html</c>,
    /// <c>feed.xml</c>, ...).
    /// </summary>
    public static string Signature(string difference)
    {
        var first = difference.Split('\n')[0];
        if (first.StartsWith("both", StringComparison.Ordinal))
        {
            var lines = difference.Split('\n').Skip(1).TakeWhile(l => l.StartsWith(' ')).ToList();
            var rebuildOnly = lines.FindIndex(l => l.StartsWith("  only the rebuild", StringComparison.Ordinal));
            return $"diagnostics only in the clean build: {Codes(lines[..rebuildOnly])}; only in the rebuild: {Codes(lines[rebuildOnly..])}";
        }

        if (first.StartsWith("the rebuild ", StringComparison.Ordinal))
        {
            return $"{first} {Codes(difference.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal)))}";
        }

        var file = first.Split(' ').FirstOrDefault(w => w.Contains('/', StringComparison.Ordinal) || w.Contains('.', StringComparison.Ordinal)) ?? first;
        var name = Path.GetFileName(file.TrimEnd(',', ':', '.', '/'));
        return first.Contains(" differs", StringComparison.Ordinal) ? name + " differs" : first.Replace(file, name, StringComparison.Ordinal);
    }

    /// <summary>The first file that one folder has and the other lacks, or that differs, with its first differing line.</summary>
    public static string? OutputDifference(string rebuilt, string clean)
    {
        var rebuiltFiles = Folder.Files(rebuilt);
        var cleanFiles = Folder.Files(clean);
        if (cleanFiles.Except(rebuiltFiles).FirstOrDefault() is { } missing)
        {
            return $"the rebuilt output lacks {missing}, which the clean build writes.";
        }

        if (rebuiltFiles.Except(cleanFiles).FirstOrDefault() is { } extra)
        {
            return $"the rebuilt output has {extra}, which the clean build does not write.";
        }

        var rebuiltFolders = Folders(rebuilt);
        var cleanFolders = Folders(clean);
        if (rebuiltFolders.Except(cleanFolders).FirstOrDefault() is { } emptyFolder)
        {
            return $"the rebuilt output has the folder {emptyFolder}/, which the clean build does not write.";
        }

        foreach (var file in cleanFiles)
        {
            var a = File.ReadAllBytes(Path.Combine(rebuilt, file));
            var b = File.ReadAllBytes(Path.Combine(clean, file));
            if (!a.AsSpan().SequenceEqual(b))
            {
                return $"{file} differs: {FirstDifferentLine(a, b)}";
            }
        }

        return null;
    }

    /// <summary>Every folder, relative: a rebuild that deletes a page's last file must not leave its folder behind.</summary>
    private static IReadOnlyList<string> Folders(string folder) =>
        [.. Directory.EnumerateDirectories(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    private static string FirstDifferentLine(byte[] rebuilt, byte[] clean)
    {
        if (!IsText(rebuilt) || !IsText(clean))
        {
            return $"{rebuilt.Length} bytes in the rebuilt output, {clean.Length} in the clean build's.";
        }

        var a = Encoding.UTF8.GetString(rebuilt).Split('\n');
        var b = Encoding.UTF8.GetString(clean).Split('\n');
        var line = Enumerable.Range(0, Math.Max(a.Length, b.Length)).First(i => a.ElementAtOrDefault(i) != b.ElementAtOrDefault(i));
        return $"line {line + 1}\n  rebuild:     {Line(a.ElementAtOrDefault(line))}\n  clean build: {Line(b.ElementAtOrDefault(line))}";
    }

    /// <summary>The diagnostics of <paramref name="all"/> that <paramref name="others"/> lacks, each as many times as it lacks it.</summary>
    private static List<string> Without(IReadOnlyList<string> all, IReadOnlyList<string> others)
    {
        var left = others.ToList();
        return [.. all.Where(d => !left.Remove(d))];
    }

    private static string Lines(List<string> diagnostics) =>
        diagnostics.Count == 0 ? "(none)" : string.Join("\n" + new string(' ', 33), diagnostics.Select(Line));

    private static string Codes(IEnumerable<string> lines) =>
        string.Join(' ', lines.SelectMany(l => Code().Matches(l)).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal));

    private static bool IsText(byte[] bytes) => !bytes.AsSpan(0, Math.Min(bytes.Length, 512)).Contains((byte)0);

    private static string Line(string? text) => text is null ? "(none)" : Cut(text.Split('\n')[0].Trim(), 300);

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length] + "…";

    private static string DiagnosticsOf(string build, BuildOutcome outcome) =>
        outcome.Diagnostics.Count == 0
            ? $"The {build} reported nothing.\n"
            : $"The {build} reported:\n{string.Concat(outcome.Diagnostics.Select(d => "  " + d.TrimEnd('\n').Replace("\n", "\n  ", StringComparison.Ordinal) + "\n"))}";

    [GeneratedRegex(@"RC\d{4}|\(none\)")]
    private static partial Regex Code();
}
