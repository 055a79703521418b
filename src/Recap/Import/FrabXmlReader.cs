namespace Recap.Import;

/// <summary>Reads <c>frab-xml</c> exports.</summary>
internal sealed class FrabXmlReader : IProgrammeReader
{
    public string Format => "frab-xml";

    public Programme Read(string path, string displayPath) => throw new ImportException("frab-xml is not read yet");

    public bool Recognises(string path, string head) => false;
}
