using System.IO.Compression;
using SkiaSharp;

namespace Recap.Cards;

/// <summary>
/// Paints a <see cref="SocialCard"/> as a 1200×630 PNG, the size Open Graph and X previews use:
/// site name and badge along the top, then the kicker, the title (up to three balanced lines,
/// smaller when long) and the people, the footer in the lower third, and an accent stripe along
/// the bottom. The same card gives the same bytes.
/// </summary>
/// <remarks>
/// A card costs about 1.9 ms of CPU and 19 KB (bench/card-bench.sh, 10,000-talk corpus), where
/// an RGB PNG from Skia cost 11 ms and 50 KB: the pixels are drawn in Skia's native byte order,
/// whose blitters are twice as fast as those of RGBA, and written as a palette PNG (<see cref="IndexedPng"/>).
/// </remarks>
public static class CardPainter
{
    public const int Width = 1200;

    public const int Height = 630;

    /// <summary>Part of every cache key: change it whenever a change here changes the pixels or the file.</summary>
    internal const string Version = "9";

    /// <summary>
    /// zlib level 2: over 2,000 cards of the 10,000-talk corpus, 4 bits an index
    /// (<c>bench/card-bench.sh --compare</c>), 14.4 KB in 0.38 ms of deflate against 13.7 KB in
    /// 0.55 ms at level 3 and 20.7 KB in 0.25 ms at level 1; level 9 is a seventh smaller for
    /// twenty times the time. At 8 bits an index, level 3 was 16.4 KB in 0.63 ms.
    /// </summary>
    private static readonly ZLibCompressionOptions Deflate = new() { CompressionLevel = 2 };

    /// <summary>
    /// For the rare card with colours off its ramps: the Sub filter and zlib level 4 encode 2.2
    /// times faster than Skia's defaults for files 6% larger.
    /// </summary>
    private static readonly SKPngEncoderOptions TrueColor = new(SKPngEncoderFilterFlags.Sub, 4);

    [ThreadStatic]
    private static SKBitmap? t_bitmap;

    private const float Margin = 80;
    private const float HeaderTop = 64;
    private const float HeaderHeight = 48;
    private const float HeaderTextSize = 26;
    private const float BadgeTextSize = 24;
    private const float BadgePadding = 22;
    private const float StripeHeight = 12;
    private const float ContentTop = HeaderTop + HeaderHeight + 40;
    private const float ContentBottom = Height - StripeHeight - 64;
    private const float KickerSize = 32;
    private const float KickerGap = 20;
    private const float TitleLineHeight = 1.12f;
    private const int TitleMaxLines = 3;
    private const float PeopleGap = 36;
    private const float PeopleSize = 30;
    private const float PeopleLineHeight = 44;
    private const float FooterSize = 30;
    private const float FooterGap = 44;
    private const float MaxTextWidth = Width - (2 * Margin);

    private static readonly float[] TitleSizes = [80, 72, 64, 56];

    // The face of each text: measuring, drawing and the cache key's check of what a face lacks (Texts) read these.
    private static SKTypeface HeaderFace => CardFonts.SemiBold;

    private static SKTypeface BadgeFace => CardFonts.SemiBold;

    private static SKTypeface KickerFace => CardFonts.SemiBold;

    private static SKTypeface TitleFace => CardFonts.Bold;

    private static SKTypeface PeopleFace => CardFonts.Regular;

    private static SKTypeface FooterFace => CardFonts.SemiBold;

    /// <summary>The PNG of <paramref name="card"/>.</summary>
    public static byte[] Paint(SocialCard card) => Paint(card, fallback: true);

    /// <param name="card">The card.</param>
    /// <param name="fallback">False draws every character with the embedded fonts, boxes and all (for tests).</param>
    internal static byte[] Paint(SocialCard card, bool fallback)
    {
        ArgumentNullException.ThrowIfNull(card);

        // Each thread paints its cards on one bitmap: a new one is 3 MB of memory to map and clear per card.
        var bitmap = t_bitmap ??= NewBitmap();
        Draw(bitmap, card, fallback);
        return Encode(bitmap, card.Colors, card.BadgeColors);
    }

