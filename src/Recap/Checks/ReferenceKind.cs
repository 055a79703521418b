namespace Recap.Checks;

/// <summary>Whether a URL in a page is followed by the reader (a link) or loaded with the page (an asset).</summary>
internal enum ReferenceKind
{
    Link,
    Asset,
}
