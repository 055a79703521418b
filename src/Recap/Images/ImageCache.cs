using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Recap.Caching;

namespace Recap.Images;

/// <summary>
/// A folder of resized images, one file per copy named by the SHA-256 of the source image's bytes,
/// the width and the resizer's version, so a build resizes only images whose file changed: a CI
/// build with the folder restored, or <c>recap serve</c> after its first build, resizes none. Safe
/// to call from the threads that write outputs; a copy asked for twice in one build is made once.
/// </summary>
internal sealed class ImageCache
{
    private readonly FileCache _files;

    /// <param name="directory">The cache folder; created when an image is first resized into it.</param>
    public ImageCache(string directory) => _files = new FileCache(directory, extension: null);

    public string Directory => _files.Directory;

    /// <summary>How many copies this cache made.</summary>
    public int Resized => _files.Made;

    /// <summary>How many copies this cache found already made.</summary>
    public int Reused => _files.Reused;

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

        var extension = Path.GetExtension(variant.SitePath).ToLowerInvariant();
        var key = Key(source, variant, extension);
        var path = _files.PathOf(key, extension);
        var made = _files.GetOrMake(key, path, IsThere, () => ImageResizer.Resize(source, variant.Width, variant.Height, variant.Format));
        return made is null ? null : path;
    }

    /// <summary>Deletes every cached copy this cache was not asked for, and leftovers of interrupted writes; returns how many files went.</summary>
    public int Prune() => _files.Prune();

    /// <summary>
    /// SHA-256, in lowercase hex, of the resizer's version, the copy's width, format and file
    /// extension, and the source's bytes. The extension is in the key because it is in the file's
    /// name: the same photo as <c>a.jpg</c> and <c>b.jpeg</c> makes two files, each found by its own key.
    /// </summary>
    internal static string Key(ReadOnlySpan<byte> source, ImageVariant variant, string extension)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"recap-image\n{ImageResizer.Version}\n{variant.Width}\n{variant.Format}\n{extension}\n")));
        hash.AppendData(source);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static bool IsThere(string path) => File.Exists(path) && new FileInfo(path).Length > 0;
}
