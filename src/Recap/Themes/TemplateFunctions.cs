using Recap.Model;
using Recap.Text;
using Scriban.Functions;
using Scriban.Runtime;

namespace Recap.Themes;

/// <summary>
/// The functions Recap adds to Scriban's, registered here and only here. Each has an example in
/// <see cref="Examples"/> that a test renders, so the documentation cannot drift from the code.
/// </summary>
internal static class TemplateFunctions
{
    /// <summary>Template, and what it renders to on a site whose base_url is https://example.org/recaps/.</summary>
    public static readonly IReadOnlyList<(string Template, string Expected)> Examples =
    [
        ("{{ \"assets/style.css\" | relative_url }}", "/recaps/assets/style.css"),
        ("{{ \"speakers/\" | absolute_url }}", "https://example.org/recaps/speakers/"),
        ("{{ \"Zoë Ångström\" | slugify }}", "zoe-angstrom"),
        ("{{ 1 | pluralize \"talk\" }} / {{ 1597 | pluralize \"talk\" }}", "1 talk / 1,597 talks"),
        ("{{ 2 | pluralize \"person\" \"people\" }}", "2 people"),
        ("{{ \"<em>kept</em>\" | raw }}", "<em>kept</em>"),
        ("{{ \"<em>escaped</em> Zoë\" }}", "&lt;em&gt;escaped&lt;/em&gt; Zoë"),
        ("<h1{{ \"ما هو Rust؟\" | dir_auto }}>", "<h1 dir=\"auto\">"),
        ("<h1{{ \"What is Rust?\" | dir_auto }}>", "<h1>"),
        ("Talk by {{ \"דוד כהן\" | bdi }}, {{ \"Ada\" | bdi }}", "Talk by <bdi>דוד כהן</bdi>, Ada"),
        ("{{ i18n \"talk_by\" (\"Ada & Grace\") }}", "Talk by Ada &amp; Grace"),
        ("{{ i18n \"talks\" 1 }} / {{ i18n \"talks\" 1597 }}", "1&nbsp;talk / 1,597&nbsp;talks"),
        ("<p data-words=\"{{ i18n_json \"search_longer\" }}\">", "<p data-words=\"{&quot;search_longer&quot;:&quot;Type a longer word.&quot;}\">"),
    ];

    /// <summary>Scriban's builtins with <c>include</c> returning markup; shared, read-only, by every page of a build.</summary>
    public static ScriptObject CreateBuiltins()
    {
        var builtins = new BuiltinFunctions();
        if (builtins["include"] is IScriptCustomFunction include)
        {
            builtins.SetValue("include", new IncludeFunction(include), readOnly: true);
        }

        return builtins;
    }

    /// <summary>
    /// The names of Recap's functions. Each is pure (the same arguments give the same result for a
    /// whole build), which lets a partial that calls them be rendered once (<see cref="PartialPurity"/>).
    /// </summary>
    public static readonly IReadOnlyCollection<string> Names = [.. Create(new UrlBuilder(null), WritingDirection.LeftToRight, ThemeStrings.English).Keys];

    /// <param name="urls">The site's URLs, for <c>relative_url</c> and <c>absolute_url</c>.</param>
    /// <param name="direction">The direction of the site's language, against which <c>dir_auto</c> and <c>bdi</c> tell text that runs the other way.</param>
    /// <param name="strings">The theme's words in the site's language, for <c>i18n</c> and <c>i18n_json</c>.</param>
    public static ScriptObject Create(UrlBuilder urls, WritingDirection direction, ThemeStrings strings)
    {
        ArgumentNullException.ThrowIfNull(urls);
        ArgumentNullException.ThrowIfNull(direction);
        var functions = new ScriptObject();
        functions.SetValue("relative_url", TypedFunction.Of<string, string>("url", urls.Url), readOnly: true);
        functions.SetValue("absolute_url", TypedFunction.Of<string, string>("url", urls.AbsoluteUrl), readOnly: true);
        functions.SetValue("slugify", TypedFunction.Of<string, string>("text", Slug.From), readOnly: true);
        functions.SetValue("raw", TypedFunction.Of<object?, HtmlString>("value", value => value as HtmlString ?? new HtmlString(value?.ToString() ?? string.Empty)), readOnly: true);
        functions.SetValue("pluralize", TypedFunction.Of<int, string, string, string>(("count", "singular", "plural"), Plural.Count), readOnly: true);
        functions.SetValue("dir_auto", TypedFunction.Of<string?, HtmlString>("text", text => direction.IsCrossedBy(text) ? DirAuto : HtmlString.Empty), readOnly: true);
        functions.SetValue("bdi", TypedFunction.Of<string?, HtmlString>("text", text => Isolated(text, direction)), readOnly: true);
        functions.SetValue("i18n", new TranslateFunction(strings), readOnly: true);
        functions.SetValue("i18n_json", new TranslateJsonFunction(strings), readOnly: true);
        return functions;
    }

    private static readonly HtmlString DirAuto = new(" dir=\"auto\"");

    /// <summary>The text, escaped, in a <c>&lt;bdi&gt;</c> when it holds letters that run against the page.</summary>
    private static HtmlString Isolated(string? text, WritingDirection direction)
    {
        var escaped = HtmlEscaper.Escape(text ?? string.Empty);
        return new HtmlString(direction.IsCrossedBy(text) ? $"<bdi>{escaped}</bdi>" : escaped);
    }
}
