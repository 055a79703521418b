using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Recap.Caching;
using SkiaSharp;

namespace Recap.Cards;

/// <summary>
/// A folder of painted cards, one PNG per card named by the SHA-256 of what the card shows and
/// the painter's version, so a build paints only the cards whose text, colours or drawing code
/// changed, or whose characters the embedded fonts lack and another machine font now draws. Safe
/// to call from the threads that render pages; a card asked for twice in one build is painted at
/// most once.
/// </summary>
public sealed class CardCache
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] PngEnd = [0, 0, 0, 0, (byte)'I', (byte)'E', (byte)'N', (byte)'D', 0xAE, 0x42, 0x60, 0x82];

    private readonly FileCache _files;
    private readonly Func<int, SKTypeface, string?> _machineFont;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, bool> _boxed = new();

    /// <param name="directory">The cache folder; created when a card is first painted into it.</param>
    public CardCache(string directory)
        : this(directory, CardFonts.FallbackName)
    {
    }

    /// <param name="directory">The cache folder; created when a card is first painted into it.</param>
    /// <param name="machineFont">
    /// Names the machine font that draws a code point the given embedded face lacks, null when
    /// none does: <see cref="CardFonts.FallbackName"/>, or a stand-in for the fonts of another machine.
    /// </param>
    internal CardCache(string directory, Func<int, SKTypeface, string?> machineFont)
    {
        _files = new FileCache(directory, ".png");
        _machineFont = (codePoint, face) => machineFont(codePoint, face) ?? Boxed(codePoint);
    }

    public string Directory => _files.Directory;

    /// <summary>
    /// The characters of the cards asked for that no font draws, neither the embedded ones nor
    /// any of the machine's, in code point order: their cards show them as boxes.
    /// </summary>
    public IReadOnlyList<int> WithoutFont => [.. _boxed.Keys.Order()];

    /// <summary>How many cards this cache painted.</summary>
    public int Drawn => _files.Made;

    /// <summary>How many cards this cache found already painted.</summary>
    public int Reused => _files.Reused;

    /// <summary>
    /// The path of <paramref name="card"/>'s PNG in the cache, painted first when it is missing or
    /// damaged. Copy the file out; the cache may replace it later.
    /// </summary>
    /// <param name="card">The card.</param>
    /// <param name="drawn">True when it was painted by this call, false when it was already there.</param>
    public string GetOrPaint(SocialCard card, out bool drawn)
    {
        ArgumentNullException.ThrowIfNull(card);
        var key = Key(card, _machineFont);
        var path = _files.PathOf(key);
        drawn = _files.GetOrMake(key, path, LooksWhole, () => CardPainter.Paint(card)) == true;
        return path;
    }

    /// <summary>
    /// The path of <paramref name="card"/>'s PNG when the cache already holds it whole, without
    /// painting it: <c>recap serve</c> serves pages first and paints the missing cards after.
    /// </summary>
    public bool TryGet(SocialCard card, out string path)
    {
        ArgumentNullException.ThrowIfNull(card);
        var key = Key(card, _machineFont);
        path = _files.PathOf(key);
        return _files.TryReuse(key, path, LooksWhole);
    }

    /// <summary>Deletes every cached card this cache was not asked for, and leftovers of interrupted writes; returns how many files went.</summary>
    public int Prune() => _files.Prune();

    /// <summary>
    /// The cache key: SHA-256, in lowercase hex, of the painter's version and every field of the
    /// card, each length-prefixed so that no two cards serialise alike, then, for each character
    /// the embedded fonts lack, the machine font that draws it: a card drawn with boxes is drawn
    /// again once a font for them is installed (as a CI workflow may do with a restored cache).
    /// </summary>
    internal static string Key(SocialCard card) => Key(card, CardFonts.FallbackName);

    /// <inheritdoc cref="Key(SocialCard)"/>
    internal static string Key(SocialCard card, Func<int, SKTypeface, string?> machineFont)
    {
        var text = new StringBuilder();
        void Field(string? value) => text.Append(value is null ? "-" : $"{value.Length}:{value}").Append('\n');

        Field("recap-card");
        Field(CardPainter.Version);
        Field(card.SiteName);
        Field(card.Kicker);
        Field(card.Title);
        Field(card.People.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var person in card.People)
        {
            Field(person);
        }

        Field(card.Footer);
        Field(card.Badge);
        Field(card.BadgeColors is { } badge ? CardColors.ToHex(badge.Fill) : null);
        Field(card.BadgeColors is { } badgeText ? CardColors.ToHex(badgeText.Text) : null);
        Field(CardColors.ToHex(card.Colors.Background));
        Field(CardColors.ToHex(card.Colors.Foreground));
        Field(CardColors.ToHex(card.Colors.Accent));

        // Nothing is added for a card the embedded fonts draw whole, so its key stays what it was.
        foreach (var (value, face) in CardPainter.Texts(card))
        {
            foreach (var rune in (value ?? string.Empty).EnumerateRunes())
            {
                // No font is loaded for a card in Western or Central European text: a warm build draws none.
                if (!CardFonts.Covers(rune.Value) && !CardFonts.Has(face(), rune.Value))
                {
                    text.Append(CultureInfo.InvariantCulture, $"U+{rune.Value:X4} {machineFont(rune.Value, face()) ?? "none"}\n");
                }
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private string? Boxed(int codePoint)
    {
        _boxed.TryAdd(codePoint, true);
        return null;
    }

    /// <summary>A cheap check that the file is a whole PNG of a card: signature, size and end chunk, not every pixel.</summary>
    private static bool LooksWhole(string path)
    {
        // A card not drawn yet is the common case of a first build: no exception for it.
        if (!File.Exists(path))
        {
            return false;
        }

        try
        {
            // Two reads at offsets through a bare handle: a FileStream would allocate and clear a
            // buffer, and move its position, for each of the thousands of cards a build reuses.
            using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
            var length = RandomAccess.GetLength(file);
            Span<byte> head = stackalloc byte[24];
            Span<byte> tail = stackalloc byte[12];
            return length >= 45
                && RandomAccess.Read(file, head, 0) == head.Length
                && RandomAccess.Read(file, tail, length - tail.Length) == tail.Length
                && head[..8].SequenceEqual(PngSignature)
                && head[12..16].SequenceEqual("IHDR"u8)
                && BinaryPrimitives.ReadInt32BigEndian(head[16..20]) == CardPainter.Width
                && BinaryPrimitives.ReadInt32BigEndian(head[20..24]) == CardPainter.Height
                && tail.SequenceEqual(PngEnd);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
