using Recap.Content;
using Recap.Text;

namespace Recap.Configuration;

/// <summary><c>content/site.yml</c>, typed.</summary>
public sealed class SiteConfig : BoundRecord
{
    private string? _baseUrl;

    [RequiredKey]
    public string Title { get; init; } = string.Empty;

    /// <summary>Where the site is published, e.g. <c>https://user.github.io/recaps/</c>; its path prefixes every URL.</summary>
    public string? BaseUrl { get => _baseUrl; init => _baseUrl = value; }

    /// <summary>A custom domain for GitHub Pages (<c>recaps.example.org</c>), written to the output as <c>CNAME</c>.</summary>
    public string? Domain { get; init; }

    public string? Description { get; init; }

    public string? Author { get; init; }

    public string Language { get; init; } = "en";

    /// <summary>Which way the language is written; derived, not a key (the binder takes only settable properties).</summary>
    internal WritingDirection Direction => WritingDirection.Of(Language);

    public string Theme { get; init; } = "default";

    /// <summary>With <c>strict: true</c>, warnings fail the build.</summary>
    public bool Strict { get; init; }

    /// <summary>The site's own accounts, linked from the footer.</summary>
    public ProfileLinks? Social { get; init; }

    public PermalinkConfig? Permalinks { get; init; }

    public OptionsConfig Options { get; init; } = new();

    public MarkdownConfig Markdown { get; init; } = new();

    public DistinctConfig Distinct { get; init; } = new();

    /// <summary>How <c>recap import</c> maps a programme.</summary>
    public ImportConfig Import { get; init; } = new();

    /// <summary>The same configuration with a checked base URL (from site.yml or --base-url).</summary>
    internal SiteConfig WithBaseUrl(string? baseUrl)
    {
        _baseUrl = baseUrl;
        return this;
    }
}
