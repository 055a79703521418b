using System.Collections.Concurrent;
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
    // The length of each partial's markup the last time it was rendered, on any page.
    private readonly ConcurrentDictionary<string, int> _sizes = new(StringComparer.Ordinal);

    public int RequiredParameterCount => inner.RequiredParameterCount;

    public int ParameterCount => inner.ParameterCount;

    public ScriptVarParamKind VarParamKind => inner.VarParamKind;

    public Type ReturnType => typeof(HtmlString);

    public ScriptParameterInfo GetParameterInfo(int index) => inner.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var escaping = context as EscapingTemplateContext;
        var memo = escaping?.Includes;
        var key = memo?.KeyOf(arguments);
        if (key is null)
        {
            return Render(context, callerContext, arguments, blockStatement);
        }

        if (memo!.Reuse(key, escaping!) is { } kept)
        {
            return kept;
        }

        // A memo that lasts beyond the build keeps which views the markup read (EndReads), to drop it
        // when a rebuild changes one of them.
        if (memo.Lasting)
        {
            escaping!.BeginReads();
        }

        HtmlString rendered;
        object[] reads = [];
        try
        {
            rendered = Render(context, callerContext, arguments, blockStatement);
        }
        finally
        {
            if (memo.Lasting)
            {
                reads = escaping!.EndReads();
            }
        }

        memo.Keep(key, rendered, context, reads);
        return rendered;
    }

    private HtmlString Render(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        // Scriban renders a partial into a builder that starts at 16 characters and grows chunk by
        // chunk: told the size the partial had last time, it takes one array of about that size.
        var name = arguments.Count > 0 ? arguments[0] as string : null;
        var size = 0;
        var known = name is not null && _sizes.TryGetValue(name, out size);
        if (known && context is EscapingTemplateContext escaping)
        {
            escaping.OutputSizeHint = size + (size / 8);
        }

        var html = inner.Invoke(context, callerContext, arguments, blockStatement) as string ?? string.Empty;

        // Written only when it changed: most partials render to the same length page after page,
        // and a write takes a lock the other rendering threads may be waiting on.
        if (name is not null && (!known || size != html.Length))
        {
            _sizes[name] = html.Length;
        }

        return new(html);
    }

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new HtmlString(await inner.InvokeAsync(context, callerContext, arguments, blockStatement).ConfigureAwait(false) as string ?? string.Empty);
}
