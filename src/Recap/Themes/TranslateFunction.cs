using System.Text.Json;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Recap.Themes;

/// <summary>A template function of the theme's words: a key, then what fills its gaps, as many as it has.</summary>
internal abstract class WordsFunction(ThemeStrings strings) : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public abstract Type ReturnType { get; }

    protected ThemeStrings Strings => strings;

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), index == 0 ? "key" : "value");

    public abstract object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    /// <summary>The key <paramref name="argument"/> names, when a theme has words for it; else an error at the call.</summary>
    protected string Key(ScriptNode? callerContext, object? argument)
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
/// <c>{{ i18n "talk_by" names }}</c>: the theme's words for a key in the site's language
/// (<see cref="ThemeStrings"/>), escaped, with the arguments in their places; markup arguments (a
/// partial, <c>bdi</c>) are written as they are.
/// </summary>
internal sealed class TranslateFunction(ThemeStrings strings) : WordsFunction(strings)
{
    public override Type ReturnType => typeof(HtmlString);

    public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var key = Key(callerContext, arguments.Count > 0 ? arguments[0] : null);
        var values = new object?[arguments.Count - 1];
        for (var i = 1; i < arguments.Count; i++)
        {
            values[i - 1] = arguments[i];
        }

        return Strings.Html(key, values);
    }
}

/// <summary>
/// <c>{{ i18n_json "search_results" "search_nothing" }}</c>: the words of each key, unfilled, as a JSON
/// object for a page's script (counted words as their forms by plural category), escaped for an
/// attribute. The script fills the gaps and picks a form with <c>Intl.PluralRules</c>.
/// </summary>
internal sealed class TranslateJsonFunction(ThemeStrings strings) : WordsFunction(strings)
{
    public override Type ReturnType => typeof(string);

    public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        using var buffer = new MemoryStream();
        // Letters stay as they are: the template escapes the JSON for its attribute.
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            foreach (var argument in arguments)
            {
                var key = Key(callerContext, argument);
                switch (Strings.Raw(key))
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
}
