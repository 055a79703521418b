using Scriban.Parsing;
using Scriban.Syntax;

namespace Recap.Themes;

/// <summary>
/// Finds the partials whose markup depends only on their arguments and the site: given the same
/// arguments twice in one build they write the same thing, so a build renders each such include
/// once and reuses it (<see cref="IncludeMemo"/>). A talk card appears on the talk's conference,
/// speaker and topic pages and beside related talks: at 10,000 talks it is included some 110,000
/// times for some 20,000 distinct cards (a talk's card reads one way in its conference and another elsewhere).
/// </summary>
/// <remarks>
/// A partial is pure when it reads nothing but its arguments (<c>$</c>, <c>$1</c>, ...), its own
/// locals and loop variables, <c>site</c>, and functions without side effects or clock (Recap's,
/// and Scriban's <c>string</c>, <c>array</c>, <c>html</c>, <c>regex</c> and <c>math</c> but for
/// <c>math.random</c>); includes only pure partials, by literal name; and sets global variables
/// only at its top level, each before reading it. Those globals (<c>card = $1</c>) stay set after
/// the include as they would after rendering it, so they are listed to be set again on reuse.
/// Anything else (<c>page</c>, <c>date.now</c>, <c>capture</c>, <c>with</c>, <c>func</c>, a
/// member assigned, a name built at run time) makes the partial impure, and it renders each time.
/// </remarks>
internal static class PartialPurity
{
    private static readonly HashSet<string> Readable = new(
        ["site", "empty", "blank", "string", "array", "html", "regex", "math", .. TemplateFunctions.Names],
        StringComparer.Ordinal);

    // What a for or tablerow loop's body may read of the loop (for.index, tablerow.col); a while
    // loop is not followed into, so reading "while" leaves a partial impure.
    private static readonly HashSet<string> LoopObjects = new(StringComparer.Ordinal) { "for", "tablerow" };

    /// <summary>The pure partials by include path, each with the global variables it sets.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Find(IReadOnlyDictionary<string, ThemeTemplate> partials)
    {
        ArgumentNullException.ThrowIfNull(partials);
        var verdicts = new Dictionary<string, IReadOnlyList<string>?>(StringComparer.Ordinal);
        foreach (var path in partials.Keys)
        {
            Judge(path, partials, verdicts);
        }

        return verdicts.Where(v => v.Value is not null).ToDictionary(v => v.Key, v => v.Value!, StringComparer.Ordinal);
    }

    /// <summary>The globals <paramref name="path"/> sets when it is pure, else null (a cycle of includes is impure).</summary>
    private static IReadOnlyList<string>? Judge(string path, IReadOnlyDictionary<string, ThemeTemplate> partials, Dictionary<string, IReadOnlyList<string>?> verdicts)
    {
        if (verdicts.TryGetValue(path, out var verdict))
        {
            return verdict;
        }

        verdicts[path] = null; // while it is judged: an include of itself is a cycle
        if (!partials.TryGetValue(path, out var partial) || partial.Template.Page?.Body is not { } body)
        {
            return null;
        }

        var reader = new Reader(partials, verdicts);
        return verdicts[path] = reader.TopLevel(body) ? [.. reader.Assigned] : null;
    }

    private sealed class Reader(IReadOnlyDictionary<string, ThemeTemplate> partials, Dictionary<string, IReadOnlyList<string>?> verdicts)
    {
        private readonly List<string> _loopVariables = [];
        private int _loops;

        public HashSet<string> Assigned { get; } = new(StringComparer.Ordinal);

        public bool TopLevel(ScriptBlockStatement body)
        {
            foreach (var statement in body.Statements)
            {
                if (statement is ScriptExpressionStatement { Expression: ScriptAssignExpression { Target: ScriptVariableGlobal global } assign })
                {
                    // x = ... sets x; x += ... reads it first.
                    var reads = assign.EqualToken?.TokenType != TokenType.Equal;
                    if ((reads && !Assigned.Contains(global.Name)) || !Pure(assign.Value))
                    {
                        return false;
                    }

                    Assigned.Add(global.Name);
                }
                else if (!Pure(statement))
                {
                    return false;
                }
            }

            return true;
        }

        private bool Pure(ScriptNode? node)
        {
            switch (node)
            {
                case null:
                    return true;
                case ScriptImportStatement or ScriptWithStatement or ScriptReadOnlyStatement or ScriptCaptureStatement
                    or ScriptWrapStatement or ScriptFunction or ScriptAnonymousFunction:
                    return false;
                case ScriptAssignExpression assign:
                    // Only a local ($x) may be set below the top level: it ends with the include.
                    return assign.Target is ScriptVariableLocal && Pure(assign.Value);
                case ScriptVariableGlobal global:
                    return Readable.Contains(global.Name) || Assigned.Contains(global.Name)
                        || _loopVariables.Contains(global.Name) || (_loops > 0 && LoopObjects.Contains(global.Name));
                case ScriptVariable:
                    return true; // $, $1, $x: the include's own
                case ScriptMemberExpression member:
                    return !(member.Target is ScriptVariableGlobal { Name: "math" } && member.Member is ScriptVariable { Name: "random" })
                        && Pure(member.Target);
                case ScriptFunctionCall { Target: ScriptVariableGlobal { Name: "include" } } include:
                    return Include(include);
                case ScriptPipeCall { To: ScriptFunctionCall { Target: ScriptVariableGlobal { Name: "include" } } or ScriptVariableGlobal { Name: "include" } }:
                    return false; // the piped value becomes the name
                case ScriptForStatement loop:
                    return Loop(loop);
                default:
                    for (var i = 0; i < node.ChildrenCount; i++)
                    {
                        if (!Pure(node.GetChildren(i)))
                        {
                            return false;
                        }
                    }

                    return true;
            }
        }

        private bool Include(ScriptFunctionCall include)
        {
            if (include.Arguments.Count == 0 || include.Arguments[0] is not ScriptLiteral { Value: string name }
                || Judge(PartialLoader.PathOf(name), partials, verdicts) is not { } sets)
            {
                return false;
            }

            if (!include.Arguments.Skip(1).All(Pure))
            {
                return false;
            }

            Assigned.UnionWith(sets);
            return true;
        }

        private bool Loop(ScriptForStatement loop)
        {
            if (!Pure(loop.Iterator) || !Pure(loop.NamedArguments) || loop.Variable is not ScriptVariable variable)
            {
                return false;
            }

            _loopVariables.Add(variable.Name);
            _loops++;
            try
            {
                return Pure(loop.Body) && Pure(loop.Else);
            }
            finally
            {
                _loops--;
                _loopVariables.RemoveAt(_loopVariables.Count - 1);
            }
        }
    }
}
