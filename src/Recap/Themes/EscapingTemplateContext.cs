using System.Collections.Concurrent;
using Scriban;
using Scriban.Runtime;
using ScribanSpan = Scriban.Parsing.SourceSpan;

namespace Recap.Themes;

/// <summary>
/// Escapes every value a template writes, unless it is an <see cref="HtmlString"/>: a template author
/// cannot turn a talk title into markup by forgetting a filter.
/// </summary>
internal sealed class EscapingTemplateContext : TemplateContext
{
    private static readonly ConcurrentDictionary<Type, IObjectAccessor?> Accessors = new();

    public EscapingTemplateContext(ScriptObject builtins)
        : base(builtins)
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;

        // Scriban counts loop iterations across a whole page; a topic of a large site lists
        // thousands of talks. Templates have no unbounded loops over our data, so no limit.
        LoopLimit = 0;
    }

    /// <summary>
    /// How to read each .NET type, shared by every context: Scriban builds it by reflection once per
    /// context, which for a page-sized render costs more than the page. All our contexts read
    /// members the same way (default renamer and filter), so one cache serves them all.
    /// </summary>
    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return target is IScriptObject or System.Collections.IDictionary
            ? base.GetMemberAccessorImpl(target)
            : Accessors.GetOrAdd(target.GetType(), _ => base.GetMemberAccessorImpl(target));
    }

    public override TemplateContext Write(ScribanSpan span, object? textAsObject)
    {
        return textAsObject switch
        {
            null => this,
            HtmlString html => base.Write(span, html.Value),
            string text => base.Write(span, HtmlEscaper.Escape(text)),
            _ => base.Write(span, HtmlEscaper.Escape(ObjectToString(textAsObject) ?? string.Empty)),
        };
    }
}
