using SkiaSharp;

namespace Recap.Cards;

/// <summary>The colours of a card's badge: the pill's fill and its text, as the site colours the same badge.</summary>
public sealed record BadgeColors(SKColor Fill, SKColor Text);
