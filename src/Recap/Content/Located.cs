using Recap.Diagnostics;

namespace Recap.Content;

/// <summary>A front-matter value with where it was written, for errors about references (an unknown speaker).</summary>
public readonly record struct Located<T>(T Value, SourceLocation Location);
