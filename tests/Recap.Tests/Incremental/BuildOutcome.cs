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
            var first = Enumerable.Range(0, Math.Max(rebuild.Diagnostics.Count, clean.Diagnostics.Count))
                .First(i => rebuild.Diagnostics.ElementAtOrDefault(i) != clean.Diagnostics.ElementAtOrDefault(i));
            return $"both {(clean.Succeeded ? "succeeded" : "failed")}, with different diagnostics; the first that differs:\n"
                + $"  rebuild:     {Line(rebuild.Diagnostics.ElementAtOrDefault(first))}\n"
                + $"  clean build: {Line(clean.Diagnostics.ElementAtOrDefault(first))}\n"
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
            var lines = difference.Split('\n');
            return "diagnostics " + string.Join(' ', lines[1..3].Select(l => Code().Match(l).Value));
        }

        if (first.StartsWith("the rebuild ", StringComparison.Ordinal))
        {
            return first;
        }

        var file = first.Split(' ').FirstOrDefault(w => w.Contains('/', StringComparison.Ordinal) || w.Contains('.', StringComparison.Ordinal)) ?? first;
        var name = Path.GetFileName(file.TrimEnd(',', ':', '.'));
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
