using Recap.Cards;
using Recap.Content;

namespace Recap.Themes;

/// <summary>A theme's <c>theme.yml</c>.</summary>
public sealed class ThemeConfig : BoundRecord
{
    public string? Name { get; init; }

    public string? Description { get; init; }

    /// <summary>Extra front-matter keys the theme's templates read, by kind; they reach templates as <c>extra</c>.</summary>
    public ThemeFrontMatterConfig? FrontMatter { get; init; }

    /// <summary>
    /// Whether each heading of a body is a link to itself, for readers to copy a section's address
    /// (<c>heading_links: true</c>). The theme's stylesheet styles <c>a.heading-link</c>; off unless set.
    /// </summary>
    public bool? HeadingLinks { get; init; }

    /// <summary>The colours of the social cards; see <see cref="CardColors"/>.</summary>
    public ThemeCardConfig? Card { get; init; }

    /// <summary>The social cards' colours: the theme's, or the default theme's when it sets none.</summary>
    public CardColors CardColors => Card?.Colors ?? CardColors.Default;
}
