using System.Collections.Immutable;
using System.Text;

namespace Recap.Tests.Incremental;

/// <summary>Every file of a generated site root, by path relative to the root ('/' separated).</summary>
internal sealed record GeneratedSite(ImmutableSortedDictionary<string, SiteFile> Files)
{
    public static GeneratedSite Empty { get; } = new(ImmutableSortedDictionary.Create<string, SiteFile>(StringComparer.Ordinal));

    public SiteFile? this[string path] => Files.GetValueOrDefault(path);

    /// <summary>Talk files: <c>content/conferences/&lt;c&gt;/talks/&lt;t&gt;.md</c>.</summary>
    public IReadOnlyList<string> Talks => [.. Files.Keys.Where(IsTalk)];

    /// <summary>Conference folders that have an index.md.</summary>
    public IReadOnlyList<string> Conferences =>
        [.. Files.Keys.Select(p => p.Split('/')).Where(p => p is ["content", "conferences", _, "index.md"]).Select(p => p[2])];

    public IReadOnlyList<string> Speakers => Under("content/speakers/");

    public IReadOnlyList<string> Topics => Under("content/topics/");

    public GeneratedSite Set(string path, SiteFile? file) => new(file is null ? Files.Remove(path) : Files.SetItem(path, file));

    public GeneratedSite Move(string from, string to) => this[from] is { } file ? new(Files.Remove(from).SetItem(to, file)) : this;

    /// <summary>
    /// The paths a file watcher reports going from this site to <paramref name="next"/>: files
    /// added, deleted or changed, and both paths of each file moved.
    /// </summary>
    public IReadOnlyList<string> ChangesTo(GeneratedSite next, IReadOnlyList<(string From, string To)> moves)
    {
        var changed = new SortedSet<string>(StringComparer.Ordinal);
        var current = this;
        foreach (var (from, to) in moves)
        {
            changed.Add(from);
            changed.Add(to);
            current = current.Move(from, to);
        }

        foreach (var path in current.Files.Keys.Union(next.Files.Keys))
        {
            if (current[path] is not { } before || next[path] is not { } after || !before.Content().AsSpan().SequenceEqual(after.Content()))
            {
                changed.Add(path);
            }
        }

        return [.. changed];
    }

    public static bool IsTalk(string path) => path.Split('/') is ["content", "conferences", _, "talks", var name] && name.EndsWith(".md", StringComparison.Ordinal);

    /// <summary>Every file, as the multi-file strings of the other tests write them.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        foreach (var (path, file) in Files)
        {
            text.Append("-- ").Append(path).Append(" --\n").Append(file);
            if (text[^1] != '\n')
            {
                text.Append('\n');
            }
        }

        return text.ToString();
    }

    private IReadOnlyList<string> Under(string folder) =>
        [.. Files.Keys.Where(p => p.StartsWith(folder, StringComparison.Ordinal) && p.EndsWith(".md", StringComparison.Ordinal))];
}
