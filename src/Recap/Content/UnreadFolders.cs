using Recap.Diagnostics;
using Recap.Text;

namespace Recap.Content;

/// <summary>
/// Folders under <c>content/</c> that Recap does not read, reported once each rather than once
/// per file, with the name they were probably meant to have: talks in <c>talk/</c> or speakers
/// in <c>content/speaker/</c> would otherwise be left out of a build that succeeds. A folder in
/// a conference folder is one of its files to copy (<c>img/</c>), so only its Markdown files count.
/// </summary>
internal sealed class UnreadFolders
{
    /// <summary>The folders <c>content/</c> holds, besides <c>site.yml</c>.</summary>
    private static readonly string[] Sections = ["conferences", "speakers", "topics", "pages", "static"];

    /// <summary>What to say of a folder in <c>content/</c> close to each name.</summary>
    private static readonly Dictionary<string, string> SectionHints = new(StringComparer.Ordinal)
    {
        ["conferences"] = "did you mean 'conferences/'?",
        ["speakers"] = "did you mean 'speakers/'?",
        ["topics"] = "did you mean 'topics/'?",
        ["pages"] = "did you mean 'pages/'?",
        ["static"] = "did you mean 'static/'?",
        ["talks"] = "talks go in content/conferences/<conference>/talks/",
    };

    /// <summary>What to say of a folder in a conference folder close to each name.</summary>
    private static readonly Dictionary<string, string> ConferenceHints = new(StringComparer.Ordinal)
    {
        ["talks"] = "did you mean 'talks/'?",
        ["speakers"] = "speakers go in content/speakers/",
        ["topics"] = "topics go in content/topics/",
        ["pages"] = "pages go in content/pages/",
    };

    private readonly SortedDictionary<string, Folder> _folders = new(StringComparer.Ordinal);

    /// <summary>Counts a file Recap does not read when it is in a folder reported as a whole.</summary>
    /// <param name="parts">The file's path below <c>content/</c>, split at '/'.</param>
    /// <returns>Whether the folder's report covers the file.</returns>
    public bool Add(IReadOnlyList<string> parts, bool isMarkdown)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count >= 2 && !Sections.Contains(parts[0], StringComparer.Ordinal))
        {
            Count($"content/{parts[0]}/", parts[0], "file", SectionHints, "content/ holds conferences/, speakers/, topics/, pages/ and static/");
            return true;
        }

        if (isMarkdown && parts.Count >= 4 && parts[0] == "conferences" && parts[2] != "talks")
        {
            Count($"content/conferences/{parts[1]}/{parts[2]}/", parts[2], "Markdown file", ConferenceHints, "a conference's talks go in its talks/ folder");
            return true;
        }

        return false;
    }

    public void Report(DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        foreach (var (path, folder) in _folders)
        {
            var hint = Spelling.Closest(folder.Name, folder.Hints.Keys) is { } close ? folder.Hints[close] : folder.Help;
            var ignored = folder.Files == 1 ? $"1 {folder.Noun} in it is" : $"{Plural.Count(folder.Files, folder.Noun)} in it are";
            diagnostics.Warning(DiagnosticCodes.IgnoredFile, SourceLocation.File(path), $"folder '{folder.Name}/' is not one Recap reads, so {ignored} ignored ({hint})");
        }
    }

    private void Count(string path, string name, string noun, IReadOnlyDictionary<string, string> hints, string help)
    {
        if (!_folders.TryGetValue(path, out var folder))
        {
            _folders[path] = folder = new Folder(name, noun, hints, help);
        }

        folder.Files++;
    }

    private sealed class Folder(string name, string noun, IReadOnlyDictionary<string, string> hints, string help)
    {
        public string Name { get; } = name;

        /// <summary>What the files are: every file of a folder in <c>content/</c> is left out, only the Markdown of a conference's.</summary>
        public string Noun { get; } = noun;

        public IReadOnlyDictionary<string, string> Hints { get; } = hints;

        /// <summary>What to say when the name is close to none of <see cref="Hints"/>.</summary>
        public string Help { get; } = help;

        public int Files { get; set; }
    }
}
