using System.Diagnostics;
using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;

namespace Recap.Markdown.WorkLimit;

/// <summary>
/// Stops parsing a body that takes longer than its time allows. Markdig is quadratic on some
/// inputs (thousands of unclosed <c>[</c>, <c>](</c> or <c>&lt;?</c> in one paragraph), which
/// no author writes but a pasted or generated file can hold. A parser placed before every other
/// inline parser looks at the clock each time one of them is about to run, and throws
/// <see cref="ParseTimeExceededException"/> once the time given to <see cref="Parse"/> is spent.
/// </summary>
internal sealed class ParseTimeExtension : IMarkdownExtension
{
    private static readonly object Deadline = new();

    /// <summary>Parses <paramref name="markdown"/>, giving up after <paramref name="time"/>.</summary>
    /// <exception cref="ParseTimeExceededException">The time ran out.</exception>
    public static Markdig.Syntax.MarkdownDocument Parse(string markdown, MarkdownPipeline pipeline, TimeSpan time)
    {
        var context = new MarkdownParserContext();
        context.Properties[Deadline] = Stopwatch.GetTimestamp() + (long)(time.TotalSeconds * Stopwatch.Frequency);
        return Markdig.Markdown.Parse(markdown, pipeline, context);
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
            if (processor.Context?.Properties.TryGetValue(Deadline, out var deadline) == true && Stopwatch.GetTimestamp() > (long)deadline)
            {
                throw new ParseTimeExceededException();
            }

            return false;
        }
    }
}
