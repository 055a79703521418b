using System.ComponentModel;
using System.Diagnostics;

namespace Recap.Publishing;

/// <summary>
/// Runs git in a folder: no shell (arguments are passed one by one), output captured, a time limit,
/// and never a prompt, so a missing credential fails instead of waiting for a terminal.
/// </summary>
internal sealed class Git
{
    // Inherited from a git hook or an outer command, these would point git at another repository
    // or index than the ones publishing means; each command says which it wants.
    private static readonly string[] RepositoryVariables = ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_PREFIX"];

    private readonly string _executable;
    private readonly string _folder;

    public Git(string folder, string executable = "git")
    {
        _folder = folder;
        _executable = executable;
    }

    /// <summary>How long one command may run; pushing a large site over a slow link takes a while.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Runs git; a missing git or a command that runs out of time throws a <see cref="PublishException"/>.</summary>
    public GitResult Run(IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, string? folder = null)
    {
        var start = new ProcessStartInfo(_executable)
        {
            WorkingDirectory = folder ?? _folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var variable in RepositoryVariables)
        {
            start.Environment.Remove(variable);
        }

        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var command = "git " + string.Join(' ', start.ArgumentList);
        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            throw new PublishException($"git was not found ({ex.Message}); install git, or put it on the PATH", ex) { IsSetup = true };
        }

        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new PublishException($"'{command}' did not finish in {Timeout.TotalMinutes:0} minutes and was stopped");
        }

        process.WaitForExit();
        return new GitResult(command, process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    public GitResult Run(params string[] arguments) => Run((IEnumerable<string>)arguments);

    /// <summary>Runs git and returns its output; a failure throws a <see cref="PublishException"/> with git's message.</summary>
    public string Output(params string[] arguments) => Checked(Run(arguments));

    public static string Checked(GitResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.Succeeded)
        {
            var message = result.Stderr.Trim();
            throw new PublishException($"'{result.Command}' failed" + (message.Length > 0 ? ":\n" + message : $" with exit code {result.ExitCode}"));
        }

        return result.Text;
    }
}
