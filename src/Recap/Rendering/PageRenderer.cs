using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Recap.Diagnostics;
using Recap.Themes;
using Recap.Themes.Views;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using ScribanSpan = Scriban.Parsing.SourceSpan;

namespace Recap.Rendering;

/// <summary>Takes a rendered page's bytes, valid only during the call.</summary>
internal delegate void PageWriter(ReadOnlySpan<byte> html);

/// <summary>
/// Renders one page: its kind's layout, then <c>base</c> around it. Safe to call from many threads;
/// template errors are reported with the template position and the page being rendered.
/// </summary>
internal sealed class PageRenderer
{
    private static readonly PartialLoader Loader = new();

    private readonly Theme _theme;
    private readonly ScriptObject _functions;
    private readonly SiteView _site;
    private readonly DiagnosticBag _diagnostics;

    // Contexts are reused, reset between pages: Scriban caches how to read each .NET type in the
    // context, and building that cache for every page costs more than rendering the page.
    private readonly ConcurrentBag<EscapingTemplateContext> _contexts = [];
    private readonly ScriptObject _builtins;
    private readonly TemplateLimits _limits;
    private readonly IncludeMemo _includes;

    // Set by the first page that runs out of time: the build fails, and the pages after it would
    // only spend the same time to fail the same way.
    private int _stopped;

    public PageRenderer(Theme theme, ScriptObject builtins, ScriptObject functions, SiteView site, IncludeMemo includes, DiagnosticBag diagnostics, TemplateLimits limits)
    {
        _theme = theme;
        _functions = functions;
        _site = site;
        _diagnostics = diagnostics;
        _builtins = builtins;
        _limits = limits;
        _includes = includes;
    }

    /// <param name="sourcePath">What the page is made from, for "while rendering ...".</param>
    /// <param name="variables">The page kind's own variables (<c>talk</c>, <c>speaker</c>, ...).</param>
    /// <param name="write">Given the page's HTML as UTF-8, valid only during the call.</param>
    /// <returns>False when a template failed (reported); nothing was given to <paramref name="write"/> then.</returns>
    public bool Render(PageMeta page, string sourcePath, IReadOnlyDictionary<string, object?> variables, PageWriter write)
    {
        if (Volatile.Read(ref _stopped) != 0)
        {
            return false;
        }

        var context = _contexts.TryTake(out var reused) ? reused : new EscapingTemplateContext(_builtins, _limits) { TemplateLoader = Loader, Includes = _includes };

        // Reset forgets cached templates too, so the parsed partials are handed over for each page.
        foreach (var (path, partial) in _theme.Partials)
        {
            context.CachedTemplates[path] = partial.Template;
        }

        try
        {
            if (!Render(context, page, sourcePath, variables))
            {
                return false;
            }

            write(context.Html.Written);
            return true;
        }
        finally
        {
            context.Html.Clear();
            context.Reset();
            _contexts.Add(context);
        }
    }

    private bool Render(EscapingTemplateContext context, PageMeta page, string sourcePath, IReadOnlyDictionary<string, object?> variables)
    {
        var globals = new ScriptObject { ["site"] = _site, ["page"] = page };
        foreach (var (name, value) in variables)
        {
            globals[name] = value;
        }

        context.PushGlobal(_functions);
        context.PushGlobal(globals);
        using var time = new CancellationTokenSource(_limits.PageTime);
        context.CancellationToken = time.Token;
        var content = new HtmlString(context.Body);
        try
        {
            context.BeginPage();
            context.PushOutput(context.Body);
            try
            {
                _theme.Layout(page.Kind).Template.Render(context);
            }
            finally
            {
                context.PopOutput();
            }

            context.Body.Finish();
            globals["content"] = content;
            context.BeginPage();
            context.PushOutput(context.Html);
            try
            {
                // What Render returns is the output's ToString, empty here: the page is in context.Html.
                _theme.Layout("base").Template.Render(context);
            }
            finally
            {
                context.PopOutput();
            }

            context.Html.Finish();
            return true;
        }
        catch (ScriptAbortException ex)
        {
            if (Interlocked.Exchange(ref _stopped, 1) == 0)
            {
                Report(ex.Span, $"the templates took more than {_limits.PageTime.TotalSeconds:0} seconds for one page (a loop or recursion that does not end?), so rendering stopped", sourcePath);
            }

            return false;
        }
        catch (ScriptRuntimeException ex)
        {
            // A file a page reads as it is written (a body serve left in the body cache's file)
            // failing to read is not the template's fault: the build stops with what the file said.
            for (var inner = ex.InnerException; inner is not null; inner = inner.InnerException)
            {
                if (inner is IOException io)
                {
                    ExceptionDispatchInfo.Throw(io);
                }
            }

            Report(ex, sourcePath);
            return false;
        }
        finally
        {
            content.Release();
            context.Body.Clear();
        }
    }

    /// <summary>Once every page is written: lets the kept markup of partials go, unless it is to last (<see cref="IncludeMemo.Settle"/>).</summary>
    public void SettleIncludes() => _includes.Settle();

    private void Report(ScriptRuntimeException ex, string sourcePath)
    {
        var file = ex.Span.FileName ?? "template";
        var message = TemplateMessages.MissingMemberPattern().Match(ex.OriginalMessage) is { Success: true } missing
            ? TemplateMessages.MissingMember(_diagnostics.GetSource(file), ex.Span.Start.Offset, missing.Groups[1].Value)
            : TemplateMessages.Describe(ex.OriginalMessage);
        Report(ex.Span, message, sourcePath);
    }

    private void Report(ScribanSpan span, string message, string sourcePath)
    {
        var location = new SourceLocation(span.FileName ?? "template", span.Start.Line + 1, span.Start.Column + 1);
        _diagnostics.Error(DiagnosticCodes.TemplateRuntime, location, message, "while rendering " + sourcePath);
    }
}
