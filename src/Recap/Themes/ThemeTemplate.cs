using Scriban;

namespace Recap.Themes;

/// <summary>A parsed template, the path that names it in messages, and its text.</summary>
internal sealed record ThemeTemplate(Template Template, string DisplayPath, string Text);
