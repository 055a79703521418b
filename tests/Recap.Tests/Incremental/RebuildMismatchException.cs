namespace Recap.Tests.Incremental;

/// <summary>
/// A rebuild, or a clean build it is compared with, did not do what the property expects.
/// <see cref="Signature"/> names the kind of difference, so that a smaller scenario can be kept
/// only when it shows the same one.
/// </summary>
public sealed class RebuildMismatchException : Exception
{
    public RebuildMismatchException()
    {
    }

    public RebuildMismatchException(string message)
        : this(message, message)
    {
    }

    public RebuildMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
        Signature = message;
    }

    public RebuildMismatchException(string message, string signature)
        : base(message)
    {
        Signature = signature;
    }

    public string Signature { get; } = string.Empty;
}
