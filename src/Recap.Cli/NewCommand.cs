using Recap.Scaffolding;

namespace Recap.Cli;

/// <summary><c>recap new site DIR</c>: write a new site that builds and publishes as it is.</summary>
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
            case []:
                return UsageError("recap new: say what to create, as in 'recap new site my-recaps'", stderr);
            default:
                return UsageError($"recap new: cannot create '{args[0]}'; 'recap new site DIR' creates a site", stderr);
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

    private static int UsageError(string message, TextWriter stderr)
    {
        stderr.WriteLine(message);
        stderr.WriteLine("Run 'recap --help' for usage.");
        return RecapCommand.UsageError;
    }
}
