using System.Collections.Concurrent;
using TextMateSharp.Grammars;
using TextMateSharp.Registry;

namespace Recap.Markdown.Highlighting;

/// <summary>
/// A TextMate registry and the grammars loaded from it, used by one thread at a time: grammars
/// compile their rules as they meet them and share the registry's tables, without locks. Bodies
/// are compiled in parallel, so sets are pooled: a thread takes an idle one or makes one, and
/// gives it back when its code block is done. There are no more sets than cores, and none before
/// the first block that names a language.
/// </summary>
internal sealed class GrammarSet
{
    // The list of grammars the package ships (reading it takes a quarter of a second), made once
    // and only read afterwards.
    private static readonly Lazy<RegistryOptions> Options = new(() => new RegistryOptions(ThemeName.LightPlus), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly ConcurrentBag<GrammarSet> Idle = [];

    // Each set compiles the rules of its grammars on its own, which costs more than the code
    // it highlights in a build (a second or so for the eight commonest languages), and the
    // thread pool adds threads while bodies are compiled: one set per core, and a thread waits
    // for one rather than warming up another.
    private static readonly SemaphoreSlim Slots = new(Environment.ProcessorCount);

    private readonly Registry _registry = new(Options.Value);
    private readonly Dictionary<string, IGrammar?> _grammars = new(StringComparer.Ordinal);

    private GrammarSet()
    {
    }

    /// <summary>Runs <paramref name="use"/> with a set no other thread is using.</summary>
    public static T With<T>(Func<GrammarSet, T> use)
    {
        ArgumentNullException.ThrowIfNull(use);
        Slots.Wait();
        try
        {
            var set = Idle.TryTake(out var idle) ? idle : new GrammarSet();

            // Not given back when it throws: a grammar that failed halfway through compiling a
            // rule is not worth reusing.
            var result = use(set);
            Idle.Add(set);
            return result;
        }
        finally
        {
            Slots.Release();
        }
    }

    /// <summary>The grammar of <paramref name="scope"/>, loaded on first use, or null when the package has none.</summary>
    public IGrammar? Grammar(string scope)
    {
        if (!_grammars.TryGetValue(scope, out var grammar))
        {
            grammar = _registry.LoadGrammar(scope);
            _grammars[scope] = grammar;
        }

        return grammar;
    }
}
