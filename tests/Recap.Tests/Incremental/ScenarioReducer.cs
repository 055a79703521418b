using System.Diagnostics;

namespace Recap.Tests.Incremental;

/// <summary>
/// Makes a failing scenario smaller after CsCheck has shrunk it: drops edits, files, front-matter
/// keys and paragraphs one at a time, keeping each change that fails the same way. CsCheck shrinks
/// by trying smaller random scenarios, which rarely hits a site with one file fewer; this finishes
/// the job, so the report reads like a hand-written reproduction.
/// </summary>
internal static class ScenarioReducer
{
    private static readonly HashSet<string> RequiredKeys = ["title", "name"];

    /// <param name="signature">The kind of difference the scenario shows (<see cref="RebuildMismatchException.Signature"/>).</param>
    /// <param name="failure">Runs a scenario: the kind of difference it shows, or null when it passes.</param>
    public static RebuildScenario Reduce(RebuildScenario scenario, string signature, Func<RebuildScenario, string?> failure, TimeSpan budget)
    {
        var clock = Stopwatch.StartNew();
        bool progress;
        do
        {
            progress = false;
            foreach (var reduce in Reductions())
            {
                for (var i = 0; clock.Elapsed < budget && reduce(scenario, i) is { } candidate; i++)
                {
                    if (candidate != scenario && failure(candidate) == signature)
                    {
                        scenario = candidate;
                        progress = true;
                        i--; // the same position now holds the next edit, file or key
                    }
                }
            }
        }
        while (progress && clock.Elapsed < budget);

        return scenario;
    }

    /// <summary>Ways to make a scenario smaller: each gives the i-th smaller scenario, or null past the last.</summary>
    private static IEnumerable<Func<RebuildScenario, int, RebuildScenario?>> Reductions()
    {
        // Edits, from the last: an edit the difference needs is often the last one.
        yield return (s, i) => i < s.Edits.Count ? s with { Edits = [.. s.Edits.Where((_, j) => j != s.Edits.Count - 1 - i)] } : null;

        // Files, but not site.yml.
        yield return (s, i) => Files(s).ElementAtOrDefault(i) is { } path ? s with { Initial = s.Initial.Set(path, null) } : null;

        // Front-matter keys and site.yml keys that are not required.
        yield return (s, i) => Keys(s).ElementAtOrDefault(i) is var (path, key) && path is not null
            ? s with { Initial = s.Initial.Set(path, s.Initial[path]!.With(key, null)) }
            : null;

        // Paragraphs of bodies.
        yield return (s, i) => Paragraphs(s).ElementAtOrDefault(i) is var (path, index) && path is not null
            ? s with { Initial = s.Initial.Set(path, s.Initial[path]!.WithBody(WithoutParagraph(s.Initial[path]!.Text, index))) }
            : null;

        // Build options.
        yield return (s, i) => i == 0 && (s.Drafts || s.Future) ? s with { Drafts = false, Future = false } : null;
    }

    private static IEnumerable<string> Files(RebuildScenario s) => s.Initial.Files.Keys.Where(p => p != SiteVocabulary.ConfigPath);

    private static IEnumerable<(string Path, string Key)> Keys(RebuildScenario s) =>
        s.Initial.Files.SelectMany(f => f.Value.Keys.Where(k => !RequiredKeys.Contains(k.Key)).Select(k => (f.Key, k.Key)));

    private static IEnumerable<(string Path, int Index)> Paragraphs(RebuildScenario s) =>
        s.Initial.Files.Where(f => f.Value.Kind == SiteFileKind.Markdown && f.Value.Text.Length > 0)
            .SelectMany(f => Enumerable.Range(0, f.Value.Text.Split("\n\n").Length).Select(i => (f.Key, i)));

    private static string WithoutParagraph(string body, int index)
    {
        var paragraphs = body.TrimEnd('\n').Split("\n\n").Where((_, i) => i != index).ToList();
        return paragraphs.Count == 0 ? string.Empty : string.Join("\n\n", paragraphs) + "\n";
    }
}
