using Recap.Diagnostics;

namespace Recap.Checks;

/// <summary>
/// One URL a page links to or loads, as written, with where it is written. <see cref="Noun"/> names
/// it in messages: link, image, script, stylesheet or file.
/// </summary>
internal readonly record struct PageReference(string Url, ReferenceKind Kind, string Noun, SourceLocation Location);
