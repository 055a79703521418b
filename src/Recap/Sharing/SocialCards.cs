using Recap.Cards;
using Recap.Configuration;
using Recap.Model;
using Recap.Text;
using Recap.Themes;

namespace Recap.Sharing;

/// <summary>
/// The social cards a build draws: one per talk, conference, speaker and topic that sets no
/// <c>image:</c> of its own, and one for the site, which every other page shows. Each card is
/// drawn only when its text or colours changed since it was last drawn (see <see cref="CardCache"/>).
/// Which cards a build draws, <see cref="OutputManifest"/> lists.
/// </summary>
internal sealed class SocialCards(SiteConfig config, CardColors colors)
{
    /// <summary>The size link previews show best: 1.91:1.</summary>
    public const int Width = CardPainter.Width;

    public const int Height = CardPainter.Height;

    /// <summary>The cache of drawn cards for an output folder: <c>.recap-cache/&lt;output name&gt;/cards</c> beside it.</summary>
    public static string CacheFolder(string outputDirectory)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        return Path.Combine(Path.GetDirectoryName(output)!, ".recap-cache", Path.GetFileName(output), "cards");
    }

    /// <summary>
    /// The cache of a command that builds into a new temporary folder each time (publish, serve):
    /// in the system's temporary folder, one per site, so that running it again draws no card twice.
    /// </summary>
    public static string TemporaryCacheFolder(string command, string sourceDirectory)
    {
        var site = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(sourceDirectory)))[..16];
        return Path.Combine(Path.GetTempPath(), $"recap-{command}-cache", site, "cards");
    }

    /// <summary>The site's card, which pages without a card of their own show.</summary>
    public SocialCard Site() => Card(config.Title, null, config.Description is { } d ? [d] : [], null);

    public SocialCard Talk(Talk talk)
    {
        var people = talk.Speakers.Select(s => s.Company is { } company ? $"{s.Name} · {company}" : s.Name).ToList();
        return Card(talk.Title, talk.Conference.Name, people, ViewFactory.FormatLabel(talk.Format));
    }

    public SocialCard Conference(Conference conference)
    {
        var when = conference.Start is { } start ? Content.PartialDate.DisplayRange(start, conference.End) : null;
        var kicker = string.Join(" · ", new[] { when, conference.Location }.Where(s => !string.IsNullOrEmpty(s)));
        var speakers = conference.Talks.SelectMany(t => t.Speakers).Distinct().Count();
        return Card(conference.Name, kicker.Length == 0 ? null : kicker,
            [$"{Plural.Count(conference.Talks.Count, "talk")} · {Plural.Count(speakers, "speaker")}"], "Conference");
    }

    public SocialCard Speaker(Speaker speaker)
    {
        var affiliation = string.Join(", ", new[] { speaker.Role, speaker.Company }.Where(s => !string.IsNullOrEmpty(s)));
        return Card(speaker.Name, affiliation.Length == 0 ? null : affiliation, [TalksAt(speaker.Talks)], "Speaker");
    }

    public SocialCard Topic(Topic topic) => Card(topic.Name, null, [TalksAt(topic.Talks)], "Topic");

    private SocialCard Card(string title, string? kicker, IReadOnlyList<string> people, string? badge) => new()
    {
        SiteName = config.Title,
        Kicker = kicker,
        Title = title,
        People = people,
        Badge = badge,
        Colors = colors,
    };

    /// <summary>"3 talks at dotScale 2018 and Velocity 2019", or "12 talks at 5 conferences".</summary>
    private static string TalksAt(IReadOnlyList<Talk> talks)
    {
        var conferences = talks.Select(t => t.Conference).Distinct().ToList();
        return conferences.Count switch
        {
            0 => Plural.Count(0, "talk"),
            1 => $"{Plural.Count(talks.Count, "talk")} at {conferences[0].Name}",
            2 => $"{Plural.Count(talks.Count, "talk")} at {conferences[0].Name} and {conferences[1].Name}",
            _ => $"{Plural.Count(talks.Count, "talk")} at {Plural.Count(conferences.Count, "conference")}",
        };
    }
}
