using System.CommandLine;
using System.CommandLine.Help;
using Recap.Cli;
using Recap.Diagnostics;
using Recap.Tests.Support;

namespace Recap.Tests;

/// <summary>The README documents what the engine does: every error code, every template function.</summary>
public sealed class ReadmeTests
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
    public void CommandLineSectionHasEveryCommandAndOptionRecapDeclares()
    {
        var section = Readme[Readme.IndexOf("## Command line", StringComparison.Ordinal)..];
        var commands = Commands(RecapCommand.Declare(TextWriter.Null, TextWriter.Null), "recap").ToList();
        var options = commands.SelectMany(c => c.Command.Options).Where(o => !o.Hidden && o is not HelpOption and not VersionOption).Select(o => o.Name).Distinct();

        Assert.That(commands.Select(c => c.Name), Does.Contain("recap new talk").And.Contain("recap serve"));
        Assert.Multiple(() =>
        {
            foreach (var text in options.Concat(commands.Where(c => c.Command.Subcommands.Count == 0).Select(c => c.Name)))
            {
                Assert.That(section, Does.Contain(text));
            }
        });
    }

    /// <summary>Every command below <paramref name="command"/>, with its name as typed: <c>recap new talk</c>.</summary>
    private static IEnumerable<(string Name, Command Command)> Commands(Command command, string name) =>
        command.Subcommands.SelectMany(sub => Commands(sub, $"{name} {sub.Name}").Prepend(($"{name} {sub.Name}", sub)));
}
