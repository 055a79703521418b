using Recap.Cards;
using Recap.Content;
using Recap.Diagnostics;
using SkiaSharp;

namespace Recap.Themes;

/// <summary>
/// The <c>card:</c> mapping of theme.yml: the colours of the social cards, as CSS hex colours
/// (<c>"#0a6570"</c>, quoted, since <c>#</c> starts a YAML comment). A colour left out is the default's.
/// </summary>
public sealed class ThemeCardConfig : BoundRecord
{
    public string? Background { get; init; }

    public string? Foreground { get; init; }

    public string? Accent { get; init; }

    /// <summary>The colours this section sets, the default's for the others and for any that is not a colour.</summary>
    public CardColors Colors => new(
        Parse(Background, CardColors.Default.Background),
        Parse(Foreground, CardColors.Default.Foreground),
        Parse(Accent, CardColors.Default.Accent));

    /// <summary>Reports each colour that is not one, at its line.</summary>
    internal void Check(DiagnosticBag diagnostics)
    {
        Check("background", Background, diagnostics);
        Check("foreground", Foreground, diagnostics);
        Check("accent", Accent, diagnostics);
    }

    private void Check(string key, string? value, DiagnosticBag diagnostics)
    {
        if (value is null)
        {
            // The binder leaves an empty value unset; here that is nearly always `accent: #0a6570`, a comment.
            if (KeyLocations.TryGetValue(key, out var location))
            {
                diagnostics.Error(DiagnosticCodes.InvalidConfigValue, location, $"'card.{key}' is empty (a # starts a YAML comment, so quote colours: {key}: \"#0a6570\")");
            }

            return;
        }

        if (!CardColors.TryParse(value, out _))
        {
            diagnostics.Error(DiagnosticCodes.InvalidConfigValue, LocationOf(key), $"'card.{key}' must be a colour like \"#0a6570\" or \"#fff\", not '{value}'");
        }
    }

    private static SKColor Parse(string? value, SKColor fallback) => CardColors.TryParse(value, out var color) ? color : fallback;
}
