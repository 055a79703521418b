using System.Collections.Concurrent;
using Recap.Rendering;
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

    // The views read by each include being rendered that keeps them, innermost on top.
    private readonly Stack<HashSet<object>> _reads = new();
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
        // The first node a partial evaluates, in the output Scriban made for it (a builder not yet written to).
        if (OutputSizeHint > 0 && Output is StringBuilderOutput { Builder: { Length: 0 } builder })
        {
            builder.EnsureCapacity(OutputSizeHint);
            OutputSizeHint = 0;
        }

        var value = base.Evaluate(scriptNode, aliasReturnedFunction);
        if (value is string { Length: var length } && length > _maxCharacters)
        {
            throw new ScriptRuntimeException(scriptNode!.Span, $"a string of {length} characters is longer than a page may be");
        }

        return value;
    }

    /// <summary>How many characters the partial about to be rendered will likely write; 0 when unknown or taken.</summary>
    public int OutputSizeHint { get; set; }

    /// <summary>The build's kept markup of pure partials; null renders every include.</summary>
    public IncludeMemo? Includes { get; init; }

    /// <summary>Where the page's outermost template writes, as UTF-8; kept with the context for the next page.</summary>
    public Utf8Output Html { get; } = new();

    /// <summary>Where the page's kind layout writes the base layout's <c>content</c>, as UTF-8; kept with the context for the next page.</summary>
    public Utf8Output Body { get; } = new();

    /// <summary>Starts counting a new page's characters.</summary>
    public void BeginPage()
    {
        _written = 0;
        _reads.Clear(); // what an include that failed left open
    }

    /// <summary>Starts keeping which views that change in place (<see cref="ViewFactory.ChangesInPlace"/>) an include reads.</summary>
    public void BeginReads() => _reads.Push(new HashSet<object>(ReferenceEqualityComparer.Instance));

    /// <summary>The views read since the matching <see cref="BeginReads"/>, which the include around it (if any) read too.</summary>
    public object[] EndReads()
    {
        var reads = _reads.Pop();
        if (_reads.TryPeek(out var outer))
        {
            outer.UnionWith(reads);
        }

        return [.. reads];
    }

    /// <summary>Notes that the include being rendered read <paramref name="views"/>.</summary>
    public void Read(params ReadOnlySpan<object> views)
    {
        if (_reads.TryPeek(out var reads))
        {
            foreach (var view in views)
            {
                reads.Add(view);
            }
        }
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
            : Accessors.GetOrAdd(target.GetType(), _ => Noting(base.GetMemberAccessorImpl(target), target));
    }

    private static IObjectAccessor? Noting(IObjectAccessor? accessor, object target) =>
        accessor is not null && ViewFactory.ChangesInPlace(target) ? new ReadNoting(accessor) : accessor;

    /// <summary>Reads a view that changes in place, noting each read for the includes being rendered (<see cref="Read"/>).</summary>
    private sealed class ReadNoting(IObjectAccessor inner) : IObjectAccessor
    {
        public bool HasIndexer => inner.HasIndexer;

        public Type? IndexType => inner.IndexType;

        public int GetMemberCount(TemplateContext context, ScribanSpan span, object target) => Noted(context, target).GetMemberCount(context, span, target);

        public IEnumerable<string> GetMembers(TemplateContext context, ScribanSpan span, object target) => Noted(context, target).GetMembers(context, span, target);

        public bool HasMember(TemplateContext context, ScribanSpan span, object target, string member) => Noted(context, target).HasMember(context, span, target, member);

        public bool TryGetValue(TemplateContext context, ScribanSpan span, object target, string member, out object? value) => Noted(context, target).TryGetValue(context, span, target, member, out value);

        public bool TrySetValue(TemplateContext context, ScribanSpan span, object target, string member, object? value) => inner.TrySetValue(context, span, target, member, value);

        public bool TryGetItem(TemplateContext context, ScribanSpan span, object target, object index, out object? value) => Noted(context, target).TryGetItem(context, span, target, index, out value);

        public bool TrySetItem(TemplateContext context, ScribanSpan span, object target, object index, object? value) => inner.TrySetItem(context, span, target, index, value);

        private IObjectAccessor Noted(TemplateContext context, object target)
        {
            (context as EscapingTemplateContext)?.Read(target);
            return inner;
        }
    }

    public override TemplateContext Write(ScribanSpan span, object? textAsObject)
    {
        // Markup already in UTF-8 (a body, the page's content) goes into the page as it is, where
        // Scriban would write a string as it is too (no indentation to add to each line).
        if (textAsObject is HtmlString { Utf8: { } pieces } && string.IsNullOrEmpty(CurrentIndent) && Output is Utf8Output page)
        {
            foreach (var piece in pieces)
            {
                // Bytes, not characters: as many or more, so the page's limit holds.
                Count(span, piece.Length);
                page.WriteUtf8(piece.Span);
            }

            return this;
        }

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

        Count(span, text.Length);
        return base.Write(span, text);
    }

    private void Count(ScribanSpan span, int characters)
    {
        _written += characters;
        if (_written > _maxCharacters)
        {
            throw new ScriptRuntimeException(span, $"the page is larger than {_maxCharacters / (1024 * 1024)} MB of text");
        }
    }
}
