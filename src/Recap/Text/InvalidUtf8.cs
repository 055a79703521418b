namespace Recap.Text;

/// <summary>The first byte of a file that is not UTF-8, and where it is: one-based line and column (in UTF-16 characters, as every other column).</summary>
internal readonly record struct InvalidUtf8(int Line, int Column, byte Byte);
