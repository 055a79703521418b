namespace Recap.Import;

/// <summary>Reads <c>pretalx-api</c> exports.</summary>
internal sealed class PretalxApiReader : IProgrammeReader
{
    public string Format => "pretalx-api";

    public Programme Read(string path, string displayPath) => throw new ImportException("pretalx-api is not read yet");

    public bool Recognises(string path, string head) => false;
}
