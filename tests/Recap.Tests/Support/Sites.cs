namespace Recap.Tests.Support;

/// <summary>Small sites that many tests start from.</summary>
internal static class Sites
{
    public const string Config = """
        -- content/site.yml --
        title: Recaps
        base_url: https://recaps.example.org/
        """;

    /// <summary>A conference named C in <c>content/conferences/c/</c>, with no talks yet.</summary>
    public const string ConferenceC = Config + "\n" + """
        -- content/conferences/c/index.md --
        ---
        name: C
        ---
        """;

    /// <summary>One conference with one talk by one speaker.</summary>
    public const string OneTalk = Config + "\n" + """
        -- content/conferences/conf-2024/index.md --
        ---
        name: Conf 2024
        start: 2024-05-02
        ---
        The intro.
        -- content/conferences/conf-2024/talks/first.md --
        ---
        title: First talk
        speakers: [Ada Lovelace]
        topics: [Engines]
        ---
        The write-up.
        """;

    /// <summary>Conference C with a talk per line given, in order (<c>t01.md</c>, <c>t02.md</c>, ...), titled "Talk N", with that line in its front matter.</summary>
    public static string TalksInC(IEnumerable<string> frontMatterLines) =>
        ConferenceC + string.Concat(frontMatterLines.Select((line, i) => $"""


            -- content/conferences/c/talks/t{i + 1:00}.md --
            ---
            title: Talk {i + 1}
            {line}
            ---
            """));
}
