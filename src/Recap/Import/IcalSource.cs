using System.Text;

namespace Recap.Import;

/// <summary>
/// An iCalendar file cut into the calendar's own lines (its properties and VTIMEZONEs) and one block
/// per VEVENT, each with the line it starts on. Ical.Net keeps no line numbers and fails on the whole
/// file for one broken line, so the reader hands it one event at a time.
/// </summary>
internal sealed class IcalSource
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>The line of the first <c>BEGIN:VCALENDAR</c>; 0 when the file has none.</summary>
    public int CalendarLine { get; private set; }

    /// <summary>The calendar's properties (<c>X-WR-CALNAME</c>, ...) and its VTIMEZONE components, without <c>BEGIN/END:VCALENDAR</c>.</summary>
    public List<IcalLine> CalendarLines { get; } = [];

    /// <summary>The VTIMEZONE components alone, for reading each event's TZID against them.</summary>
    public List<IcalLine> TimeZoneLines { get; } = [];

    public List<IcalEventBlock> Events { get; } = [];

    public static IcalSource Parse(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var source = new IcalSource();
        source.Split(Unfold(bytes));
        return source;
    }

    /// <summary>
    /// Joins folded lines exactly as RFC 5545 3.1 says: a line break followed by one space or tab is
    /// removed, nothing else. It works on bytes, before decoding, because writers that fold at 75 octets
    /// may cut a UTF-8 character in two. Line breaks may be CRLF, LF or CR; a UTF-8 BOM is dropped.
    /// </summary>
    internal static List<IcalLine> Unfold(byte[] bytes)
    {
        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        var lines = new List<IcalLine>();
        var current = new List<byte>();
        var currentNumber = 0;
        var number = 0;
        var position = start;
        while (position < bytes.Length)
        {
            var end = position;
            while (end < bytes.Length && bytes[end] != '\r' && bytes[end] != '\n')
            {
                end++;
            }

            number++;
            var physical = bytes.AsSpan(position, end - position);
            if (physical.Length > 0 && (physical[0] == ' ' || physical[0] == '\t') && currentNumber > 0)
            {
                current.AddRange(physical[1..]);
            }
            else
            {
                Flush();
                current.AddRange(physical);
                currentNumber = number;
            }

            position = end < bytes.Length && bytes[end] == '\r' && end + 1 < bytes.Length && bytes[end + 1] == '\n' ? end + 2 : end + 1;
        }

        Flush();
        return lines;

        void Flush()
        {
            if (currentNumber > 0)
            {
                var text = Utf8.GetString([.. current]);
                if (!string.IsNullOrWhiteSpace(text))
                {
                    lines.Add(new IcalLine(currentNumber, text));
                }
            }

            current.Clear();
            currentNumber = 0;
        }
    }

    private void Split(List<IcalLine> lines)
    {
        var inCalendar = false;
        List<IcalLine>? open = null;
        var openDepth = 0;
        var components = new Stack<string>();
        foreach (var line in lines)
        {
            if (!inCalendar)
            {
                // Anything before BEGIN:VCALENDAR (or between two calendars) is not iCalendar: left alone.
                if (line.Begins("VCALENDAR"))
                {
                    inCalendar = true;
                    CalendarLine = CalendarLine == 0 ? line.Number : CalendarLine;
                }

                continue;
            }

            if (open is not null)
            {
                if (line.Begins("VEVENT") || line.Ends("VCALENDAR"))
                {
                    Events.Add(new IcalEventBlock(open[0].Number, open, Closed: false));
                    open = null;
                }
                else
                {
                    open.Add(line);
                    if (line.Name == "BEGIN")
                    {
                        openDepth++;
                    }
                    else if (line.Name == "END" && openDepth > 0)
                    {
                        openDepth--;
                    }
                    else if (line.Ends("VEVENT"))
                    {
                        Events.Add(new IcalEventBlock(open[0].Number, open, Closed: true));
                        open = null;
                    }

                    continue;
                }
            }

            if (line.Begins("VEVENT") && components.Count == 0)
            {
                open = [line];
                openDepth = 0;
            }
            else if (line.Ends("VCALENDAR") && components.Count == 0)
            {
                inCalendar = false;
            }
            else if (line.Name == "BEGIN")
            {
                components.Push(line.Value?.Trim().ToUpperInvariant() ?? string.Empty);
                Keep(line, components);
            }
            else if (line.Name == "END" && components.Count > 0)
            {
                Keep(line, components);
                components.Pop();
            }
            else
            {
                Keep(line, components);
            }
        }

        if (open is not null)
        {
            Events.Add(new IcalEventBlock(open[0].Number, open, Closed: false));
        }
    }

    /// <summary>Keeps the calendar's properties and its VTIMEZONEs; other components (VTODO, VJOURNAL, ...) are not read.</summary>
    private void Keep(IcalLine line, Stack<string> components)
    {
        if (components.Count == 0)
        {
            CalendarLines.Add(line);
        }
        else if (components.Last() == "VTIMEZONE")
        {
            CalendarLines.Add(line);
            TimeZoneLines.Add(line);
        }
    }
}
