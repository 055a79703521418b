using System.CommandLine;

namespace Recap.Cli;

/// <summary>The options several commands take, declared alike; each command gets instances of its own.</summary>
internal static class CommonOptions
{
    public static Option<string> Source() => new Option<string>("--source")
    {
        Description = "The site root, the folder holding content/",
        HelpName = "DIR",
        DefaultValueFactory = _ => ".",
        Validators = { NotBlank("--source needs a folder") },
    }.Needs("--source needs a folder");

    public static Option<string?> Output(string description) => Value("--output", "DIR", description, "--output needs a folder");

    public static Option<string?> BaseUrl(string description)
    {
        var option = Value("--base-url", "URL", description, "--base-url needs a URL");
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } url && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
            {
                result.AddError($"--base-url '{url}' must be an absolute http or https URL, like https://user.github.io/recaps/");
            }
        });
        return option;
    }

    public static Option<bool> Drafts() => new("--drafts") { Description = "Include pages and talks marked draft: true" };

    public static Option<bool> Future() => new("--future") { Description = "Include talks dated in the future" };

    public static Option<bool> Quiet() => new("--quiet", "-q") { Description = "Print errors only" };

    public static Option<bool> Verbose() => new("--verbose", "-v") { Description = "Also print the time of each build step" };

    /// <summary><c>--log-format human|github</c>; true for GitHub annotations.</summary>
    public static Option<string> LogFormat() => OneOf("--log-format", "human, or github for annotations in GitHub Actions", "human", "github", "--log-format must be human or github", _ => "--log-format must be human or github");

    /// <summary><c>--format text|json</c>.</summary>
    public static Option<string> TextOrJson(string description) => OneOf("--format", description, "text", "json", "--format needs text or json", value => $"unknown format '{value}'; use text or json");

    /// <summary>An option with a value, which must not be blank.</summary>
    public static Option<string?> Value(string name, string helpName, string description, string needs) => new Option<string?>(name)
    {
        Description = description,
        HelpName = helpName,
        Validators = { NotBlank(needs) },
    }.Needs(needs);

    /// <summary>An option the command does not take, declared (hidden) to say why: <c>publish --drafts</c>.</summary>
    public static Option<T> Refused<T>(Option<T> option, string message)
    {
        ArgumentNullException.ThrowIfNull(option);
        option.Hidden = true;
        option.Validators.Add(result =>
        {
            // A flag's validators run when it is absent too, for its implicit false.
            if (!result.Implicit)
            {
                result.AddError(message);
            }
        });
        return option;
    }

    /// <summary>
    /// An argument that refuses words like options: System.CommandLine gives an argument the
    /// <c>--dryrun</c> no option matches, and recap calls it an unknown option.
    /// </summary>
    public static Argument<T> NotAnOption<T>(Argument<T> argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        argument.Validators.Add(result =>
        {
            if (result.Tokens.FirstOrDefault(token => token.Value.StartsWith("--", StringComparison.Ordinal)) is { } option)
            {
                result.AddError($"unknown option '{option.Value}'");
            }
        });
        return argument;
    }

    /// <summary>A command validator: <paramref name="first"/> and <paramref name="second"/> cannot be used together.</summary>
    public static Action<System.CommandLine.Parsing.CommandResult> NotTogether(Option<bool> first, Option<bool> second) => result =>
    {
        if (result.GetValue(first) && result.GetValue(second))
        {
            result.AddError($"{first.Name} and {second.Name} cannot be used together");
        }
    };

    private static Option<string> OneOf(string name, string description, string fallback, string other, string needs, Func<string, string> unknown) => new Option<string>(name)
    {
        Description = description,
        HelpName = "FORMAT",
        DefaultValueFactory = _ => fallback,
        Validators =
        {
            result =>
            {
                if (result.GetValueOrDefault<string>() is { } value && value != fallback && value != other)
                {
                    result.AddError(unknown(value));
                }
            },
        },
    }.Needs(needs);

    private static Action<System.CommandLine.Parsing.OptionResult> NotBlank(string needs) => result =>
    {
        if (result.Tokens.Count > 0 && string.IsNullOrWhiteSpace(result.GetValueOrDefault<string?>()))
        {
            result.AddError(needs);
        }
    };
}
