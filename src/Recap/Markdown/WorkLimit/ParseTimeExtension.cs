using System.Diagnostics;
using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;

namespace Recap.Markdown.WorkLimit;

/// <summary>
/// Stops parsing a body that takes longer than its time allows. Markdig is quadratic on some
/// inputs (thousands of unclosed <c>[</c>, <c>](</c> or <c>&lt;?</c> in one paragraph), which
/// no author writes but a pasted or generated file can hold. A parser placed before every other
/// inline parser looks at the clock every <see cref="Stride"/> times one of them is about to run,
/// and throws <see cref="ParseTimeExceededException"/> once the time given to <see cref="Parse"/> is
/// spent. A body is parsed on the thread that asked, so the deadline is the thread's.
/// </summary>
internal sealed class ParseTimeExtension : IMarkdownExtension
{
    /// <summary>How many inline parser runs go by between looks at the clock: a look costs more than most runs.</summary>
    private const int Stride = 64;

    /// <summary>When the body being parsed on this thread must be done (<see cref="Stopwatch"/> ticks); 0 when none is.</summary>
    [ThreadStatic]
    private static long t_deadline;

    [ThreadStatic]
    private static int t_runs;

    /// <summary>Parses <paramref name="markdown"/>, giving up after <paramref name="time"/>.</summary>
    /// <exception cref="ParseTimeExceededException">The time ran out.</exception>
    public static Markdig.Syntax.MarkdownDocument Parse(string markdown, MarkdownPipeline pipeline, TimeSpan time)
    {
        var outer = t_deadline;
        t_deadline = Stopwatch.GetTimestamp() + (long)(time.TotalSeconds * Stopwatch.Frequency);
        try
        {
            return Markdig.Markdown.Parse(markdown, pipeline);
        }
        finally
        {
            t_deadline = outer;
        }
    }

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);

        // Set up last, so it sees the opening characters of every other extension's parsers.
        var opening = pipeline.InlineParsers.SelectMany(p => p.OpeningCharacters ?? []).Distinct().ToArray();
        pipeline.InlineParsers.Insert(0, new ClockParser { OpeningCharacters = opening });
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    /// <summary>Matches nothing; only looks at the clock.</summary>
    private sealed class ClockParser : InlineParser
    {
        public override bool Match(InlineProcessor processor, ref Markdig.Helpers.StringSlice slice)
        {
            if (t_deadline != 0 && ++t_runs % Stride == 0 && Stopwatch.GetTimestamp() > t_deadline)
            {
                throw new ParseTimeExceededException();
            }

            return false;
        }
    }
}
