using System.Diagnostics;
using Recap.Cli;
using Recap.Tests.Support;

namespace Recap.Tests.Cli;

public sealed class VersionTests
{
    [Test]
    public void VersionNamesTheCommitItWasBuiltFrom()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exitCode = RecapCommand.Run(["--version"], stdout, stderr);

        Assert.That(exitCode, Is.Zero);
        var commit = HeadCommit();
        Assert.That(stdout.ToString(), Is.EqualTo(commit is null ? $"recap {RecapCommand.Version}\n" : $"recap {RecapCommand.Version}+{commit}\n"));
    }

    /// <summary>The commit the tests were built from, as the build reads it; null outside a clone.</summary>
    private static string? HeadCommit()
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Repository.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "rev-parse", "--short=12", "HEAD" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : null;
    }
}
