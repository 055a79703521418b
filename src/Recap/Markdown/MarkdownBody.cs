using System.Text;

namespace Recap.Markdown;

/// <summary>
/// A Markdown body as its file holds it: its UTF-8 bytes, which the body cache's key hashes, and
/// its text, decoded only when the body must be parsed. Most builds find every body in the cache,
/// and then decode none.
/// </summary>
internal sealed class MarkdownBody
{
    private readonly ReadOnlyMemory<byte> _utf8;
    private string? _text;

    /// <param name="utf8">Valid UTF-8, which must stay as it is while the body is in use.</param>
    public MarkdownBody(ReadOnlyMemory<byte> utf8) => _utf8 = utf8;

    private MarkdownBody(string text) => (_text, _utf8) = (text, Encoding.UTF8.GetBytes(text));

    public ReadOnlySpan<byte> Utf8 => _utf8.Span;

    public string Text => _text ??= Encoding.UTF8.GetString(_utf8.Span);

    /// <summary>A body already read as text (a file whose text had to be decoded whole).</summary>
    public static MarkdownBody FromText(ReadOnlyMemory<char> text) => new(text.ToString());
}
