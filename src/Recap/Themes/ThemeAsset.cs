namespace Recap.Themes;

/// <summary>A file of the theme's <c>assets/</c> folder, copied to the same path in the site (<c>assets/style.css</c>).</summary>
internal sealed record ThemeAsset(string Path, ThemeSource Source);
