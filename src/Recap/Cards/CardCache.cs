using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Recap.Cards;

/// <summary>
/// A folder of painted cards, one PNG per card named by the SHA-256 of what the card shows and
/// the painter's version, so a build paints only the cards whose text, colours or drawing code
/// changed. Safe to call from the threads that render pages; a card asked for twice in one build
/// is painted at most once.
/// </summary>
public sealed class CardCache
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] PngEnd = [0, 0, 0, 0, (byte)'I', (byte)'E', (byte)'N', (byte)'D', 0xAE, 0x42, 0x60, 0x82];

    private readonly ConcurrentDictionary<string, Lazy<bool>> _used = new(StringComparer.Ordinal);
    private int _drawn;
    private int _reused;

    /// <param name="directory">The cache folder; created when a card is first painted into it.</param>
    public CardCache(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        Directory = Path.GetFullPath(directory);
    }

    public string Directory { get; }

    /// <summary>How many cards this cache painted.</summary>
    public int Drawn => Volatile.Read(ref _drawn);

    /// <summary>How many cards this cache found already painted.</summary>
    public int Reused => Volatile.Read(ref _reused);

    /// <summary>
    /// The path of <paramref name="card"/>'s PNG in the cache, painted first when it is missing or
    /// damaged. Copy the file out; the cache may replace it later.
    /// </summary>
    /// <param name="card">The card.</param>
    /// <param name="drawn">True when it was painted by this call, false when it was already there.</param>
    public string GetOrPaint(SocialCard card, out bool drawn)
    {
        ArgumentNullException.ThrowIfNull(card);
        var key = Key(card);
        var path = PathOf(key);
        // Whoever adds the entry paints; a second page with the same card waits for it and reuses it.
        var mine = new Lazy<bool>(() => Ensure(card, path));
        var entry = _used.GetOrAdd(key, mine);
        drawn = entry.Value && ReferenceEquals(entry, mine);
        Interlocked.Increment(ref drawn ? ref _drawn : ref _reused);
        return path;
    }

    /// <summary>
    /// The path of <paramref name="card"/>'s PNG when the cache already holds it whole, without
    /// painting it: <c>recap serve</c> serves pages first and paints the missing cards after.
    /// </summary>
    public bool TryGet(SocialCard card, out string path)
    {
        ArgumentNullException.ThrowIfNull(card);
        var key = Key(card);
        path = PathOf(key);
        if (_used.TryGetValue(key, out var entry) ? !entry.IsValueCreated : !LooksWhole(path))
        {
            return false; // not cached, or being painted now
        }

        _used.TryAdd(key, new Lazy<bool>(false));
        Interlocked.Increment(ref _reused);
        return true;
    }

    /// <summary>Deletes every cached card this cache was not asked for, and leftovers of interrupted writes; returns how many files went.</summary>
    public int Prune()
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            return 0;
        }

        var deleted = 0;
        foreach (var file in System.IO.Directory.EnumerateFiles(Directory))
        {
            var name = Path.GetFileName(file);
            var isCard = name.EndsWith(".png", StringComparison.Ordinal) && _used.ContainsKey(name[..^4]);
            if (!isCard)
            {
                File.Delete(file);
                deleted++;
            }
        }

        return deleted;
    }

    /// <summary>
    /// The cache key: SHA-256, in lowercase hex, of the painter's version and every field of the
    /// card, each length-prefixed so that no two cards serialise alike.
    /// </summary>
    internal static string Key(SocialCard card)
    {
        var text = new StringBuilder();
        void Field(string? value) => text.Append(value is null ? "-" : $"{value.Length}:{value}").Append('\n');

        Field("recap-card");
        Field(CardPainter.Version);
        Field(card.SiteName);
        Field(card.Kicker);
        Field(card.Title);
        Field(card.People.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
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
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private string PathOf(string key) => Path.Combine(Directory, key + ".png");

    /// <returns>True when the card had to be painted.</returns>
    private static bool Ensure(SocialCard card, string path)
    {
        if (LooksWhole(path))
        {
            return false;
        }

        var png = CardPainter.Paint(card);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);

        // Another build may read the same file: it sees the old card or the new one, never half of one.
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            File.WriteAllBytes(temporary, png);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }

        return true;
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
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
            if (file.Length < 45)
            {
                return false;
            }

            Span<byte> head = stackalloc byte[24];
            Span<byte> tail = stackalloc byte[12];
            file.ReadExactly(head);
            file.Seek(-tail.Length, SeekOrigin.End);
            file.ReadExactly(tail);
            return head[..8].SequenceEqual(PngSignature)
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
