namespace Recap.Import;

/// <summary>The lines of one VEVENT, from its <c>BEGIN:VEVENT</c> (on <see cref="Line"/>) to its <c>END:VEVENT</c>.</summary>
/// <param name="Closed">False when the file has no <c>END:VEVENT</c> for it (cut off, or the next event begins first).</param>
internal sealed record IcalEventBlock(int Line, IReadOnlyList<IcalLine> Lines, bool Closed)
{
    /// <summary>The raw value of the event's first <paramref name="name"/> property, as the file has it; null when it has none.</summary>
    public string? Raw(string name)
    {
        // Only the event's own lines: a VALARM inside it has a DESCRIPTION of its own.
        var depth = 0;
        foreach (var line in Lines.Skip(1))
        {
            var lineName = line.Name;
            if (lineName == "BEGIN")
            {
                depth++;
            }
            else if (lineName == "END")
            {
                depth--;
            }
            else if (depth == 0 && lineName == name)
            {
                return line.Value;
            }
        }

        return null;
    }
}
