using System.Collections.Frozen;
using TextMateSharp.Grammars;
using TextMateSharp.Internal.Grammars.Reader;
using TextMateSharp.Internal.Types;
using TextMateSharp.Registry;
using TextMateSharp.Themes;

namespace Recap.Markdown.Highlighting;

/// <summary>
/// The grammars TextMateSharp.Grammars ships, and beside them those Recap carries for languages
/// it lacks (Kotlin, Scala, Elixir, Terraform, ...; <c>Grammars/NOTICE.md</c> says where each is
/// from and its licence). Recap's come first, so its Swift grammar replaces the package's.
/// </summary>
internal sealed class BundledGrammars : IRegistryOptions
{
    private const string ResourcePrefix = "grammars/";

    /// <summary>Each of Recap's grammars by its scope, and the resource that holds it.</summary>
    private static readonly FrozenDictionary<string, string> Resources = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["source.elixir"] = "elixir.json",
        ["source.elm"] = "elm.json",
        ["source.erlang"] = "erlang.json",
        ["source.gleam"] = "gleam.json",
        ["source.graphql"] = "graphql.json",
        ["source.haskell"] = "haskell.json",
        ["source.hcl"] = "hcl.json",
        ["source.hcl.terraform"] = "terraform.json",
        ["source.kotlin"] = "kotlin.json",
        ["source.nix"] = "nix.json",
        ["source.proto"] = "proto.json",
        ["source.scala"] = "scala.json",
        ["source.solidity"] = "solidity.json",
        ["source.swift"] = "swift.json",
        ["source.zig"] = "zig.json",
        ["text.shell-session"] = "shellsession.json",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// The grammars a grammar uses only inside a capture (a shell session's commands are shell),
    /// which a registry does not load by itself: they are loaded into its registry first.
    /// </summary>
    private static readonly FrozenDictionary<string, string[]> CaptureScopes = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["text.shell-session"] = ["source.shell"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly RegistryOptions _package = new(ThemeName.LightPlus);

    /// <summary>The scopes of Recap's own grammars, for tests.</summary>
    public static IEnumerable<string> OwnScopes => Resources.Keys;

    /// <summary>The grammar of <paramref name="scope"/>, in a registry of its own that holds the grammars it uses; null when there is none.</summary>
    public IGrammar? Load(string scope)
    {
        var registry = new Registry(this);
        foreach (var used in CaptureScopes.GetValueOrDefault(scope, []))
        {
            registry.LoadGrammar(used);
        }

        return registry.LoadGrammar(scope);
    }

    public IRawGrammar? GetGrammar(string scopeName)
    {
        if (!Resources.TryGetValue(scopeName, out var name))
        {
            return _package.GetGrammar(scopeName);
        }

        using var stream = typeof(BundledGrammars).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"Recap was built without its grammar {name}");
        using var reader = new StreamReader(stream);
        return GrammarReader.ReadGrammarSync(reader);
    }

    public ICollection<string>? GetInjections(string scopeName) => _package.GetInjections(scopeName);

    public IRawTheme GetTheme(string scopeName) => _package.GetTheme(scopeName);

    public IRawTheme GetDefaultTheme() => _package.GetDefaultTheme();
}
