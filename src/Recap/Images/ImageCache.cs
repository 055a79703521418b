using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Recap.Images;

/// <summary>
/// A folder of resized images, one file per copy named by the SHA-256 of the source image's bytes,
/// the width and the resizer's version, so a build resizes only images whose file changed: a CI
/// build with the folder restored, or <c>recap serve</c> after its first build, resizes none. Safe
/// to call from the threads that write outputs; a copy asked for twice in one build is made once.
/// </summary>
internal sealed class ImageCache
{
    private readonly ConcurrentDictionary<string, Lazy<(string? Path, bool Made)>> _used = new(StringComparer.Ordinal);
    private int _resized;
    private int _reused;

    /// <param name="directory">The cache folder; created when an image is first resized into it.</param>
    public ImageCache(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        Directory = Path.GetFullPath(directory);
    }

    public string Directory { get; }

    /// <summary>How many copies this cache made.</summary>
    public int Resized => Volatile.Read(ref _resized);

    /// <summary>How many copies this cache found already made.</summary>
    public int Reused => Volatile.Read(ref _reused);

    /// <summary>
    /// The image cache of a build into <paramref name="cardCache"/>'s output: beside its card
    /// cache (<c>.recap-cache/_site/images</c> next to <c>.recap-cache/_site/cards</c>).
    /// </summary>
    public static string BesideCards(string cardCache) =>
        Sharing.SocialCards.CacheBeside(cardCache, "images");

    /// <summary>
    /// The path of <paramref name="variant"/> in the cache, resized from <paramref name="sourceFile"/>
    /// first when it is missing. Null when the source cannot be decoded.
    /// </summary>
    public string? GetOrResize(ImageVariant variant, string sourceFile)
    {
        ArgumentNullException.ThrowIfNull(variant);
        byte[] source;
        try
        {
            source = File.ReadAllBytes(sourceFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        var key = Key(source, variant);
        var path = Path.Combine(Directory, key + Path.GetExtension(variant.SitePath).ToLowerInvariant());
        // Whoever adds the entry resizes; a second output of the same copy waits for it and reuses it.
        var mine = new Lazy<(string? Path, bool Made)>(() => Ensure(source, variant, path));
        var entry = _used.GetOrAdd(key, mine);
        if (entry.Value.Path is null)
        {
            return null;
        }

        Interlocked.Increment(ref ReferenceEquals(entry, mine) && entry.Value.Made ? ref _resized : ref _reused);
        return path;
    }

    /// <summary>Deletes every cached copy this cache was not asked for, and leftovers of interrupted writes; returns how many files went.</summary>
    public int Prune()
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            return 0;
        }

        var deleted = 0;
        foreach (var file in System.IO.Directory.EnumerateFiles(Directory))
        {
            if (!_used.ContainsKey(Path.GetFileNameWithoutExtension(file)))
            {
                File.Delete(file);
                deleted++;
            }
        }

        return deleted;
    }

    /// <summary>SHA-256, in lowercase hex, of the resizer's version, the copy's width and format, and the source's bytes.</summary>
    internal static string Key(ReadOnlySpan<byte> source, ImageVariant variant)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"recap-image\n{ImageResizer.Version}\n{variant.Width}\n{variant.Format}\n")));
        hash.AppendData(source);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <returns>The path, or null when the source cannot be decoded; and whether it was made now.</returns>
    private (string? Path, bool Made) Ensure(byte[] source, ImageVariant variant, string path)
    {
        if (File.Exists(path) && new FileInfo(path).Length > 0)
        {
            return (path, false);
        }

        if (ImageResizer.Resize(source, variant.Width, variant.Height, variant.Format) is not { } resized)
        {
            return (null, false);
        }

        System.IO.Directory.CreateDirectory(Directory);

        // Another build may read the same file: it sees the old copy or the new one, never half of one.
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            File.WriteAllBytes(temporary, resized);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }

        return (path, true);
    }
}
