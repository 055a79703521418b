namespace Recap.Themes.Views;

/// <summary>The talks of one format of a conference, for themes that list them by format.</summary>
public sealed record TalkGroupView(string Format, string Heading, IReadOnlyList<TalkView> Talks);