    /// <summary>
    /// Every text of <paramref name="card"/> with the embedded face that draws it (a machine font
    /// draws what that face lacks). A face is a function, called only for a character
    /// <see cref="CardFonts.Covers"/> cannot answer for: loading one takes some 40 ms.
    /// </summary>
    internal static IEnumerable<(string? Text, Func<SKTypeface> Face)> Texts(SocialCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        yield return (card.SiteName, static () => HeaderFace);
        yield return (card.Badge, static () => BadgeFace);
        yield return (card.Kicker, static () => KickerFace);
        yield return (card.Title, static () => TitleFace);
        foreach (var person in card.People)
        {
            yield return (person, static () => PeopleFace);
        }

        yield return (card.Footer, static () => FooterFace);
    }

    /// <summary>The pixels of <paramref name="card"/>, before they are encoded.</summary>
    internal static SKBitmap Render(SocialCard card, bool fallback = true)
    {
        ArgumentNullException.ThrowIfNull(card);
        var bitmap = NewBitmap();
        Draw(bitmap, card, fallback);
        return bitmap;
    }

    /// <summary>
    /// A palette PNG when every pixel is on one of the card's colour ramps, as it is unless a
    /// machine font drew a colour glyph; then a PNG of every colour as it is.
    /// </summary>
    internal static byte[] Encode(SKBitmap bitmap, CardColors colors, BadgeColors? badge = null)
    {
        ArgumentNullException.ThrowIfNull(bitmap);
        ArgumentNullException.ThrowIfNull(colors);
        if (IndexedPng.Encode(bitmap, Ramps(colors, badge), Deflate) is { } png)
        {
            return png;
        }

        using var pixmap = bitmap.PeekPixels();
        using var data = pixmap.Encode(TrueColor) ?? throw new InvalidOperationException("Skia could not encode the card as PNG.");
        return data.ToArray();
    }

    // BGRA is Skia's native order on every desktop platform: text is blended by its fast blitters,
    // where RGBA goes through the general raster pipeline at twice the cost.
    private static SKBitmap NewBitmap() => new(new SKImageInfo(Width, Height, SKColorType.Bgra8888, SKAlphaType.Opaque));

    /// <summary>Draws <paramref name="card"/> over the whole of <paramref name="bitmap"/>.</summary>
    internal static void Draw(SKBitmap bitmap, SocialCard card, bool fallback = true)
    {
        var text = new CardText(fallback);
        var geometry = Layout(card, text);
        using var canvas = new SKCanvas(bitmap);
        Draw(canvas, card, geometry, text);
    }

    internal static CardGeometry Layout(SocialCard card, CardText text)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(text);
        var kicker = string.IsNullOrWhiteSpace(card.Kicker)
            ? null
            : CardLayout.FitLine(card.Kicker, s => text.Measure(s, KickerFace, KickerSize), MaxTextWidth);
        var kickerHeight = kicker is null ? 0 : KickerSize + KickerGap;
        var people = card.People.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        var footer = string.IsNullOrWhiteSpace(card.Footer)
            ? null
            : CardLayout.FitLine(card.Footer, s => text.Measure(s, FooterFace, FooterSize), MaxTextWidth);

        // The footer sits on the bottom line of the content whatever is above it; the rest fits above it.
        var contentBottom = footer is null ? ContentBottom : ContentBottom - FooterSize - FooterGap;

        // The largest title size at which the whole title, and a line of people (two for two or more), fit.
        var room = contentBottom - ContentTop - kickerHeight - (people.Count > 0 ? PeopleGap + (Math.Min(people.Count, 2) * PeopleLineHeight) : 0);
        var size = TitleSizes[0];
        var title = WrapTitle(card.Title, size, text);
        foreach (var candidate in TitleSizes.Skip(1))
        {
            if (!title.Truncated && title.Lines.Count * size * TitleLineHeight <= room)
            {
                break;
            }

            size = candidate;
            title = WrapTitle(card.Title, size, text);
        }

