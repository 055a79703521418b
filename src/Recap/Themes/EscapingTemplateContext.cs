using System.Collections.Concurrent;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using ScribanSpan = Scriban.Parsing.SourceSpan;

namespace Recap.Themes;

/// <summary>
/// Escapes every value a template writes, unless it is an <see cref="HtmlString"/>: a template author
/// cannot turn a talk title into markup by forgetting a filter.
/// </summary>
internal sealed class EscapingTemplateContext : TemplateContext
{
    private static readonly ConcurrentDictionary<Type, IObjectAccessor?> Accessors = new();

    private readonly int _maxCharacters;
    private long _written;

    /// <param name="limits">How much one page may do; a page larger than it may be is an error, never a page cut short.</param>
    public EscapingTemplateContext(ScriptObject builtins, TemplateLimits limits)
        : base(builtins)
    {
        ArgumentNullException.ThrowIfNull(limits);
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        LoopLimit = limits.LoopIterations;
        RecursiveLimit = TemplateLimits.Recursion;
        RegexTimeOut = TemplateLimits.RegexTime;
        _maxCharacters = limits.PageCharacters;

        // Scriban cuts what Render returns at this many characters, silently: the page's own
        // check below makes an oversized page an error first.
        LimitToString = limits.PageCharacters;
    }

    /// <summary>
    /// Refuses any value longer than a page may be as soon as an expression makes it: Scriban
    /// limits what it multiplies and pads, not what <c>s + s</c> joins, and doubling a string in
    /// a loop would otherwise reach gigabytes before a time limit could stop it.
    /// </summary>
    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        var value = base.Evaluate(scriptNode, aliasReturnedFunction);
        if (value is string { Length: var length } && length > _maxCharacters)
        {
            throw new ScriptRuntimeException(scriptNode!.Span, $"a string of {length} characters is longer than a page may be");
        }

        return value;
    }

    /// <summary>The build's kept markup of pure partials; null renders every include.</summary>
    public IncludeMemo? Includes { get; init; }

    /// <summary>Starts counting a new page's characters.</summary>
    public void BeginPage() => _written = 0;

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
        var text = textAsObject switch
        {
            null => null,
            HtmlString html => html.Value,
            string plain => HtmlEscaper.Escape(plain),
            _ => HtmlEscaper.Escape(ObjectToString(textAsObject) ?? string.Empty),
        };
        if (text is null)
        {
            return this;
        }

        _written += text.Length;
        if (_written > _maxCharacters)
        {
            throw new ScriptRuntimeException(span, $"the page is larger than {_maxCharacters / (1024 * 1024)} MB of text");
        }

        return base.Write(span, text);
    }
}
