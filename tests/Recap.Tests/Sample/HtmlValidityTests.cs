using System.Diagnostics;
using Recap.Tests.Support;

namespace Recap.Tests.Sample;

/// <summary>Every page of the sample passes the Nu HTML Checker (vnu.jar from npm, on Java) with zero errors.</summary>
public sealed class HtmlValidityTests
{
    private static readonly string VnuJar = Path.Combine(Repository.Root, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    [Test]
    public void EveryPageOfTheSamplePassesTheNuHtmlChecker()
    {
        if (FindJava() is not { } java)
        {
            Assert.Ignore("Java is not installed, so the Nu HTML Checker cannot run (install a Java 17 runtime, e.g. apt-get install openjdk-17-jre-headless).");
            return;
        }

        Assert.That(File.Exists(VnuJar), Is.True, $"{VnuJar} is missing: run 'npm ci' at the repository root.");
        var site = SampleSite.Build();
        Assert.That(site.ExitCode, Is.Zero, site.Stderr);

        var start = new ProcessStartInfo(java)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-jar", VnuJar, "--errors-only", "--skip-non-html", "--format", "text", site.Output })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();

        // vnu exits with 1 and prints an "Error: ..." line, then where, for each error.
        Assert.That(process.ExitCode, Is.Zero, errors + output.Result);
        Assert.That(errors.Split('\n').Where(line => line.StartsWith("Error:", StringComparison.Ordinal)), Is.Empty);
    }

    private static string? FindJava()
    {
        var home = Environment.GetEnvironmentVariable("JAVA_HOME");
        var candidates = (home is null ? [] : new[] { Path.Combine(home, "bin", "java") })
            .Concat((Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).Select(p => Path.Combine(p, "java")));
        return candidates.FirstOrDefault(File.Exists);
    }
}
