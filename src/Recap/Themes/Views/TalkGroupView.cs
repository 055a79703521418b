namespace Recap.Themes.Views;

/// <summary>The talks of one format on a conference page.</summary>
public sealed record TalkGroupView(string Format, string Heading, IReadOnlyList<TalkView> Talks);
