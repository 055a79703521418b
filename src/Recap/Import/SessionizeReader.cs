namespace Recap.Import;

/// <summary>Reads <c>sessionize</c> exports.</summary>
internal sealed class SessionizeReader : IProgrammeReader
{
    public string Format => "sessionize";

    public Programme Read(string path, string displayPath) => throw new ImportException("sessionize is not read yet");

    public bool Recognises(string path, string head) => false;
}
