using System.Text.Json;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Recap.Themes;

/// <summary>
/// <c>{{ i18n "talk_by" names }}</c>: the theme's words for a key in the site's language
/// (<see cref="ThemeStrings"/>), escaped, with the arguments in their places; markup arguments (a
/// partial, <c>bdi</c>) are written as they are. A key no theme has is an error at the call.
/// </summary>
internal sealed class TranslateFunction(ThemeStrings strings) : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(HtmlString);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), index == 0 ? "key" : "value");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var key = Key(callerContext, arguments.Count > 0 ? arguments[0] : null, strings);
        var values = new object?[arguments.Count - 1];
        for (var i = 1; i < arguments.Count; i++)
        {
            values[i - 1] = arguments[i];
        }

        return strings.Html(key, values);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    /// <summary>The key <paramref name="argument"/> names, when a theme has words for it.</summary>
    internal static string Key(ScriptNode? callerContext, object? argument, ThemeStrings strings)
    {
        if (argument is not string key)
        {
            throw new ScriptRuntimeException(callerContext?.Span ?? default, "i18n needs the key of the words to write, as text: i18n \"talk_by\" names");
        }

        if (!strings.Has(key))
        {
            var suggestion = Text.Spelling.Closest(key, strings.Keys) is { } closest ? $" (did you mean '{closest}'?)" : string.Empty;
            throw new ScriptRuntimeException(callerContext?.Span ?? default, $"no theme has words for '{key}' in {ThemeStrings.Folder}/en.yml{suggestion}");
        }

        return key;
    }
}

/// <summary>
/// <c>{{ i18n_json "search_results" "search_nothing" }}</c>: the words of each key, unfilled, as a JSON
/// object for a page's script (counted words as their forms by plural category), escaped for an
/// attribute. The script fills the gaps and picks a form with <c>Intl.PluralRules</c>.
/// </summary>
internal sealed class TranslateJsonFunction(ThemeStrings strings) : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(string);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "key");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        using var buffer = new MemoryStream();
        // Letters stay as they are: the template escapes the JSON for its attribute.
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            foreach (var argument in arguments)
            {
                var key = TranslateFunction.Key(callerContext, argument, strings);
                switch (strings.Raw(key))
                {
                    case IReadOnlyDictionary<string, string> forms:
                        json.WriteStartObject(key);
                        foreach (var (category, form) in forms)
                        {
                            json.WriteString(category, form);
                        }

                        json.WriteEndObject();
                        break;
                    case var words:
                        json.WriteString(key, words.ToString());
                        break;
                }
            }

            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
