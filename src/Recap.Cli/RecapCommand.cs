using Recap.Output;

namespace Recap.Cli;

/// <summary>Dispatches <c>recap &lt;command&gt;</c>. Exit codes: 0 success, 1 content errors, 2 usage errors.</summary>
internal static class RecapCommand
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;

    public const string Usage = """
        Usage: recap <command> [options]

        Commands:
          build              Build the site into the output folder
          check              Check a built site: links, anchors, assets and link previews
          new site DIR       Create a new site in DIR: site.yml, an example conference
                             and talk, a README, a GitHub Pages workflow
          new conference NAME
                             Add content/conferences/<slug>/index.md
          new talk CONFERENCE TITLE
                             Add content/conferences/CONFERENCE/talks/<slug>.md
          new speaker NAME   Add content/speakers/<slug>.md
          serve              Build the site, serve it on 127.0.0.1 and rebuild it as you save
          publish            Build the site and push it to a branch (gh-pages) with git
          import [FORMAT] FILE
                             Add a conference's talks and speakers from its programme
                             export (frab-json, frab-xml, sessionize, pretalx-api, ical,
                             pyvideo), or update them from a newer export
          report             List what each conference's recap still lacks: notes, slides,
                             recordings, speakers' bios and photos

        Options of build:
          --source DIR         The site root, the folder holding content/ (default: .)
          --output DIR         Where to write the site (default: <source>/_site)
          --base-url URL       Publish under this URL instead of site.yml's base_url
          --drafts             Include pages and talks marked draft: true
          --future             Include talks dated in the future
          --quiet              Print errors only
          --verbose            Also print the time of each build step
          --log-format FORMAT  human (default) or github (annotations in GitHub Actions)

        Options of check:
          --source DIR         The site root, the folder holding content/ (default: .)
          --output DIR         The built site to check (default: <source>/_site)
          --base-url URL       The URL the site is published at (default: the home page's
                               canonical URL, else site.yml's base_url)
          --format FORMAT      text (default) or json (counts and diagnostics, on stdout)
          --quiet              Print errors only
          --log-format FORMAT  human (default) or github (annotations in GitHub Actions)

        Options of serve (and --source, --drafts, --future, --quiet):
          --port N             The port on 127.0.0.1 (default: 8000; 0 picks a free one)
          --open               Open the site in the default browser

        Options of new conference, new talk and new speaker:
          --source DIR         The site root, the folder holding content/ (default: .)
          --speaker NAME       (talk) A speaker of the talk; repeat it for each speaker
          --format FORMAT      (talk) keynote, talk, lightning, workshop or panel

        Options of publish (and --source, --base-url, --quiet, --verbose, --log-format):
          --branch BRANCH      The branch to commit the site to (default: gh-pages)
          --remote REMOTE      The remote to push the branch to (default: origin)
          --message MSG        The commit message (default: Publish <title> from <commit>)

        Options of import:
          --source DIR         The site root, the folder holding content/ (default: .)
          --conference NAME    The conference's folder or name (default: from the export)
          --time-zone ZONE     The IANA time zone of the talk times (default: from the export)
          --dry-run            Print what would change, as a diff, and write nothing
          --prune              Delete talks that left the programme, unless they hold notes
          --quiet              Print errors only
          --log-format FORMAT  human (default) or github

        Options of report:
          --source DIR         The site root, the folder holding content/ (default: .)
          --format FORMAT      text (default) or json (for scripts; see the README)
          --conference ID      Only this conference (its folder or name)

        Run 'recap --version' for the version.
        """;

    /// <summary>The version of recap: <c>0.1.0</c>.</summary>
    public static string Version { get; } = typeof(RecapCommand).Assembly.GetName().Version!.ToString(3);

    /// <summary>The version with the commit it was built from when built in a clone: <c>0.1.0+1a2b3c4d5e6f</c>.</summary>
    public static string InformationalVersion { get; } =
        typeof(RecapCommand).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? Version;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        try
        {
            return Dispatch(args, stdout, stderr);
        }
        catch (OutputFolderException ex)
        {
            // Checked before building; seen here only when the folder was filled during the build.
            stderr.WriteLine("recap: " + ex.Message);
            return UsageError;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The disk, not the content: a full disk, a read-only output folder, a file in use.
            stderr.WriteLine("recap: error: " + ex.Message);
            return ContentErrors;
        }
        catch (Exception ex) when (!args.Contains("--verbose"))
        {
            stderr.WriteLine($"recap: internal error: {ex.Message} (run again with --verbose for details, and please report it)");
            return ContentErrors;
        }
    }

    private static int Dispatch(string[] args, TextWriter stdout, TextWriter stderr)
    {
        switch (args)
        {
            case [] or ["--help" or "-h" or "help", ..]:
                stdout.WriteLine(Usage);
                return args.Length == 0 ? UsageError : Success;
            case ["--version"]:
                stdout.WriteLine("recap " + InformationalVersion);
                return Success;
            case ["build", .. var rest]:
                return BuildCommand.Run(rest, stdout, stderr);
            case ["check", .. var rest]:
                return CheckCommand.Run(rest, stdout, stderr);
            case ["new", .. var rest]:
                return NewCommand.Run(rest, stdout, stderr);
            case ["serve", .. var rest]:
                return Serve.ServeCommand.Run(rest, stdout, stderr);
            case ["publish", .. var rest]:
                return PublishCommand.Run(rest, stdout, stderr);
            case ["import", .. var rest]:
                return ImportCommand.Run(rest, stdout, stderr);
            case ["report", .. var rest]:
                return ReportCommand.Run(rest, stdout, stderr);
            default:
                stderr.WriteLine($"recap: unknown command '{args[0]}'");
                stderr.WriteLine("Run 'recap --help' for usage.");
                return UsageError;
        }
    }
}
