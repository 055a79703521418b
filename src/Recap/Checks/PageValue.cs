using Recap.Diagnostics;

namespace Recap.Checks;

/// <summary>A value read from a page's head (title, canonical URL, ...) with where its element starts.</summary>
internal readonly record struct PageValue(string Value, SourceLocation Location);
