namespace Recap.Content;

/// <summary>Resolves a path written in content (an image, a link) against the folder of the file that wrote it.</summary>
internal static class ContentPaths
{
    /// <returns>The normalised path relative to the site root, or null when it climbs out of it.</returns>
    public static string? Resolve(string folder, string relative)
    {
        var segments = new List<string>(folder.Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (var segment in Uri.UnescapeDataString(relative).Split('/'))
        {
            switch (segment)
            {
                case "" or ".":
                    continue;
                case "..":
                    if (segments.Count == 0)
                    {
                        return null;
                    }

                    segments.RemoveAt(segments.Count - 1);
                    break;
                default:
                    segments.Add(segment);
                    break;
            }
        }

        return string.Join('/', segments);
    }

    /// <summary>True for a Markdown file name: <c>.md</c> or <c>.markdown</c>.</summary>
    public static bool IsMarkdown(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);

    /// <summary>True for links that leave the site: <c>https:</c>, <c>mailto:</c>, <c>//host</c>.</summary>
    public static bool IsExternal(string url) =>
        url.StartsWith("//", StringComparison.Ordinal) || (url.IndexOf(':', StringComparison.Ordinal) is var colon and > 0
            && url.AsSpan(0, colon).IndexOfAny('/', '?', '#') < 0);
}
