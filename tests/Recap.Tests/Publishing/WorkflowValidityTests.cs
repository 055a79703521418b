using Recap.Scaffolding;
using Recap.Tests.Support;

namespace Recap.Tests.Publishing;

/// <summary>
/// Every GitHub workflow in the repository, and the one <c>recap new site</c> writes, passes
/// action-validator (<c>@action-validator/cli</c> from npm, on Node.js) against GitHub's schema.
/// </summary>
public sealed class WorkflowValidityTests
{
    private static readonly string Validator = Path.Combine(Repository.Root, "node_modules", "@action-validator", "cli", "cli.mjs");

    private static IEnumerable<TestCaseData> Workflows() =>
        Directory.EnumerateFiles(Path.Combine(Repository.Root, ".github", "workflows"), "*.yml")
            .Order(StringComparer.Ordinal)
            .Select(f => new TestCaseData(Path.GetFileName(f), File.ReadAllText(f)).SetName($"RepositoryWorkflowIsValid({Path.GetFileName(f)})"))
            .Append(new TestCaseData("new site: pages.yml", PagesWorkflow.ForSite("1.2.3")).SetName("NewSiteWorkflowIsValid"));

    [TestCaseSource(nameof(Workflows))]
    public void WorkflowPassesActionValidator(string name, string text)
    {
        Assert.That(File.Exists(Validator), Is.True, $"{Validator} is missing: run 'npm ci' at the repository root.");

        var (exitCode, output) = Validate(text);

        Assert.That(exitCode, Is.Zero, $"{name}:\n{output}");
    }

    [Test]
    public void ValidatorFindsAMistakeInAWorkflow()
    {
        var (exitCode, output) = Validate(PagesWorkflow.ForSite("1.2.3").Replace("    runs-on: ubuntu-latest\n    steps:", "    runs-on: ubuntu-latest\n    stepz:", StringComparison.Ordinal));

        Assert.That(exitCode, Is.Not.Zero);
        Assert.That(output, Does.Contain("Additional property 'stepz' is not allowed"));
    }

    /// <summary>Runs action-validator on <paramref name="workflow"/>, written to a file of its own.</summary>
    private static (int ExitCode, string Output) Validate(string workflow)
    {
        var folder = Directory.CreateTempSubdirectory("recap-workflow-").FullName;
        try
        {
            var file = Path.Combine(folder, "workflow.yml");
            File.WriteAllText(file, workflow);
            var (exitCode, stdout, stderr) = Programs.Run("node", [Validator, file]);
            return (exitCode, stdout + stderr);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
