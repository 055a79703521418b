namespace Recap.Output;

/// <summary>The output folder is not one a build may replace (see <see cref="OutputFolder"/>).</summary>
public sealed class OutputFolderException : Exception
{
    public OutputFolderException(string message)
        : base(message)
    {
    }

    public OutputFolderException()
    {
    }

    public OutputFolderException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
