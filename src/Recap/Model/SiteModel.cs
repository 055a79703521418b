using Recap.Configuration;

namespace Recap.Model;

/// <summary>The resolved site: every conference, talk, speaker, topic and page, cross-linked, with its URL.</summary>
public sealed class SiteModel
{
    public required SiteConfig Config { get; init; }

    public required UrlBuilder Urls { get; init; }

    /// <summary>The theme's words in the site's language: what pages, cards and feeds say around the content.</summary>
    internal Themes.ThemeStrings Strings { get; init; } = Themes.ThemeStrings.English;

    /// <summary>Newest first.</summary>
    public required IReadOnlyList<Conference> Conferences { get; init; }

    /// <summary>By conference (newest first), then programme order.</summary>
    public required IReadOnlyList<Talk> Talks { get; init; }

    /// <summary>Alphabetical.</summary>
    public required IReadOnlyList<Speaker> Speakers { get; init; }

    /// <summary>Alphabetical.</summary>
    public required IReadOnlyList<Topic> Topics { get; init; }

    public required IReadOnlyList<Page> Pages { get; init; }

    /// <summary>
    /// The <paramref name="count"/> talks given last, latest first: by date and time, then later in
    /// the programme first; undated talks after dated ones, cancelled talks not at all.
    /// </summary>
    public IReadOnlyList<Talk> LatestTalks(int count) =>
        [.. Talks
            .Where(t => !t.IsCancelled)
            .OrderByDescending(t => t.Date.HasValue)
            .ThenByDescending(t => t.Date)
            .ThenByDescending(t => t.Time)
            .ThenBy(t => t.Conference.Slug, StringComparer.Ordinal)
            .ThenByDescending(t => t.Number)
            .Take(count)];

    public required IReadOnlyList<CopiedFile> Files { get; init; }

    /// <summary>The icons every page links to: the site's own from <c>static/</c>, else the theme's.</summary>
    public IReadOnlyList<SiteIcon> Icons { get; init; } = [];

    public required string ConferencesPath { get; init; }

    public required string SpeakersPath { get; init; }

    public required string TopicsPath { get; init; }

    /// <summary>Site path of every content file (Markdown or copied), by its path relative to the site root.</summary>
    public required IReadOnlyDictionary<string, string> SitePathsBySource { get; init; }

    /// <summary>Every output file the build writes, for checking links written by authors.</summary>
    public required IReadOnlySet<string> OutputFiles { get; init; }

    /// <summary>The resolved links of every published document with links, by its path relative to the site root.</summary>
    internal IReadOnlyDictionary<string, DocumentLinks> Links { get; init; } = new Dictionary<string, DocumentLinks>();

    /// <summary>Everything a build of this model writes; set by the model builder, which makes every model.</summary>
    internal OutputManifest Outputs { get; init; } = null!;
}
