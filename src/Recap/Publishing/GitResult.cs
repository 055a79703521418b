namespace Recap.Publishing;

/// <summary>How one git command ended, with what it printed.</summary>
internal sealed record GitResult(string Command, int ExitCode, string Stdout, string Stderr)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>Standard output without its final line break.</summary>
    public string Text => Stdout.TrimEnd('\n', '\r');
}
