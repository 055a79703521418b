namespace Recap.Themes.Views;

/// <summary>An icon for <c>&lt;link rel="icon"&gt;</c>: its URL, MIME type and, when known, <c>sizes</c>.</summary>
public sealed record IconView(string Url, string Type, string? Sizes);
