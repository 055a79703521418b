using System.Text;
using Recap.Rendering;

namespace Recap.Themes;

/// <summary>
/// Markup that templates write as it is: rendered Markdown, partials, the page body. Every other
/// value a template writes is HTML-escaped.
/// </summary>
public sealed class HtmlString
{
    private readonly Utf8Output? _pending;
    private readonly ReadOnlyMemory<byte>[]? _utf8;
    private string? _value;

    public HtmlString(string value) => _value = value;

    /// <summary>
    /// Markup already encoded, in pieces: a page writes them into its bytes as they are, and the
    /// text is decoded only if something reads <see cref="Value"/>. The pieces must not change.
    /// </summary>
    internal HtmlString(ReadOnlyMemory<byte>[] utf8) => _utf8 = utf8;

    /// <summary>
    /// Markup still in <paramref name="pending"/> (a page's body, which its kind layout wrote), read
    /// from there when the page is written: never copied into one more string unless something reads
    /// <see cref="Value"/>. Valid until <see cref="Release"/>.
    /// </summary>
    internal HtmlString(Utf8Output pending) => _pending = pending;

    public static HtmlString Empty { get; } = new(string.Empty);

    /// <summary>The markup as text: markup held in UTF-8 is decoded on each read, never kept twice.</summary>
    public string Value => _value ?? Decode();

    /// <summary>The markup's UTF-8, in pieces, while it has any: null for markup made from a string.</summary>
    internal ReadOnlyMemory<byte>[]? Utf8 => _pending is { } pending && _value is null ? [pending.WrittenMemory] : _utf8;

    /// <summary>Ends the markup's use of the output it is in, which is about to hold another page's.</summary>
    internal void Release() => _value ??= string.Empty;

    public override string ToString() => Value;

    private string Decode()
    {
        if (_pending is { } pending)
        {
            return Encoding.UTF8.GetString(pending.Written);
        }

        var pieces = _utf8!;
        if (pieces.Length == 1)
        {
            return Encoding.UTF8.GetString(pieces[0].Span);
        }

        var bytes = new byte[pieces.Sum(p => p.Length)];
        var at = 0;
        foreach (var piece in pieces)
        {
            piece.Span.CopyTo(bytes.AsSpan(at));
            at += piece.Length;
        }

        return Encoding.UTF8.GetString(bytes);
    }
}
