using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Recap.Output;

namespace Recap.Cli;

/// <summary>Dispatches <c>recap &lt;command&gt;</c>. Exit codes: 0 success, 1 content errors, 2 usage errors.</summary>
internal static class RecapCommand
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;

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

    /// <summary>Every command and option of recap, with what help says of them.</summary>
    public static RootCommand Declare(TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("Recap builds a static site of conference recaps: talks, speakers, notes, slides and recordings.")
        {
            BuildCommand.Declare(stdout, stderr),
            CheckCommand.Declare(stdout, stderr),
            NewCommand.Declare(stdout, stderr),
            Serve.ServeCommand.Declare(stdout, stderr),
            PublishCommand.Declare(stdout, stderr),
            ImportCommand.Declare(stdout, stderr),
            ReportCommand.Declare(stdout, stderr),
        };
        root.HelpName = "recap";
        root.Unexpected(command => $"unknown command '{command}'");
        root.Options.OfType<VersionOption>().Single().Action = new VersionAction();

        // Help wraps at 80 columns wherever it goes, a terminal, a pipe or a test.
        var help = (HelpAction)root.Options.OfType<HelpOption>().Single().Action!;
        help.MaxWidth = 80;

        // 'recap' alone: what it can do, and the exit code of a usage error.
        root.SetAction(result =>
        {
            help.Invoke(result);
            return UsageError;
        });
        return root;
    }

    private static int Dispatch(string[] args, TextWriter stdout, TextWriter stderr)
    {
        // No response files: an argument starting with @ is a file name, as in any other tool.
        var result = Declare(stdout, stderr).Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (result.Action is ParseErrorAction)
        {
            var (command, message) = CommandLineErrors.Describe(result);
            stderr.WriteLine($"{command}: {message}");
            stderr.WriteLine("Run 'recap --help' for usage.");
            return UsageError;
        }

        // Exceptions are Run's to report; serve handles Ctrl+C itself.
        return result.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
    }
}
