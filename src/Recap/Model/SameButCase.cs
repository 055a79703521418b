namespace Recap.Model;

/// <summary>
/// The content files by their letters alone, for a message about a path that names none: a file
/// whose name differs only in case is found on a Mac or Windows, where names are told apart by
/// letters alone, and missing on the Linux machine that builds the site. The index is made at the
/// first miss, once, however many links miss.
/// </summary>
internal sealed class SameButCase(IEnumerable<string> sourcePaths)
{
    private readonly Lazy<Dictionary<string, string>> _byLetters = new(() =>
    {
        var byLetters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in sourcePaths)
        {
            byLetters.TryAdd(path, path);
        }

        return byLetters;
    });

    /// <summary>"; did you mean ...? (names differ in case)", or empty when no file differs from <paramref name="contentPath"/> only in case.</summary>
    public string Hint(string? contentPath) =>
        contentPath is not null && _byLetters.Value.TryGetValue(contentPath, out var file) && file != contentPath
            ? $"; did you mean {file}? (names differ in case)"
            : string.Empty;
}
