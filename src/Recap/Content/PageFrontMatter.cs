using Recap.Text;

namespace Recap.Content;

/// <summary>Front matter of <c>pages/&lt;page&gt;.md</c>.</summary>
public sealed class PageFrontMatter : BoundRecord
{
    [RequiredKey]
    public string Title { get; init; } = string.Empty;

    [OtherNames("description")]
    public string? Summary { get; init; }

    /// <summary>The link preview image, instead of the drawn social card.</summary>
    [ImageUrl]
    public SafeUrl? Image { get; init; }

    public string? Slug { get; init; }

    /// <summary>Old URLs of the page (<c>/old-title/</c>), each written as a page that sends readers on to it.</summary>
    [OtherNames("aliases", "redirects")]
    public IReadOnlyList<Located<string>> RedirectFrom { get; init; } = [];

    /// <summary>A table of contents of the body's sections: true shows it, false never; left out, a body with <c>options.toc_sections</c> sections or more has one.</summary>
    [OtherNames("table_of_contents", "showtoc", "show_toc")]
    public bool? Toc { get; init; }

    public bool Draft { get; init; }

    /// <summary>Shows the page in the site's navigation.</summary>
    public bool Menu { get; init; }

    /// <summary>Position in the navigation: lower first, then by title.</summary>
    public int? Weight { get; init; }
}
