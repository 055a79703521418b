using Recap.Diagnostics;

namespace Recap.Model;

/// <summary>
/// Claims output files so that two things never share a URL: a clash is an error naming both
/// sources. Compared ignoring case, since the site may be checked out on a case-insensitive disk.
/// </summary>
internal sealed class OutputPaths(UrlBuilder urls, DiagnosticBag diagnostics)
{
    private readonly Dictionary<string, (string Owner, SourceLocation? Location)> _owners = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlySet<string> Files => new HashSet<string>(_owners.Keys, StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether something has claimed the output file <paramref name="file"/> (<c>slides.pdf</c>, <c>talks/index.html</c>).</summary>
    public bool Has(string file) => _owners.ContainsKey(file);

    /// <summary>What has the file of <paramref name="sitePath"/> ("the home page", a content path), or null when it is free.</summary>
    public string? OwnerOf(string sitePath) => _owners.TryGetValue(UrlBuilder.OutputFile(sitePath), out var existing) ? existing.Owner : null;

    /// <summary>Claims the file of <paramref name="sitePath"/> for <paramref name="owner"/> (a content path or "the home page").</summary>
    /// <returns>False, with an error at <paramref name="location"/>, when something else has it.</returns>
    /// <param name="fix">What the error says to do, when the clash is told at <paramref name="location"/>; by default, to choose another slug or rename the file.</param>
    public bool Claim(string sitePath, string owner, SourceLocation? location, string? fix = null)
    {
        var file = UrlBuilder.OutputFile(sitePath);
        if (_owners.TryGetValue(file, out var existing))
        {
            // Point at a line when either side has one (a slug: key), else at a file, naming the other side.
            var (at, other) = Rank(existing.Location) > Rank(location)
                ? (existing.Location, owner)
                : (location, existing.Owner);
            var what = other.StartsWith("content/", StringComparison.Ordinal) ? $"'{other}'" : other;
            // A page's URL comes from its slug; a file's from its name.
            fix = at == location && fix is not null ? fix
                : at is { } source && !Content.ContentPaths.IsMarkdown(source.Path) ? "rename or remove the file"
                : "give one of them another slug";
            diagnostics.Error(DiagnosticCodes.UrlClash, at, $"URL '{urls.Url(sitePath)}' is also the URL of {what} ({fix})");
            return false;
        }

        _owners[file] = (owner, location);
        return true;
    }

    private static int Rank(SourceLocation? location) => location switch
    {
        { HasPosition: true } => 2,
        not null => 1,
        null => 0,
    };
}
