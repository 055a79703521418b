using SkiaSharp;

namespace Recap.Cards;

/// <summary>A piece of a line drawn with one typeface: the embedded one, or a machine font that has its characters.</summary>
internal sealed record TextRun(string Text, SKTypeface Typeface);
