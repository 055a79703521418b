namespace Recap.Markdown.WorkLimit;

/// <summary>A Markdown body took longer to parse than it was given (<see cref="ParseTimeExtension"/>).</summary>
public sealed class ParseTimeExceededException : Exception
{
    public ParseTimeExceededException()
        : base("parsing took too long")
    {
    }

    public ParseTimeExceededException(string message)
        : base(message)
    {
    }

    public ParseTimeExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
