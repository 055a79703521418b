namespace Recap.Diagnostics;

/// <summary>A position in a source file: path relative to the site root, one-based line and column.</summary>
public readonly record struct SourceLocation(string Path, int Line, int Column)
{
    public static SourceLocation File(string path) => new(path, 0, 0);

    public bool HasPosition => Line > 0;

    public override string ToString() => HasPosition ? $"{Path}({Line},{Math.Max(Column, 1)})" : Path;
}
