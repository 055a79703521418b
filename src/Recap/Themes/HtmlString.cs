namespace Recap.Themes;

/// <summary>
/// Markup that templates write as it is: rendered Markdown, partials, the page body. Every other
/// value a template writes is HTML-escaped.
/// </summary>
public sealed class HtmlString(string value)
{
    public static HtmlString Empty { get; } = new(string.Empty);

    public string Value { get; } = value;

    public override string ToString() => Value;
}
