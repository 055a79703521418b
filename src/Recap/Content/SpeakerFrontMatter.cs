using Recap.Text;

namespace Recap.Content;

/// <summary>Front matter of <c>speakers/&lt;speaker&gt;.md</c>.</summary>
public sealed class SpeakerFrontMatter : BoundRecord
{
    [OtherNames("title", "full_name")]
    [RequiredKey]
    public string Name { get; init; } = string.Empty;

    /// <summary>What the speakers index sorts the name by, when the family name is not its last word (<c>"García Márquez, Gabriel"</c>).</summary>
    public string? SortName { get; init; }

    public string? Slug { get; init; }

    /// <summary>Old URLs of the page (<c>/old-title/</c>), each written as a page that sends readers on to it.</summary>
    [OtherNames("redirects")]
    public IReadOnlyList<Located<string>> RedirectFrom { get; init; } = [];

    [OtherNames("alias", "aka")]
    public IReadOnlyList<Located<string>> Aliases { get; init; } = [];

    /// <summary>Names that look like this one's but are not it: no "did you mean" warning suggests it for them.</summary>
    public IReadOnlyList<Located<string>> Distinct { get; init; } = [];

    [OtherNames("organization", "organisation", "affiliation", "employer")]
    public string? Company { get; init; }

    [OtherNames("job_title", "position")]
    public string? Role { get; init; }

    [OtherNames("photo", "picture", "headshot")]
    [ImageUrl]
    public SafeUrl? Avatar { get; init; }

    public ProfileLinks? Links { get; init; }

    /// <summary>The link preview image, instead of the drawn social card.</summary>
    [ImageUrl]
    public SafeUrl? Image { get; init; }

    /// <summary>Written by <c>recap import</c>.</summary>
    public ImportRecord? Import { get; init; }
}
