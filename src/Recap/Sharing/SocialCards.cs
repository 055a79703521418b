namespace Recap.Sharing;

/// <summary>The social cards a build draws: one per talk, conference, speaker and topic, and one for the site.</summary>
internal static class SocialCards
{
    /// <summary>The size link previews show best: 1.91:1.</summary>
    public const int Width = 1200;

    public const int Height = 630;
}
