using Recap.Scaffolding;
using Recap.Text;

namespace Recap.Cli;

/// <summary>
/// <c>recap new site DIR</c>: write a new site that builds and publishes as it is; <c>recap new
/// conference</c>, <c>talk</c> and <c>speaker</c>: add one content file to a site.
/// </summary>
internal static class NewCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        switch (args)
        {
            case ["site", var folder] when !folder.StartsWith('-'):
                return NewSite(folder, stdout, stderr);
            case ["site", ..]:
                return UsageError("recap new site: give the folder to create, as in 'recap new site my-recaps'", stderr);
            case [var kind, ..] when NewContentOptions.IsKind(kind):
                return NewContent(kind, [.. args.Skip(1)], stdout, stderr);
            case []:
                return UsageError("recap new: say what to create, as in 'recap new site my-recaps'", stderr);
            default:
                return UsageError($"recap new: cannot create '{args[0]}'; choose site, conference, talk or speaker", stderr);
        }
    }

    private static int NewSite(string folder, TextWriter stdout, TextWriter stderr)
    {
        if (File.Exists(folder))
        {
            return UsageError($"recap new site: '{folder}' is a file; choose a new or empty folder", stderr);
        }

        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            return UsageError($"recap new site: '{folder}' is not empty; choose a new or empty folder", stderr);
        }

        var root = Path.GetFullPath(folder);
        foreach (var path in SiteScaffold.Write(root, RecapCommand.Version))
        {
            stdout.WriteLine(BuildCommand.DisplayPath(Path.Combine(root, path)).Replace('\\', '/'));
        }

        stderr.WriteLine($"Created a site in {folder}. Build it with 'recap build' in that folder; its README.md says how to preview and publish it.");
        return RecapCommand.Success;
    }

    private static int NewContent(string kind, IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var (options, error) = NewContentOptions.Parse(kind, args);
        if (options is null || error is not null)
        {
            return UsageError($"recap new {kind}: {error}", stderr);
        }

        var root = Path.GetFullPath(options.Source);
        if (!Directory.Exists(Path.Combine(root, "content")))
        {
            return UsageError($"recap new {kind}: no content folder in '{root}' (run recap in the folder that holds content/, or pass --source)", stderr);
        }

        ContentFile file;
        switch (kind)
        {
            case "conference":
                file = ContentScaffold.Conference(options.Names[0]);
                break;
            case "speaker":
                file = ContentScaffold.Speaker(options.Names[0]);
                break;
            default:
                if (ContentScaffold.FindConference(root, options.Names[0]) is not { } conference)
                {
                    return UsageError($"recap new talk: {NoConference(root, options.Names[0])}", stderr);
                }

                file = ContentScaffold.Talk(conference, options.Names[1], options.Speakers, options.Format);
                break;
        }

        if (!file.TryCreate(root))
        {
            return UsageError($"recap new {kind}: {file.Path} already exists; edit it, or choose another {options.Noun}", stderr);
        }

        stdout.WriteLine(BuildCommand.DisplayPath(Path.Combine(root, file.Path)).Replace('\\', '/'));
        return RecapCommand.Success;
    }

    private static string NoConference(string root, string conference)
    {
        var folder = Slug.IsValid(conference) ? conference : Slug.ForUrl(conference);
        var where = $"no conference '{conference}' ({ContentScaffold.ConferencePath(folder)})";
        return Spelling.Closest(folder, ContentScaffold.Conferences(root)) is { } closest
            ? $"{where}; did you mean '{closest}'?"
            : $"{where}; create it with 'recap new conference NAME'";
    }

    private static int UsageError(string message, TextWriter stderr)
    {
        stderr.WriteLine(message);
        stderr.WriteLine("Run 'recap --help' for usage.");
        return RecapCommand.UsageError;
    }
}
