using System.Text.RegularExpressions;
using Recap.Cli;

namespace Recap.Tests.Cli;

/// <summary>The help System.CommandLine writes from recap's declarations, and the version line.</summary>
public sealed partial class HelpTests
{
    /// <summary>What dotnet-suggest asks for tab completion: the words that can come next.</summary>
    [TestCase("bu", "build\n")]
    [TestCase("import --dr", "--dry-run\n")]
    [TestCase("new ta", "talk\n")]
    public void CompletionsComeFromTheDeclarations(string line, string completions)
    {
        var (exitCode, stdout, _) = Run($"[suggest:{line.Length}]", line);

        Assert.That((exitCode, stdout), Is.EqualTo((0, completions)));
    }

    [Test]
    public void HelpListsEveryCommand()
    {
        var (exitCode, stdout, stderr) = Run("--help");

        Assert.That((exitCode, stderr), Is.EqualTo((0, string.Empty)));
        Assert.That(stdout, Is.EqualTo("""
            Description:
              Recap builds a static site of conference recaps: talks, speakers, notes,
              slides and recordings.

            Usage:
              recap [command] [options]

            Options:
              -?, -h, --help  Show help and usage information
              --version       Show version information

            Commands:
              build                   Build the site into the output folder
              check                   Check a built site: links, anchors, assets and link
                                      previews
              new                     Create a new site, or add a conference, a talk or a
                                      speaker to one
              serve                   Build the site, serve it on 127.0.0.1 and rebuild it
                                      as you save
              publish                 Build the site and push it to a branch (gh-pages)
                                      with git
              import <FORMAT> <FILE>  Add a conference's talks and speakers from its
                                      programme export, or update them from a newer one
              report                  List what each conference's recap still lacks: notes,
                                      slides, recordings, speakers' bios and photos


            """));
    }

    [Test]
    public void BuildHelpListsEveryOptionOfBuild()
    {
        var (exitCode, stdout, _) = Run("build", "--help");

        Assert.That(exitCode, Is.Zero);
        Assert.That(stdout, Is.EqualTo("""
            Description:
              Build the site into the output folder

            Usage:
              recap build [options]

            Options:
              --source <DIR>         The site root, the folder holding content/ [default: .]
              --output <DIR>         Where to write the site (default: <source>/_site)
              --base-url <URL>       Publish under this URL instead of site.yml's base_url
              --drafts               Include pages and talks marked draft: true
              --future               Include talks dated in the future
              -q, --quiet            Print errors only
              -v, --verbose          Also print the time of each build step
              --log-format <FORMAT>  human, or github for annotations in GitHub Actions
                                     [default: human]
              -?, -h, --help         Show help and usage information


            """));
    }

    [Test]
    public void NewTalkHelpNamesItsArgumentsAndOptions()
    {
        var (exitCode, stdout, _) = Run("new", "talk", "--help");

        Assert.That(exitCode, Is.Zero);
        Assert.That(stdout, Does.Contain("recap new talk <CONFERENCE> <TITLE> [options]").And.Contain("--speaker <NAME>").And.Contain("--format <FORMAT>"));
    }

    [Test]
    public void RecapAloneShowsTheHelpAndIsAUsageError()
    {
        var (exitCode, stdout, _) = Run();

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(stdout, Does.StartWith("Description:\n  Recap builds a static site of conference recaps"));
    }

    [Test]
    public void VersionIsRecapAndItsInformationalVersion()
    {
        var (exitCode, stdout, stderr) = Run("--version");

        Assert.That((exitCode, stderr), Is.EqualTo((0, string.Empty)));
        Assert.That(stdout, Is.EqualTo($"recap {RecapCommand.InformationalVersion}\n"));
        Assert.That(stdout, Does.Match(VersionLine()));
    }

    [Test]
    public void VersionTakesNothingElse()
    {
        var (exitCode, stdout, stderr) = Run("--version", "build");

        Assert.That((exitCode, stdout), Is.EqualTo((2, string.Empty)));
        Assert.That(stderr, Is.EqualTo("recap: --version cannot be combined with other arguments\nRun 'recap --help' for usage.\n"));
    }

    /// <summary>
    /// Runs recap; System.CommandLine pads a wrapped line with a space, which is dropped here so the
    /// expected help can be kept as it reads.
    /// </summary>
    private static (int ExitCode, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = RecapCommand.Run(args, stdout, stderr);
        return (exitCode, TrailingSpaces().Replace(stdout.ToString(), string.Empty), stderr.ToString());
    }

    [GeneratedRegex(" +$", RegexOptions.Multiline)]
    private static partial Regex TrailingSpaces();

    [GeneratedRegex(@"^recap \d+\.\d+\.\d+(\+[0-9a-f]{12})?\n$")]
    private static partial Regex VersionLine();
}
