namespace Recap.Publishing;

/// <summary>Publishing cannot go on; the message says why, for the user.</summary>
public sealed class PublishException : Exception
{
    public PublishException()
    {
    }

    public PublishException(string message)
        : base(message)
    {
    }

    public PublishException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>
    /// True when publishing cannot start here at all (no git, not a repository, no such remote):
    /// found before the build, and reported as a usage error.
    /// </summary>
    public bool IsSetup { get; init; }
}
