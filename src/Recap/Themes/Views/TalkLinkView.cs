namespace Recap.Themes.Views;

/// <summary>One of a talk's <c>links</c>; <see cref="Url"/> is null for a reference that is not a URL, shown as text.</summary>
public sealed record TalkLinkView(string Label, string? Url);
