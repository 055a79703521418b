namespace Recap.Images;

/// <summary>
/// A smaller copy of one of the site's images, for <c>srcset</c>: made from
/// <paramref name="SourcePath"/> (relative to the site root) at <paramref name="Width"/> pixels
/// wide, in the source's format, written to <paramref name="SitePath"/>.
/// </summary>
internal sealed record ImageVariant(string SitePath, string SourcePath, int Width, int Height, string Format);
