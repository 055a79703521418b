using Recap.Cli;

namespace Recap.Tests.Support;

/// <summary>The sample site of the repository (<c>content/</c>), built once per base URL into a temporary folder.</summary>
internal sealed class SampleSite
{
    private static readonly Dictionary<string, SampleSite> Built = [];

    private SampleSite(string output, int exitCode, string stdout, string stderr)
    {
        Output = output;
        ExitCode = exitCode;
        Stdout = stdout;
        Stderr = stderr;
    }

    public string Output { get; }

    public int ExitCode { get; }

    public string Stdout { get; }

    public string Stderr { get; }

    public static SampleSite Build(string? baseUrl = null)
    {
        lock (Built)
        {
            var key = baseUrl ?? string.Empty;
            if (!Built.TryGetValue(key, out var site))
            {
                var output = Path.Combine(Path.GetTempPath(), "recap-sample", Guid.NewGuid().ToString("N"));
                using var stdout = new StringWriter();
                using var stderr = new StringWriter();
                string[] args = baseUrl is null
                    ? ["build", "--source", Repository.Root, "--output", output]
                    : ["build", "--source", Repository.Root, "--output", output, "--base-url", baseUrl];
                var exitCode = RecapCommand.Run(args, stdout, stderr);
                Built[key] = site = new SampleSite(output, exitCode, stdout.ToString(), stderr.ToString());
            }

            return site;
        }
    }

    public IReadOnlyList<string> Files() => Folder.Files(Output);
}
