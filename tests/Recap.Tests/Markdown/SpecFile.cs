using System.Text.RegularExpressions;

namespace Recap.Tests.Markdown;

/// <summary>
/// Reads a spec file, Markdig-style: each example is a <c>~~~ example: NAME</c> line, the Markdown,
/// a line holding a single <c>.</c>, the HTML, and a closing <c>~~~</c> line. A Windows checkout
/// has CRLF line endings, and must read the same examples.
/// </summary>
internal static partial class SpecFile
{
    public static IReadOnlyList<SpecExample> Read(string path) => Parse(File.ReadAllText(path));

    public static IReadOnlyList<SpecExample> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. ExamplePattern().Matches(text.Replace("\r\n", "\n", StringComparison.Ordinal))
            .Select(m => new SpecExample(m.Groups["name"].Value, m.Groups["input"].Value, m.Groups["html"].Value))];
    }

    [GeneratedRegex(@"^~~~ example: (?<name>[^\n]+)\n(?<input>.*?)\n\.\n(?<html>.*?)\n~~~$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex ExamplePattern();
}
