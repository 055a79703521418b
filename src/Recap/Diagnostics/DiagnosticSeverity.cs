namespace Recap.Diagnostics;

public enum DiagnosticSeverity
{
    Warning,
    Error,
}
