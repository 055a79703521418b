namespace Recap.Themes.Views;

/// <summary><c>home</c> on the home page.</summary>
public sealed record HomeView(IReadOnlyList<ConferenceView> Conferences, IReadOnlyList<TopicView> Topics, bool HasMoreConferences);
