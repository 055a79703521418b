using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using ScribanSpan = Scriban.Parsing.SourceSpan;

namespace Recap.Themes;

/// <summary>
/// Resolves <c>include "talk-card"</c> to <c>partials/talk-card.html</c>. Partials are parsed once
/// by <see cref="Theme"/> and put in each page's context, so loading is only asked for missing ones.
/// </summary>
internal sealed class PartialLoader : ITemplateLoader
{
    public string GetPath(TemplateContext context, ScribanSpan callerSpan, string templateName) => PathOf(templateName);

    /// <summary>The include path of a partial's name: <c>talk-card</c> is <c>partials/talk-card.html</c>.</summary>
    public static string PathOf(string templateName)
    {
        ArgumentNullException.ThrowIfNull(templateName);
        var name = templateName.EndsWith(".html", StringComparison.Ordinal) ? templateName : templateName + ".html";
        return "partials/" + name;
    }

    /// <summary>Every partial that exists is already in the context's cache; Scriban asks only for missing ones.</summary>
    public string Load(TemplateContext context, ScribanSpan callerSpan, string templatePath) =>
        throw new ScriptRuntimeException(callerSpan, $"partial '{templatePath}' not found in the site, the theme or the default theme");

    public ValueTask<string?> LoadAsync(TemplateContext context, ScribanSpan callerSpan, string templatePath) =>
        new(Load(context, callerSpan, templatePath));
}
