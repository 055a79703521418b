using Scriban;

namespace Recap.Themes;

/// <summary>A parsed template and the path that names it in messages.</summary>
internal sealed record ThemeTemplate(Template Template, string DisplayPath);
