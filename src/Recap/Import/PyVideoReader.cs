namespace Recap.Import;

/// <summary>Reads <c>pyvideo</c> exports.</summary>
internal sealed class PyVideoReader : IProgrammeReader
{
    public string Format => "pyvideo";

    public Programme Read(string path, string displayPath) => throw new ImportException("pyvideo is not read yet");

    public bool Recognises(string path, string head) => false;
}
