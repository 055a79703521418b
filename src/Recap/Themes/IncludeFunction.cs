using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Recap.Themes;

/// <summary>
/// Scriban's <c>include</c>, returning the partial's output as <see cref="HtmlString"/>: the partial
/// escaped its own values already, and must not be escaped a second time. A pure partial included
/// again with the same arguments in the same build is not rendered again (<see cref="IncludeMemo"/>).
/// </summary>
internal sealed class IncludeFunction(IScriptCustomFunction inner) : IScriptCustomFunction
{
    public int RequiredParameterCount => inner.RequiredParameterCount;

    public int ParameterCount => inner.ParameterCount;

    public ScriptVarParamKind VarParamKind => inner.VarParamKind;

    public Type ReturnType => typeof(HtmlString);

    public ScriptParameterInfo GetParameterInfo(int index) => inner.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var memo = (context as EscapingTemplateContext)?.Includes;
        var key = memo?.KeyOf(arguments);
        if (key is not null && memo!.Reuse(key, context) is { } kept)
        {
            return kept;
        }

        var html = new HtmlString(inner.Invoke(context, callerContext, arguments, blockStatement) as string ?? string.Empty);
        if (key is not null)
        {
            memo!.Keep(key, html, context);
        }

        return html;
    }

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new HtmlString(await inner.InvokeAsync(context, callerContext, arguments, blockStatement).ConfigureAwait(false) as string ?? string.Empty);
}
