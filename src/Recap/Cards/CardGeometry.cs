using SkiaSharp;

namespace Recap.Cards;

/// <summary>Where each part of a card goes, computed before anything is drawn (and read by tests).</summary>
/// <param name="Kicker">The kicker, cut to one line; null when the card has none.</param>
/// <param name="KickerBaseline">The kicker's baseline.</param>
/// <param name="Title">The title's lines.</param>
/// <param name="TitleSize">The title's font size: smaller for longer titles.</param>
/// <param name="TitleBaselines">The baseline of each title line.</param>
/// <param name="TitleArea">The box of the title's lines, ascenders to descenders.</param>
/// <param name="People">The people lines that fit, each cut to one line.</param>
/// <param name="PeopleBaselines">The baseline of each people line.</param>
/// <param name="Footer">The footer, cut to one line; null when the card has none.</param>
/// <param name="FooterBaseline">The footer's baseline, near the bottom whatever is above it.</param>
internal sealed record CardGeometry(
    string? Kicker,
    float KickerBaseline,
    WrappedText Title,
    float TitleSize,
    IReadOnlyList<float> TitleBaselines,
    SKRect TitleArea,
    IReadOnlyList<string> People,
    IReadOnlyList<float> PeopleBaselines,
    string? Footer,
    float FooterBaseline);
