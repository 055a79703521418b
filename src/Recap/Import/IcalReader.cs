namespace Recap.Import;

/// <summary>Reads <c>ical</c> exports.</summary>
internal sealed class IcalReader : IProgrammeReader
{
    public string Format => "ical";

    public Programme Read(string path, string displayPath) => throw new ImportException("ical is not read yet");

    public bool Recognises(string path, string head) => false;
}
