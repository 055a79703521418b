using Recap.Scaffolding;

namespace Recap.Cli;

/// <summary>
/// The arguments of <c>recap new conference NAME</c>, <c>recap new talk CONFERENCE TITLE</c> and
/// <c>recap new speaker NAME</c>, parsed: the names, <c>--source</c>, and for talks the repeatable
/// <c>--speaker</c> and <c>--format</c>.
/// </summary>
internal sealed record NewContentOptions(string Kind, IReadOnlyList<string> Names, string Source, IReadOnlyList<string> Speakers, string? Format)
{
    /// <summary>What each kind takes, and an example of it for error messages.</summary>
    private static readonly Dictionary<string, (string Needs, string Example, string Noun)> Kinds = new(StringComparer.Ordinal)
    {
        ["conference"] = ("the conference's name", "recap new conference \"dotScale 2019\"", "name"),
        ["talk"] = ("the conference and the talk's title", "recap new talk dotscale-2019 \"Data pipelines with Kafka\"", "title"),
        ["speaker"] = ("the speaker's name", "recap new speaker \"Ada Lovelace\"", "name"),
    };

    /// <summary>What names the file: "name" or "title".</summary>
    public string Noun => Kinds[Kind].Noun;

    /// <summary>True for the kinds of content <c>recap new</c> creates.</summary>
    public static bool IsKind(string kind) => Kinds.ContainsKey(kind);

    /// <summary>"keynote, talk, lightning, workshop or panel".</summary>
    public static string FormatList => string.Join(", ", FieldHints.Formats.SkipLast(1)) + " or " + FieldHints.Formats[^1];

    /// <returns>The options, or an error message for the user.</returns>
    public static (NewContentOptions? Options, string? Error) Parse(string kind, IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var (needs, example, noun) = Kinds[kind];
        var isTalk = kind == "talk";
        var names = new List<string>();
        var speakers = new List<string>();
        string source = ".";
        string? format = null;
        for (var i = 0; i < args.Count; i++)
        {
            string? Value() => i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null;

            switch (args[i])
            {
                case "--source":
                    if (Value() is not { Length: > 0 } folder)
                    {
                        return (null, "--source needs a folder");
                    }

                    source = folder;
                    break;
                case "--speaker" when isTalk:
                    if (Value() is not { } speaker || string.IsNullOrWhiteSpace(speaker))
                    {
                        return (null, "--speaker needs a name, as in --speaker \"Ada Lovelace\"");
                    }

                    speakers.Add(speaker.Trim());
                    break;
                case "--format" when isTalk:
                    if (Value() is not { } value)
                    {
                        return (null, $"--format needs a format: {FormatList}");
                    }

                    format = value.Trim().ToLowerInvariant();
                    if (!FieldHints.Formats.Contains(format))
                    {
                        return (null, $"unknown format '{value}'; use {FormatList}");
                    }

                    break;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    return (null, $"unknown option '{option}'");
                case var name:
                    names.Add(name.Trim());
                    break;
            }
        }

        var count = isTalk ? 2 : 1;
        if (names.Count < count || names.Any(n => n.Length == 0))
        {
            return (null, $"give {needs}, as in '{example}'");
        }

        if (names.Count > count)
        {
            return (null, $"unexpected '{names[count]}'; quote a {noun} that has spaces, as in '{example}'");
        }

        return (new NewContentOptions(kind, names, source, speakers, format), null);
    }
}
