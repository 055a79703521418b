using System.CommandLine;
using System.CommandLine.Invocation;

namespace Recap.Cli;

/// <summary><c>recap --version</c>: "recap 0.1.0+1a2b3c4d5e6f", the name first, as other tools print it.</summary>
internal sealed class VersionAction : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        if (parseResult.Tokens.Count > 1)
        {
            parseResult.InvocationConfiguration.Error.WriteLine("recap: --version cannot be combined with other arguments");
            parseResult.InvocationConfiguration.Error.WriteLine("Run 'recap --help' for usage.");
            return RecapCommand.UsageError;
        }

        parseResult.InvocationConfiguration.Output.WriteLine("recap " + RecapCommand.InformationalVersion);
        return RecapCommand.Success;
    }
}
