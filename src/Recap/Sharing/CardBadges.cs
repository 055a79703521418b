using Recap.Cards;
using Recap.Content;
using SkiaSharp;

namespace Recap.Sharing;

/// <summary>
/// The colours of a talk's format on its card: those the default theme's stylesheet gives the
/// format's badge in its light scheme (<c>--lightning-bg</c> and <c>--lightning-fg</c>, ...), so a
/// lightning talk is amber on its page and on its card. A test reads the stylesheet and holds them equal.
/// </summary>
internal static class CardBadges
{
    public static BadgeColors Of(TalkFormat format) => format switch
    {
        TalkFormat.Keynote => new(new SKColor(0xfb, 0xe6, 0xe4), new SKColor(0x97, 0x22, 0x1a)),
        TalkFormat.Lightning => new(new SKColor(0xfc, 0xef, 0xcc), new SKColor(0x74, 0x48, 0x00)),
        TalkFormat.Workshop => new(new SKColor(0xdf, 0xf2, 0xe4), new SKColor(0x1c, 0x64, 0x32)),
        TalkFormat.Panel => new(new SKColor(0xec, 0xe6, 0xf8), new SKColor(0x5a, 0x35, 0x96)),
        _ => new(new SKColor(0xe9, 0xed, 0xf2), new SKColor(0x39, 0x44, 0x52)),
    };
}
