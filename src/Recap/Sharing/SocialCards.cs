using System.Globalization;
using Recap.Cards;
using Recap.Configuration;
using Recap.Content;
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
internal sealed class SocialCards(SiteConfig config, CardColors colors, ThemeStrings strings)
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

    /// <summary>Another cache of the build whose card cache is <paramref name="cardCache"/>, beside it: <c>.recap-cache/&lt;output name&gt;/code</c>.</summary>
    public static string CacheBeside(string cardCache, string name) =>
        Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(cardCache)))!, name);

    /// <summary>
    /// The cache of a command that builds into a new temporary folder each time (publish, serve):
    /// in the system's temporary folder, one per site, so that running it again draws no card twice.
    /// </summary>
    public static string TemporaryCacheFolder(string command, string sourceDirectory)
    {
        var site = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(sourceDirectory)))[..16];
        return Path.Combine(Path.GetTempPath(), $"recap-{command}-cache", site, "cards");
    }

    /// <summary>The site's card, which pages without a card of their own show: its name, its description, and how much it holds.</summary>
    public SocialCard Site(OutputSources site)
    {
        ArgumentNullException.ThrowIfNull(site);
        var counts = string.Join(" · ", strings.Text("conferences", site.Conferences.Count), strings.Text("talks", site.Talks.Count), strings.Text("speakers", site.Speakers.Count));
        return Card(config.Title, null, config.Description is { } d ? [d] : [], null) with { Footer = counts };
    }

    /// <summary>The talk, its speakers, and in the lower third its conference, when and where.</summary>
    public SocialCard Talk(Talk talk)
    {
        var people = talk.Speakers.Select(s => s.Company is { } company ? $"{s.Name} · {company}" : s.Name).ToList();
        var conference = talk.Conference;
        var when = talk.Days is { } days ? When(conference.Name, days.Start, days.End, strings.Dates) : null;
        return Card(talk.Title, null, people, strings.Text(ViewFactory.FormatKey(talk.Format))) with
        {
            Footer = Join(conference.Name, when, conference.Location),
            BadgeColors = CardBadges.Of(talk.Format),
        };
    }

    /// <summary>The conference, when and where, and in the lower third how many talks and speakers.</summary>
    public SocialCard Conference(Conference conference)
    {
        var when = conference.Days is { } days ? When(conference.Name, days.Start, days.End, strings.Dates) : null;
        var where = Join(when, conference.Location);
        var series = conference.Series is { } s && !conference.Name.Contains(s, StringComparison.OrdinalIgnoreCase) ? s : null;
        var speakers = conference.Talks.SelectMany(t => t.Speakers).Distinct().Count();
        return Card(conference.Name, series, where is null ? [] : [where], strings.Text("kind_conference")) with
        {
            Footer = $"{strings.Text("talks", conference.Talks.Count)} · {strings.Text("speakers", speakers)}",
        };
    }

    public SocialCard Speaker(Speaker speaker)
    {
        var affiliation = string.Join(", ", new[] { speaker.Role, speaker.Company }.Where(s => !string.IsNullOrEmpty(s)));
        return Card(speaker.Name, affiliation.Length == 0 ? null : affiliation, [TalksAt(speaker.Talks)], strings.Text("kind_speaker"));
    }

    public SocialCard Topic(Topic topic) => Card(topic.Name, null, [TalksAt(topic.Talks)], strings.Text("kind_topic"));

    /// <summary>
    /// The dates of a conference for a line under its name: without the year when the name says
    /// it ("dotScale 2018" on "19 April", not "19 April 2018"), and null when the year was all there was.
    /// </summary>
    internal static string? When(string name, PartialDate start, PartialDate? end, DateWords? words = null)
    {
        words ??= DateWords.English;
        var year = start.Year.ToString(CultureInfo.InvariantCulture);
        var oneYear = end is not { } last || last.Year == start.Year;
        if (!oneYear || !Names(name, year))
        {
            return PartialDate.DisplayRange(start, end, words);
        }

        var dates = PartialDate.DisplayRange(start, end, words.WithoutYear());
        return dates == year ? null : dates;
    }

    /// <summary>Whether <paramref name="year"/> stands in <paramref name="name"/> as a number of its own, not inside a longer one.</summary>
    private static bool Names(string name, string year)
    {
        for (var at = name.IndexOf(year, StringComparison.Ordinal); at >= 0; at = name.IndexOf(year, at + 1, StringComparison.Ordinal))
        {
            var end = at + year.Length;
            if ((at == 0 || !char.IsDigit(name[at - 1])) && (end == name.Length || !char.IsDigit(name[end])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The parts given, with " · " between them; null when none is.</summary>
    private static string? Join(params string?[] parts)
    {
        var given = parts.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return given.Count == 0 ? null : string.Join(" · ", given);
    }

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
    private string TalksAt(IReadOnlyList<Talk> talks)
    {
        var conferences = talks.Select(t => t.Conference).Distinct().ToList();
        var count = strings.Text("talks", talks.Count);
        return conferences.Count switch
        {
            0 => count,
            1 => strings.Text("talks_at_one", count, conferences[0].Name),
            2 => strings.Text("talks_at_two", count, conferences[0].Name, conferences[1].Name),
            _ => strings.Text("talks_at_many", count, strings.Text("conferences", conferences.Count)),
        };
    }
}
