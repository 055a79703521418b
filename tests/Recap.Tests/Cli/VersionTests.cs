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
        var (exitCode, stdout, _) = Programs.Run("git", ["rev-parse", "--short=12", "HEAD"], Repository.Root);
        return exitCode == 0 ? stdout.Trim() : null;
    }
}
