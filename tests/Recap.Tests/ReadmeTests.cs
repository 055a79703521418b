using System.Text.RegularExpressions;
using Recap.Cli;
using Recap.Diagnostics;
using Recap.Tests.Support;

namespace Recap.Tests;

/// <summary>The README documents what the engine does: every error code, every template function.</summary>
public sealed partial class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));

    [Test]
    public void ErrorListHasEveryCodeWithItsMeaning()
    {
        Assert.Multiple(() =>
        {
            foreach (var (code, meaning) in DiagnosticCodes.All)
            {
                Assert.That(Readme, Does.Contain($"| {code} | {meaning} |"), code);
            }
        });
    }

    [Test]
    public void ReadmeShowsTheTwoCommands()
    {
        var start = Readme.IndexOf("## Two commands", StringComparison.Ordinal);
        var section = Readme[start..Readme.IndexOf("\n## ", start, StringComparison.Ordinal)];

        Assert.That(section, Does.Contain("dotnet run --project src/Recap.Cli -- build").And.Contain("./build.sh --target=Test"));
    }

    [Test]
    public void TestCommandRunsTheCakeTaskItNames()
    {
        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllText(Path.Combine(Repository.Root, "build.sh")), Does.Contain("dotnet tool restore").And.Contain("dotnet cake \"$@\""));
            Assert.That(File.ReadAllText(Path.Combine(Repository.Root, "build.ps1")), Does.Contain("dotnet tool restore").And.Contain("dotnet cake @args"));
            Assert.That(File.ReadAllText(Path.Combine(Repository.Root, "build.cake")), Does.Contain("Task(\"Test\")"));
        });
    }

    [Test]
    public void CommandLineSectionHasEveryCommandAndOptionOfTheUsage()
    {
        var section = Readme[Readme.IndexOf("## Command line", StringComparison.Ordinal)..];
        var options = OptionName().Matches(RecapCommand.Usage).Select(m => m.Value).Where(o => o != "--version").Distinct();

        Assert.Multiple(() =>
        {
            foreach (var text in options.Concat(["recap build [options]", "recap new site DIR", "recap new conference NAME", "recap new talk CONFERENCE TITLE", "recap new speaker NAME", "recap serve [--port N]", "recap publish [options]"]))
            {
                Assert.That(section, Does.Contain(text));
            }
        });
    }

    [GeneratedRegex("--[a-z][a-z-]*")]
    private static partial Regex OptionName();
}
