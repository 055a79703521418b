namespace Recap.Themes.Views;

/// <summary><c>home</c> on the home page.</summary>
/// <param name="Talks">The talks given last, latest first (<c>options.home_talks</c>); cancelled talks are left out.</param>
public sealed record HomeView(IReadOnlyList<ConferenceView> Conferences, IReadOnlyList<TopicView> Topics, bool HasMoreConferences, IReadOnlyList<TalkView> Talks);
