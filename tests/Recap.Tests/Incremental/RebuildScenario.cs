using System.Globalization;
using System.Text;

namespace Recap.Tests.Incremental;

/// <summary>A site, the edits an author makes to it one after the other, and the build options (the same for every build).</summary>
internal sealed record RebuildScenario(GeneratedSite Initial, IReadOnlyList<SiteEdit> Edits, bool Drafts, bool Future)
{
    /// <summary>Each edit applied in turn: the site it leaves, what it did, and the paths a file watcher reports.</summary>
    public IEnumerable<RebuildStep> Steps()
    {
        var site = Initial;
        for (var i = 0; i < Edits.Count; i++)
        {
            var edit = Edits[i].Apply(site);
            yield return new RebuildStep(i + 1, edit, site.ChangesTo(edit.Site, edit.Moves));
            site = edit.Site;
        }
    }

    /// <summary>The scenario as steps to follow by hand: the options, every initial file, then each edit with the paths it changed.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Build options: drafts {(Drafts ? "on" : "off")}, future {(Future ? "on" : "off")}, today {RebuildHarness.Today:yyyy-MM-dd}.\n");
        text.Append("Initial files:\n").Append(Initial.Describe());
        if (Edits.Count > 0)
        {
            text.Append("Edits, each followed by a rebuild:\n");
        }

        foreach (var step in Steps())
        {
            text.Append(step).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>A line for the summary CsCheck prints; <see cref="Describe"/> has the rest.</summary>
    public override string ToString() => $"{Initial.Files.Count} files, {Edits.Count} edits: {string.Join(", ", Edits)}";
}
