namespace Recap.Themes;

/// <summary>A file of the theme's <c>assets/</c> folder, copied to <see cref="SitePath"/>.</summary>
internal sealed record ThemeAsset(string SitePath, ThemeSource Source, string Path);
