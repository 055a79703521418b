namespace Recap.Cli;

/// <summary>
/// What standard error is: a terminal a person watches, which gets a progress line and coloured
/// diagnostics, or a file, a pipe or a CI log, which gets neither.
/// </summary>
internal static class Terminal
{
    /// <summary>
    /// True when <paramref name="stderr"/> is the console's and that is a terminal, outside CI,
    /// and the output is neither <c>--quiet</c> nor GitHub annotations.
    /// </summary>
    public static bool ShowsProgress(TextWriter stderr, bool quiet, bool gitHubLog) =>
        !quiet && !gitHubLog && IsConsoleTerminal(stderr) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    /// <summary>As <see cref="ShowsProgress"/>, unless <c>NO_COLOR</c> is set (https://no-color.org) or the terminal is dumb.</summary>
    public static bool UsesColour(TextWriter stderr, bool gitHubLog) =>
        !gitHubLog && IsConsoleTerminal(stderr)
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
        && Environment.GetEnvironmentVariable("TERM") != "dumb";

    /// <summary>A diagnostic's "error" in red and "warning" in yellow, bold: the first of them, in its first line.</summary>
    public static string Colour(string diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        foreach (var (word, colour) in new[] { (": error ", "31"), (": warning ", "33") })
        {
            var at = diagnostic.IndexOf(word, StringComparison.Ordinal);
            var lineEnd = diagnostic.IndexOf('\n', StringComparison.Ordinal);
            if (at >= 0 && (lineEnd < 0 || at < lineEnd))
            {
                var severity = word[2..^1];
                return string.Concat(diagnostic.AsSpan(0, at + 2), $"\u001b[1;{colour}m{severity}\u001b[0m", diagnostic.AsSpan(at + word.Length - 1));
            }
        }

        return diagnostic;
    }

    private static bool IsConsoleTerminal(TextWriter stderr) => ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
}
