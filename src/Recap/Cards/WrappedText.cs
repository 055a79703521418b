namespace Recap.Cards;

/// <summary>Text broken into lines; <see cref="Truncated"/> when some was cut and the last line ends with an ellipsis.</summary>
internal sealed record WrappedText(IReadOnlyList<string> Lines, bool Truncated);
