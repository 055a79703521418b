using System.Text;

namespace Recap.Themes;

/// <summary>
/// Markup that templates write as it is: rendered Markdown, partials, the page body. Every other
/// value a template writes is HTML-escaped.
/// </summary>
public sealed class HtmlString
{
    private readonly StringBuilder? _pending;
    private string? _value;

    public HtmlString(string value) => _value = value;

    /// <summary>
    /// Markup still in <paramref name="pending"/>, made into a string only if something reads
    /// <see cref="Value"/>: a page's body is written from the builder into the page, never copied
    /// into one more string. Valid until <see cref="Release"/>.
    /// </summary>
    internal HtmlString(StringBuilder pending) => _pending = pending;

    public static HtmlString Empty { get; } = new(string.Empty);

    public string Value => _value ??= _pending!.ToString();

    /// <summary>The builder holding the markup, while no string of it was made.</summary>
    internal StringBuilder? Pending => _value is null ? _pending : null;

    /// <summary>Ends the markup's use of its builder, which is about to hold another page's.</summary>
    internal void Release() => _value ??= string.Empty;

    public override string ToString() => Value;
}
