namespace Recap.Import;

/// <summary>Reads <c>frab-json</c> exports.</summary>
internal sealed class FrabJsonReader : IProgrammeReader
{
    public string Format => "frab-json";

    public Programme Read(string path, string displayPath) => throw new ImportException("frab-json is not read yet");

    public bool Recognises(string path, string head) => false;
}