        // The size is chosen with lines filled greedily; balancing keeps their number, so it still fits.
        // Balancing measures the lines it chooses, which are then measured for the title's box: once is enough.
        var widths = new Dictionary<string, float>(StringComparer.Ordinal);
        float MeasureTitle(string s) => widths.TryGetValue(s, out var w) ? w : widths[s] = text.Measure(s, TitleFace, size);
        title = CardLayout.Balance(card.Title, title, MeasureTitle, MaxTextWidth);
        var lineHeight = size * TitleLineHeight;
        var titleHeight = title.Lines.Count * lineHeight;
        var peopleRoom = contentBottom - ContentTop - kickerHeight - titleHeight - PeopleGap;
        var peopleLines = FitPeople(people, (int)Math.Floor(peopleRoom / PeopleLineHeight), text);
        var blockHeight = kickerHeight + titleHeight + (peopleLines.Count > 0 ? PeopleGap + (peopleLines.Count * PeopleLineHeight) : 0);

        // The block sits a little above the middle of the space under the header: optical centre.
        var top = ContentTop + (Math.Max(0, contentBottom - ContentTop - blockHeight) * 0.45f);
        var kickerBaseline = top + (KickerSize * 0.8f);
        var titleTop = top + kickerHeight;
        var ascent = size * 0.92f;
        var titleBaselines = Enumerable.Range(0, title.Lines.Count).Select(i => titleTop + ascent + (i * lineHeight) - ((lineHeight - size) / 2)).ToList();
        var titleWidth = title.Lines.Count == 0 ? 0 : title.Lines.Max(MeasureTitle);
        var titleLeft = CardText.IsRightToLeft(card.Title) ? Width - Margin - titleWidth : Margin;
        var titleArea = new SKRect(titleLeft, titleTop, titleLeft + titleWidth, titleTop + titleHeight);
        var peopleTop = titleTop + titleHeight + PeopleGap;
        var peopleBaselines = Enumerable.Range(0, peopleLines.Count).Select(i => peopleTop + (PeopleSize * 0.95f) + (i * PeopleLineHeight)).ToList();
        return new CardGeometry(kicker, kickerBaseline, title, size, titleBaselines, titleArea, peopleLines, peopleBaselines, footer, ContentBottom);
    }

    private static WrappedText WrapTitle(string title, float size, CardText text) =>
        CardLayout.WrapTitle(title, s => text.Measure(s, TitleFace, size), MaxTextWidth, TitleMaxLines);

    private static List<string> FitPeople(List<string> people, int room, CardText text)
    {
        // A line for "and 2 more" takes the place of the last person; a single line names the first person still.
        var lines = people.Count <= room ? people
            : room == 1 ? [$"{people[0]} and {people.Count - 1} more"]
            : [.. people.Take(Math.Max(0, room - 1)), $"and {people.Count - room + 1} more"];
        return lines.Take(Math.Max(0, room)).Select(p => CardLayout.FitLine(p, s => text.Measure(s, PeopleFace, PeopleSize), MaxTextWidth)).ToList();
    }

    private static void Draw(SKCanvas canvas, SocialCard card, CardGeometry geometry, CardText text)
    {
        var colors = card.Colors;
        var muted = Mix(colors.Foreground, colors.Background, 0.3f);
        canvas.Clear(colors.Background);

        using (var stripe = new SKPaint { Color = colors.Accent })
        {
            canvas.DrawRect(0, Height - StripeHeight, Width, StripeHeight, stripe);
        }

        var headerBaseline = HeaderTop + (HeaderHeight / 2) + (HeaderTextSize * 0.36f);
        // The site's own card has the site's name for its title: once is enough.
        if (!string.Equals(card.SiteName.Trim(), card.Title.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            var siteName = CardLayout.FitLine(card.SiteName, s => text.Measure(s, HeaderFace, HeaderTextSize), MaxTextWidth / 2);
            text.Draw(canvas, siteName, StartOf(siteName, HeaderFace, HeaderTextSize, text), headerBaseline, HeaderFace, HeaderTextSize, muted);
        }

        if (!string.IsNullOrWhiteSpace(card.Badge))
        {
            // The badge faces the site's name: on the left of a name that reads from the right.
            DrawBadge(canvas, card.Badge, BadgeOf(colors, card.BadgeColors), text, onTheLeft: CardText.IsRightToLeft(card.SiteName));
        }

        if (geometry.Kicker is not null)
        {
            text.Draw(canvas, geometry.Kicker, StartOf(geometry.Kicker, KickerFace, KickerSize, text), geometry.KickerBaseline, KickerFace, KickerSize, colors.Accent);
        }

        // The title is one paragraph: a line of it that starts with a Latin word still reads from the right, and
        // ends on the right margin, when the title does.
        var titleRtl = CardText.IsRightToLeft(card.Title);
        for (var i = 0; i < geometry.Title.Lines.Count; i++)
        {
            var line = geometry.Title.Lines[i];
            var x = titleRtl ? Width - Margin - text.Measure(line, TitleFace, geometry.TitleSize) : Margin;
            text.Draw(canvas, line, x, geometry.TitleBaselines[i], TitleFace, geometry.TitleSize, colors.Foreground, titleRtl);
        }

        for (var i = 0; i < geometry.People.Count; i++)
        {
            text.Draw(canvas, geometry.People[i], StartOf(geometry.People[i], PeopleFace, PeopleSize, text), geometry.PeopleBaselines[i], PeopleFace, PeopleSize, muted);
        }

        if (geometry.Footer is not null)
        {
            text.Draw(canvas, geometry.Footer, StartOf(geometry.Footer, FooterFace, FooterSize, text), geometry.FooterBaseline, FooterFace, FooterSize, colors.Accent);
        }
    }

    /// <summary>Where a line starts: on the left margin, or, for a line that reads from the right, where it then ends on the right margin.</summary>
    private static float StartOf(string line, SKTypeface face, float size, CardText text) =>
        CardText.IsRightToLeft(line) ? Width - Margin - text.Measure(line, face, size) : Margin;

    private static void DrawBadge(SKCanvas canvas, string badge, BadgeColors colors, CardText text, bool onTheLeft)
    {
        var label = CardLayout.FitLine(badge.Trim(), s => text.Measure(s, BadgeFace, BadgeTextSize), MaxTextWidth / 3);
        var width = text.Measure(label, BadgeFace, BadgeTextSize) + (2 * BadgePadding);
        var left = onTheLeft ? Margin : Width - Margin - width;
        var box = new SKRect(left, HeaderTop, left + width, HeaderTop + HeaderHeight);
        using (var fill = new SKPaint { Color = colors.Fill, IsAntialias = true })
        {
            canvas.DrawRoundRect(box, HeaderHeight / 2, HeaderHeight / 2, fill);
        }

        var baseline = box.MidY + (BadgeTextSize * 0.36f);
        text.Draw(canvas, label, box.Left + BadgePadding, baseline, BadgeFace, BadgeTextSize, colors.Text);
    }

    /// <summary>
    /// The colour pairs a card blends between: the background and each ink drawn on it, and the
    /// badge's fill and its text. Every pixel of a card is on one of them.
    /// </summary>
    internal static IReadOnlyList<(SKColor From, SKColor To)> Ramps(CardColors colors, BadgeColors? badge = null)
    {
        var pill = BadgeOf(colors, badge);
        List<(SKColor From, SKColor To)> ramps =
        [
            (colors.Background, colors.Foreground),
            (colors.Background, Mix(colors.Foreground, colors.Background, 0.3f)),
            (colors.Background, colors.Accent),
            (pill.Fill, pill.Text),
        ];

        if (pill.Fill != colors.Accent)
        {
            ramps.Add((colors.Background, pill.Fill));
        }

        return ramps;
    }

    /// <summary>The badge's colours: its own, else the accent with text that reads on it.</summary>
    internal static BadgeColors BadgeOf(CardColors colors, BadgeColors? badge) => badge ?? new BadgeColors(colors.Accent, OnAccent(colors));

    /// <summary>The text colour on the accent: the background when it reads well on it, else white or black.</summary>
    private static SKColor OnAccent(CardColors colors)
    {
        if (CardColors.Contrast(colors.Accent, colors.Background) >= 4.5)
        {
            return colors.Background;
        }

        return CardColors.Contrast(colors.Accent, SKColors.White) >= CardColors.Contrast(colors.Accent, SKColors.Black) ? SKColors.White : SKColors.Black;
    }

    private static SKColor Mix(SKColor a, SKColor b, float t) => new(
        (byte)Math.Round(a.Red + ((b.Red - a.Red) * t)),
        (byte)Math.Round(a.Green + ((b.Green - a.Green) * t)),
        (byte)Math.Round(a.Blue + ((b.Blue - a.Blue) * t)));
}
