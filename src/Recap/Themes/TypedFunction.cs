using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Recap.Themes;

/// <summary>
/// A template function called without reflection. Scriban calls a function imported as a delegate
/// with <see cref="Delegate.DynamicInvoke"/>, whose emitted invoker lives in a cache the garbage
/// collector may drop: a large build made new ones after collections and finalized the old, 2.4 s
/// of the finalizer thread at 10,000 talks (dotnet-trace). Scriban converts the arguments to the
/// declared parameter types before the call.
/// </summary>
internal sealed class TypedFunction : IScriptCustomFunction
{
    private readonly ScriptParameterInfo[] _parameters;
    private readonly Func<ScriptArray, object?> _body;

    private TypedFunction(Type returnType, int required, ScriptParameterInfo[] parameters, Func<ScriptArray, object?> body)
    {
        ReturnType = returnType;
        RequiredParameterCount = required;
        _parameters = parameters;
        _body = body;
    }

    public int RequiredParameterCount { get; }

    public int ParameterCount => _parameters.Length;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType { get; }

    public static TypedFunction Of<T, TResult>(string name, Func<T, TResult> body) =>
        new(typeof(TResult), 1, [new(typeof(T), name)], arguments => body(Argument<T>(arguments[0])));

    /// <summary>A function of two arguments and an optional third, null when left out.</summary>
    public static TypedFunction Of<T1, T2, T3, TResult>((string First, string Second, string Third) names, Func<T1, T2, T3?, TResult> body)
        where T3 : class =>
        new(
            typeof(TResult),
            2,
            [new(typeof(T1), names.First), new(typeof(T2), names.Second), new(typeof(T3), names.Third, null!)],
            arguments => body(Argument<T1>(arguments[0]), Argument<T2>(arguments[1]), arguments[2] as T3));

    public ScriptParameterInfo GetParameterInfo(int index) => _parameters[index];

    /// <summary>The argument as its parameter's type, as Scriban converted it; the type's default for a missing one.</summary>
    private static T Argument<T>(object? value) => value is T typed ? typed : default!;

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        _body(arguments);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(_body(arguments));
}
