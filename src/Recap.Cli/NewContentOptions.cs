using Recap.Scaffolding;

namespace Recap.Cli;

/// <summary>
/// The arguments of <c>recap new conference NAME</c>, <c>recap new talk CONFERENCE TITLE</c> and
/// <c>recap new speaker NAME</c>, parsed: the names, <c>--source</c>, and for talks the repeatable
/// <c>--speaker</c> and <c>--format</c> (lower case, one of <see cref="FieldHints.Formats"/>).
/// </summary>
internal sealed record NewContentOptions(string Kind, IReadOnlyList<string> Names, string Source, IReadOnlyList<string> Speakers, string? Format)
{
    /// <summary>What each kind takes and an example of it for error messages, what names its file, and its help.</summary>
    public static readonly IReadOnlyDictionary<string, (string Needs, string Example, string Noun, string Description)> Kinds = new Dictionary<string, (string, string, string, string)>(StringComparer.Ordinal)
    {
        ["conference"] = ("the conference's name", "recap new conference \"dotScale 2019\"", "name", "Add content/conferences/<slug>/index.md"),
        ["talk"] = ("the conference and the talk's title", "recap new talk dotscale-2019 \"Data pipelines with Kafka\"", "title", "Add content/conferences/CONFERENCE/talks/<slug>.md"),
        ["speaker"] = ("the speaker's name", "recap new speaker \"Ada Lovelace\"", "name", "Add content/speakers/<slug>.md"),
    };

    /// <summary>What names the file: "name" or "title".</summary>
    public string Noun => Kinds[Kind].Noun;

    /// <summary>"keynote, talk, lightning, workshop or panel".</summary>
    public static string FormatList => string.Join(", ", FieldHints.Formats.SkipLast(1)) + " or " + FieldHints.Formats[^1];
}
