using System.CommandLine;
using System.Text;
using Recap.Cli;
using Recap.Tests.Support;

namespace Recap.Tests.Cli;

/// <summary>
/// The README's command reference is the help recap prints, command by command: made from the
/// same declarations, kept in step by this test. <c>UPDATE_README=1 dotnet test</c> writes it anew.
/// </summary>
public sealed class CommandReferenceTests
{
    private const string Begin = "<!-- The help of every command, as recap prints it; UPDATE_README=1 dotnet test writes it. -->\n";
    private const string End = "<!-- End of the help of every command. -->\n";

    [Test]
    public void ReadmeHasTheHelpOfEveryCommandAsRecapPrintsIt()
    {
        var path = Path.Combine(Repository.Root, "README.md");
        var readme = File.ReadAllText(path).ReplaceLineEndings("\n");
        var start = readme.IndexOf(Begin, StringComparison.Ordinal);
        var end = readme.IndexOf(End, StringComparison.Ordinal);
        Assert.That(start >= 0 && end > start, Is.True, "README.md must hold the generated reference between its two markers");

        var generated = Reference();
        if (Environment.GetEnvironmentVariable("UPDATE_README") == "1")
        {
            File.WriteAllText(path, string.Concat(readme.AsSpan(0, start + Begin.Length), generated, readme.AsSpan(end)));
            return;
        }

        Assert.That(readme[(start + Begin.Length)..end], Is.EqualTo(generated), "run UPDATE_README=1 dotnet test to write the README's command reference anew");
    }

    /// <summary>A block per command that runs (<c>recap new talk</c>, not <c>recap new</c>), in declaration order.</summary>
    private static string Reference()
    {
        var text = new StringBuilder();
        foreach (var name in Commands(RecapCommand.Declare(TextWriter.Null, TextWriter.Null), "recap").Where(c => c.Command.Subcommands.Count == 0).Select(c => c.Name))
        {
            using var stdout = new StringWriter();
            RecapCommand.Run([.. name.Split(' ').Skip(1), "--help"], stdout, TextWriter.Null);
            var help = string.Join('\n', stdout.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Select(l => l.TrimEnd()));
            text.Append("\n```text\n$ ").Append(name).Append(" --help\n").Append(help).Append("\n```\n");
        }

        return text.Append('\n').ToString();
    }

    private static IEnumerable<(string Name, Command Command)> Commands(Command command, string name) =>
        command.Subcommands.SelectMany(sub => Commands(sub, $"{name} {sub.Name}").Prepend(($"{name} {sub.Name}", sub)));
}
