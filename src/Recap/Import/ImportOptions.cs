namespace Recap.Import;

/// <summary>What <c>recap import</c> was asked to do, beyond the programme itself.</summary>
internal sealed class ImportOptions
{
    /// <summary>The site root: the folder holding <c>content/</c>.</summary>
    public required string Root { get; init; }

    /// <summary>The conference's folder or name; else the export's acronym or name.</summary>
    public string? Conference { get; init; }

    /// <summary>An IANA zone for the talk times, over what the export says.</summary>
    public string? TimeZone { get; init; }

    /// <summary>Delete the files of talks that left the programme (when they have no notes) instead of marking them cancelled.</summary>
    public bool Prune { get; init; }

    /// <summary>
    /// The speakers the site knows before the import (files and names in talks): a new person whose
    /// name is a typo away from one is reported. Asked for only when there is a new person, as it loads the site.
    /// </summary>
    public Func<IReadOnlyList<string>> KnownSpeakers { get; init; } = () => [];

    /// <summary>Session types to formats, from site.yml's <c>import.formats</c>.</summary>
    public IReadOnlyDictionary<string, string> Formats { get; init; } = new Dictionary<string, string>();
}
