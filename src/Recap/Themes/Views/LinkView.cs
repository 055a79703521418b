namespace Recap.Themes.Views;

/// <summary>A labelled link: a menu entry, a speaker's website.</summary>
public sealed record LinkView(string Label, string Url);
