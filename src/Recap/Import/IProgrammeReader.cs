namespace Recap.Import;

/// <summary>Reads one export format into a <see cref="Programme"/>.</summary>
public interface IProgrammeReader
{
    /// <summary>The format's name on the command line.</summary>
    string Format { get; }

    /// <summary>
    /// Reads <paramref name="path"/> (a file, or for <c>pyvideo</c> a folder). Leniently: a record
    /// that cannot be used is reported in <see cref="Programme.Diagnostics"/> with its place in the
    /// file, and the rest is read. Throws <see cref="ImportException"/> only when nothing can be read.
    /// </summary>
    /// <param name="displayPath">The path to name in messages.</param>
    Programme Read(string path, string displayPath);

    /// <summary>True when <paramref name="head"/>, the first few KB of a file, looks like this format: for <c>recap import FILE</c> with no format.</summary>
    bool Recognises(string path, string head);
}

/// <summary>The export cannot be read at all (not JSON, not XML, no events): the message says why and where.</summary>
public sealed class ImportException(string message) : Exception(message);
