using System.Text;
using System.Text.RegularExpressions;
using Recap.Text;

namespace Recap.Scaffolding;

/// <summary>
/// The files of <c>recap new conference</c>, <c>talk</c> and <c>speaker</c>: the keys given filled
/// in, every other key of <see cref="FieldHints"/> commented out with what it is for, and a body
/// that says what goes there. Files are named by <see cref="Slug.ForUrl"/>, as URLs are.
/// </summary>
internal static partial class ContentScaffold
{
    /// <summary>The folder of conferences, from the site root.</summary>
    public const string ConferencesFolder = "content/conferences";

    /// <summary>Explanations start in this column, unless the line before them is longer.</summary>
    private const int MaxCommentColumn = 36;

    /// <summary>
    /// <c>content/conferences/&lt;slug&gt;/index.md</c>. A year in the name (the last of 1900 to
    /// 2099) fills in <c>start</c>: a partial date the author can make more precise.
    /// </summary>
    public static ContentFile Conference(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var folder = Slug.ForUrl(name);
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["name"] = YamlText.Scalar(name) };
        if (YearIn(name) is { } year)
        {
            values["start"] = year;
        }

        var body = $"""
            Your recap of the conference goes here, in Markdown: where it was, what it
            felt like, the threads that ran through the talks. The first paragraph is
            the summary shown in lists, unless `summary` is set above.

            <!-- talks -->

            The line above marks where the list of talks goes: what follows it is shown
            after the talks, for closing thoughts. Without that line, the talks come
            after all of the prose. Add a talk with `recap new talk {folder} "Title"`.

            """;
        return new ContentFile(ConferencePath(folder), FrontMatter(FieldHints.Conference, values) + body);
    }

    /// <summary><c>content/conferences/&lt;conference&gt;/talks/&lt;slug of the title&gt;.md</c>.</summary>
    /// <param name="conference">The conference's folder, as <see cref="FindConference"/> returns it.</param>
    /// <param name="format">One of <see cref="FieldHints.Formats"/>, or null to leave <c>format</c> out.</param>
    public static ContentFile Talk(string conference, string title, IReadOnlyList<string> speakers, string? format)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conference);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(speakers);
        if (format is not null && !FieldHints.Formats.Contains(format))
        {
            throw new ArgumentException($"'{format}' is not a talk format.", nameof(format));
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["title"] = YamlText.Scalar(title) };
        if (speakers.Count > 0)
        {
            values["speakers"] = YamlText.List(speakers);
        }

        if (format is not null)
        {
            values["format"] = format;
        }

        const string body = """
            The write-up of the talk, in Markdown: what the speaker set out to show, how
            they showed it, and what stayed with you afterwards. The first paragraph is
            the summary shown in lists, unless `summary` is set above.

            Every speaker named in `speakers` gets a page; `recap new speaker "Name"`
            adds a file for their bio and links.

            """;
        var path = $"{ConferencesFolder}/{conference}/talks/{Slug.ForTitle(title)}.md";
        return new ContentFile(path, FrontMatter(FieldHints.Talk, values) + body);
    }

    /// <summary><c>content/speakers/&lt;slug&gt;.md</c>.</summary>
    public static ContentFile Speaker(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["name"] = YamlText.Scalar(name) };
        const string body = """
            A short bio, in Markdown, shown on the speaker's page above their talks.

            """;
        return new ContentFile($"content/speakers/{Slug.ForUrl(name)}.md", FrontMatter(FieldHints.Speaker, values) + body);
    }

    /// <summary>Where a conference's <c>index.md</c> is, from the site root.</summary>
    public static string ConferencePath(string folder) => $"{ConferencesFolder}/{folder}/index.md";

    /// <summary>
    /// The folder of the conference <paramref name="conference"/> names: its folder name, or a name
    /// whose slug is its folder (<c>"dotScale 2019"</c> for <c>dotscale-2019</c>); null when there is none.
    /// </summary>
    public static string? FindConference(string root, string conference)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(conference);
        return new[] { conference, Slug.ForUrl(conference) }
            .FirstOrDefault(folder => IsFolderName(folder) && File.Exists(Path.Combine(root, ConferencePath(folder))));
    }

    /// <summary>The folders of <c>content/conferences/</c> that hold an <c>index.md</c>.</summary>
    public static IReadOnlyList<string> Conferences(string root)
    {
        var folder = Path.Combine(root, ConferencesFolder);
        return Directory.Exists(folder)
            ? [.. Directory.EnumerateDirectories(folder).Where(d => File.Exists(Path.Combine(d, "index.md"))).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)]
            : [];
    }

    /// <summary>The last year from 1900 to 2099 that stands on its own in <paramref name="name"/>.</summary>
    public static string? YearIn(string name) => Year().Matches(name) is { Count: > 0 } years ? years[^1].Value : null;

    private static bool IsFolderName(string name) =>
        name.Length > 0 && name is not ("." or "..") && name.IndexOfAny(['/', '\\']) < 0 && name.IndexOfAny(Path.GetInvalidFileNameChars()) < 0;

    /// <summary>The <c>---</c> block: the keys given, then every other key commented out.</summary>
    private static string FrontMatter(IReadOnlyList<FieldHint> fields, IReadOnlyDictionary<string, string> values)
    {
        var lines = new List<(string Text, string Meaning)>();
        lines.AddRange(fields.Where(f => values.ContainsKey(f.Key)).Select(f => ($"{f.Key}: {values[f.Key]}", f.Meaning)));
        lines.Add(("# Optional, remove the # to use them:", string.Empty));
        foreach (var field in fields.Where(f => !values.ContainsKey(f.Key)))
        {
            lines.Add((field.Example.Length > 0 ? $"# {field.Key}: {field.Example}" : $"# {field.Key}:", field.Meaning));
            lines.AddRange(field.Keys.Select(k => ($"#   {k.Key}: {k.Example}", k.Meaning)));
        }

        // Aligned on the examples, so a long name or title does not push every explanation away.
        var column = Math.Min(lines.Where(l => l.Meaning.Length > 0 && l.Text.StartsWith('#')).Max(l => l.Text.Length), MaxCommentColumn) + 3;
        var text = new StringBuilder("---\n");
        foreach (var (line, meaning) in lines)
        {
            text.Append(meaning.Length == 0 ? line : (line.Length < column ? line.PadRight(column) : line + "   ") + "# " + meaning).Append('\n');
        }

        return text.Append("---\n").ToString();
    }

    [GeneratedRegex(@"(?<!\d)(?:19|20)\d\d(?!\d)")]
    private static partial Regex Year();
}
