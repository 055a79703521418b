using Recap.Diagnostics;
using Recap.Incremental;

namespace Recap.Tests.Incremental;

/// <summary>
/// A generated site on disk, in a temporary folder: the site root, the output a <see cref="LiveSite"/>
/// keeps up to date, a folder for clean builds, and the card cache both share (so that a card a
/// rebuild copies is the very file a clean build copies). Every build has the same options.
/// </summary>
internal sealed class RebuildHarness : IDisposable
{
    public static readonly DateOnly Today = new(2026, 6, 1);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "recap-tests", Guid.NewGuid().ToString("N"));
    private readonly bool _drafts;
    private readonly bool _future;
    private GeneratedSite _site = GeneratedSite.Empty;

    public RebuildHarness(RebuildScenario scenario)
    {
        _drafts = scenario.Drafts;
        _future = scenario.Future;
        Directory.CreateDirectory(Source);
        Write(scenario.Initial, []);
    }

    public string Source => Path.Combine(_root, "site");

    public string LiveOutput => Path.Combine(_root, "live");

    private string Cards => Path.Combine(_root, "cards");

    public LiveSite StartLive() => new(Options(LiveOutput));

    /// <summary>Brings the files on disk to <paramref name="next"/>, moving files as a rename does; returns the paths a file watcher reports.</summary>
    public IReadOnlyList<string> Write(GeneratedSite next, IReadOnlyList<(string From, string To)> moves)
    {
        var changed = _site.ChangesTo(next, moves);
        foreach (var (from, to) in moves)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Full(to))!);
            File.Move(Full(from), Full(to));
        }

        foreach (var path in changed.Where(p => !moves.Any(m => m.From == p)))
        {
            if (next[path] is { } file)
            {
                var bytes = file.Content();
                if (!File.Exists(Full(path)) || !File.ReadAllBytes(Full(path)).AsSpan().SequenceEqual(bytes))
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(Full(path))!);
                    File.WriteAllBytes(Full(path), bytes);
                }
            }
            else
            {
                File.Delete(Full(path));
            }
        }

        _site = next;
        return changed;
    }

    public static BuildOutcome Outcome(LiveBuild build, string output) => BuildOutcome.From(build.Result.Succeeded, build.Diagnostics, output);

    /// <summary>Builds the files as they are now into an empty folder, as <c>recap build</c> does.</summary>
    public BuildOutcome BuildClean(string name = "clean")
    {
        var output = Path.Combine(_root, name);
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        var diagnostics = new DiagnosticBag();
        var result = Site.Load(Options(output), diagnostics).Build();
        return BuildOutcome.From(result.Succeeded, diagnostics, output);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }

    private SiteOptions Options(string output) => new()
    {
        Source = Source,
        Output = output,
        Today = Today,
        Drafts = _drafts,
        Future = _future,
        CardCache = Cards,
    };

    private string Full(string path) => Path.Combine(Source, path);
}
