using System.CommandLine;
using Recap.Scaffolding;
using Recap.Text;

namespace Recap.Cli;

/// <summary>
/// <c>recap new site DIR</c>: write a new site that builds and publishes as it is; <c>recap new
/// conference</c>, <c>talk</c> and <c>speaker</c>: add one content file to a site.
/// </summary>
internal static class NewCommand
{
    public static Command Declare(TextWriter stdout, TextWriter stderr)
    {
        var folder = CommonOptions.NotAnOption(new Argument<string>("DIR") { Description = "A new or empty folder" });
        var site = new Command("site", "Create a new site in DIR: site.yml, an example conference and talk, a README, a GitHub Pages workflow") { folder }
            .NeedsArguments("give the folder to create, as in 'recap new site my-recaps'");
        site.SetAction(result => NewSite(result.GetValue(folder)!, stdout, stderr));
        var command = new Command("new", "Create a new site, or add a conference, a talk or a speaker to one") { site }
            .NeedsArguments("say what to create, as in 'recap new site my-recaps'")
            .Unexpected(kind => $"cannot create '{kind}'; choose site, conference, talk or speaker");
        foreach (var kind in NewContentOptions.Kinds.Keys)
        {
            command.Add(DeclareContent(kind, stdout, stderr));
        }

        return command;
    }

    /// <summary><c>recap new conference NAME</c>, <c>recap new talk CONFERENCE TITLE</c>, <c>recap new speaker NAME</c>.</summary>
    private static Command DeclareContent(string kind, TextWriter stdout, TextWriter stderr)
    {
        var (needs, example, noun, description) = NewContentOptions.Kinds[kind];
        Argument<string>[] names = kind == "talk"
            ? [new("CONFERENCE") { Description = "The conference's folder or name" }, new("TITLE") { Description = "The talk's title" }]
            : [new("NAME") { Description = kind == "conference" ? "The conference's name" : "The speaker's name" }];
        var source = CommonOptions.Source();
        var command = new Command(kind, description) { source }
            .NeedsArguments($"give {needs}, as in '{example}'")
            .Unexpected(word => $"unexpected '{word}'; quote a {noun} that has spaces, as in '{example}'");
        foreach (var name in names)
        {
            command.Add(CommonOptions.NotAnOption(name));
        }

        Option<string[]>? speakers = null;
        Option<string?>? format = null;
        if (kind == "talk")
        {
            speakers = new Option<string[]>("--speaker")
            {
                Description = "A speaker of the talk; repeat it for each speaker",
                HelpName = "NAME",
                Validators = { result => NotBlank(result, "--speaker needs a name, as in --speaker \"Ada Lovelace\"") },
            }.Needs("--speaker needs a name, as in --speaker \"Ada Lovelace\"");
            format = CommonOptions.Value("--format", "FORMAT", $"The talk's format: {NewContentOptions.FormatList}", $"--format needs a format: {NewContentOptions.FormatList}");
            format.Validators.Add(result =>
            {
                if (result.GetValueOrDefault<string?>() is { } value && !string.IsNullOrWhiteSpace(value) && !FieldHints.Formats.Contains(value.Trim().ToLowerInvariant()))
                {
                    result.AddError($"unknown format '{value}'; use {NewContentOptions.FormatList}");
                }
            });
            command.Add(speakers);
            command.Add(format);
        }

        command.SetAction(result =>
        {
            var values = names.Select(name => result.GetValue(name)!.Trim()).ToList();
            if (values.Any(value => value.Length == 0))
            {
                return UsageError($"recap new {kind}: give {needs}, as in '{example}'", stderr);
            }

            var options = new NewContentOptions(
                kind,
                values,
                result.GetValue(source)!,
                speakers is null ? [] : [.. (result.GetValue(speakers) ?? []).Select(speaker => speaker.Trim())],
                format is null ? null : result.GetValue(format)?.Trim().ToLowerInvariant());
            return NewContent(options, stdout, stderr);
        });
        return command;
    }

    private static void NotBlank(System.CommandLine.Parsing.OptionResult result, string needs)
    {
        if (result.Tokens.Any(token => string.IsNullOrWhiteSpace(token.Value)))
        {
            result.AddError(needs);
        }
    }

    private static int NewSite(string folder, TextWriter stdout, TextWriter stderr)
    {
        if (File.Exists(folder))
        {
            return UsageError($"recap new site: '{folder}' is a file; choose a new or empty folder", stderr);
        }

        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            return UsageError($"recap new site: '{folder}' is not empty; choose a new or empty folder", stderr);
        }

        var root = Path.GetFullPath(folder);
        foreach (var path in SiteScaffold.Write(root, RecapCommand.Version))
        {
            stdout.WriteLine(BuildCommand.DisplayPath(Path.Combine(root, path)).Replace('\\', '/'));
        }

        stderr.WriteLine($"Created a site in {folder}. Build it with 'recap build' in that folder; its README.md says how to preview and publish it.");
        return RecapCommand.Success;
    }

    private static int NewContent(NewContentOptions options, TextWriter stdout, TextWriter stderr)
    {
        var kind = options.Kind;
        var root = Path.GetFullPath(options.Source);
        if (!Directory.Exists(Path.Combine(root, "content")))
        {
            return UsageError($"recap new {kind}: no content folder in '{root}' (run recap in the folder that holds content/, or pass --source)", stderr);
        }

        ContentFile file;
        switch (kind)
        {
            case "conference":
                file = ContentScaffold.Conference(options.Names[0]);
                break;
            case "speaker":
                file = ContentScaffold.Speaker(options.Names[0]);
                break;
            default:
                if (ContentScaffold.FindConference(root, options.Names[0]) is not { } conference)
                {
                    return UsageError($"recap new talk: {NoConference(root, options.Names[0])}", stderr);
                }

                file = ContentScaffold.Talk(conference, options.Names[1], options.Speakers, options.Format);
                break;
        }

        if (!file.TryCreate(root))
        {
            return UsageError($"recap new {kind}: {file.Path} already exists; edit it, or choose another {options.Noun}", stderr);
        }

        stdout.WriteLine(BuildCommand.DisplayPath(Path.Combine(root, file.Path)).Replace('\\', '/'));
        return RecapCommand.Success;
    }

    private static string NoConference(string root, string conference)
    {
        var folder = Slug.IsValid(conference) ? conference : Slug.ForUrl(conference);
        var where = $"no conference '{conference}' ({ContentScaffold.ConferencePath(folder)})";
        var conferences = ContentScaffold.Conferences(root).ToList();

        // A series named without its year ("fosdem" for fosdem-2024) is no typo, and too far off for one.
        var editions = conferences.Where(c => c.StartsWith(folder + "-", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        return Spelling.Closest(folder, conferences) is { } closest ? $"{where}; did you mean '{closest}'?"
            : editions.Count == 1 ? $"{where}; did you mean '{editions[0]}'?"
            : editions.Count > 1 ? $"{where}; did you mean one of {string.Join(", ", editions.Select(e => $"'{e}'"))}?"
            : $"{where}; create it with 'recap new conference NAME'";
    }

    private static int UsageError(string message, TextWriter stderr)
    {
        stderr.WriteLine(message);
        stderr.WriteLine("Run 'recap --help' for usage.");
        return RecapCommand.UsageError;
    }
}
