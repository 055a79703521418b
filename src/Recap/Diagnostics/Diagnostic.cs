namespace Recap.Diagnostics;

/// <summary>One problem found in a build. <see cref="Note"/> adds context such as the page being rendered.</summary>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, string Message, SourceLocation? Location, string? Note = null)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The MSBuild-style first line: <c>path(line,col): error RC0102: message</c>.</summary>
    public override string ToString()
    {
        var severity = IsError ? "error" : "warning";
        return Location is { } location
            ? $"{location}: {severity} {Code}: {Message}"
            : $"recap: {severity} {Code}: {Message}";
    }
}
