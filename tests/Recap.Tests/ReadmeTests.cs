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
        Assert.That(Readme, Does.Contain("dotnet run --project src/Recap.Cli -- build").And.Contain("dotnet test"));
    }
}
