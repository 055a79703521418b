using System.Collections.Concurrent;
using TextMateSharp.Grammars;

namespace Recap.Markdown.Highlighting;

/// <summary>
/// The grammar of one language, in a TextMate registry of its own, used by one thread at a time.
/// A grammar compiles its rules as it first meets them and shares its registry's tables without
/// locks, so it cannot tokenize on two threads at once; and compiling the rules is most of what
/// highlighting costs (about a second for the eight commonest languages, against a few hundred
/// milliseconds to tokenize 2,000 blocks of them), so each language is compiled once, not once
/// per thread. Bodies compile in parallel; two threads wait for one another only when both
/// highlight the same language at once. Nothing is loaded before the first block that names a
/// language.
/// </summary>
internal sealed class LanguageGrammar
{
    // The list of grammars the package ships (reading it takes a quarter of a second), made once
    // and only read afterwards.
    private static readonly Lazy<BundledGrammars> Options = new(() => new BundledGrammars(), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly ConcurrentDictionary<string, Lazy<LanguageGrammar>> Loaded = new(StringComparer.Ordinal);

    private readonly string _scope;
    private readonly IGrammar? _grammar;
    private readonly Lock _lock = new();

    private LanguageGrammar(string scope)
    {
        _scope = scope;
        _grammar = Options.Value.Load(scope);
    }

    /// <summary>The grammar of <paramref name="scope"/>, loaded on first use.</summary>
    public static LanguageGrammar Of(string scope) =>
        Loaded.GetOrAdd(scope, s => new Lazy<LanguageGrammar>(() => new LanguageGrammar(s), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>Runs <paramref name="use"/> with the grammar (null when the package has none) while no other thread uses it.</summary>
    public T With<T>(Func<IGrammar?, T> use)
    {
        ArgumentNullException.ThrowIfNull(use);
        lock (_lock)
        {
            try
            {
                return use(_grammar);
            }
            catch
            {
                // A grammar that failed halfway through compiling a rule is not worth keeping:
                // the next block loads the language again.
                Loaded.TryRemove(_scope, out _);
                throw;
            }
        }
    }
}
