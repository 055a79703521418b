using System.CommandLine;
using System.CommandLine.Parsing;
using System.Runtime.CompilerServices;

namespace Recap.Cli;

/// <summary>
/// Says what System.CommandLine's parse errors mean in recap's words: an option without its value
/// says what it needs, a stray word says what the command takes, and validators' messages stand.
/// </summary>
internal static class CommandLineErrors
{
    /// <summary>What an option needs when given without a value (or with one of the wrong type).</summary>
    private static readonly ConditionalWeakTable<Option, string> OptionNeeds = [];

    /// <summary>What a command says when an argument it needs is missing.</summary>
    private static readonly ConditionalWeakTable<Command, string> CommandNeeds = [];

    /// <summary>What a command says of a word it does not take.</summary>
    private static readonly ConditionalWeakTable<Command, Func<string, string>> CommandUnexpected = [];

    /// <summary>"--source needs a folder": <paramref name="message"/> is said when the value is missing or not of the option's type.</summary>
    public static T Needs<T>(this T option, string message)
        where T : Option
    {
        OptionNeeds.AddOrUpdate(option, message);
        return option;
    }

    /// <summary>Said when <paramref name="command"/> is given without an argument (or a subcommand) it needs.</summary>
    public static T NeedsArguments<T>(this T command, string message)
        where T : Command
    {
        CommandNeeds.AddOrUpdate(command, message);
        return command;
    }

    /// <summary>Said of a word <paramref name="command"/> does not take; options it does not have are always "unknown option".</summary>
    public static T Unexpected<T>(this T command, Func<string, string> message)
        where T : Command
    {
        CommandUnexpected.AddOrUpdate(command, message);
        return command;
    }

    /// <summary>The command the error is about (<c>recap new talk</c>) and the first error, in recap's words.</summary>
    public static (string Command, string Message) Describe(ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var command = result.CommandResult.Command;
        var name = string.Join(' ', Path(result.CommandResult).Reverse());
        if (result.UnmatchedTokens is [var token, ..])
        {
            return (name, token.StartsWith('-')
                ? $"unknown option '{token}'"
                : CommandUnexpected.TryGetValue(command, out var unexpected) ? unexpected(token) : $"unexpected argument '{token}'");
        }

        // System.CommandLine's own messages end with a full stop; recap's validators' never do.
        var error = result.Errors[0];
        var message = error.Message.EndsWith('.') ? error.SymbolResult switch
        {
            OptionResult option when OptionNeeds.TryGetValue(option.Option, out var needs) => needs,
            ArgumentResult { Parent: OptionResult option } when OptionNeeds.TryGetValue(option.Option, out var needs) => needs,
            _ when CommandNeeds.TryGetValue(command, out var needs) => needs,
            _ => error.Message,
        } : error.Message;
        return (name, message);
    }

    private static IEnumerable<string> Path(CommandResult? result)
    {
        for (; result is not null; result = result.Parent as CommandResult)
        {
            yield return result.Parent is null ? "recap" : result.Command.Name;
        }
    }
}
