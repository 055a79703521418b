namespace Recap.Import;

/// <summary>One content line of an iCalendar file after unfolding, with the file line it starts on.</summary>
internal readonly record struct IcalLine(int Number, string Text)
{
    /// <summary>The property name in upper case (<c>DTSTART</c> for <c>dtstart;TZID=...:...</c>).</summary>
    public string Name
    {
        get
        {
            var end = Text.AsSpan().IndexOfAny(';', ':');
            return (end < 0 ? Text : Text[..end]).Trim().ToUpperInvariant();
        }
    }

    /// <summary>The text after the colon that ends the name and parameters (a colon inside a quoted parameter does not count); null when there is none.</summary>
    public string? Value
    {
        get
        {
            var quoted = false;
            for (var i = 0; i < Text.Length; i++)
            {
                if (Text[i] == '"')
                {
                    quoted = !quoted;
                }
                else if (Text[i] == ':' && !quoted)
                {
                    return Text[(i + 1)..];
                }
            }

            return null;
        }
    }

    /// <summary>True for <c>BEGIN:<paramref name="component"/></c>, in any case.</summary>
    public bool Begins(string component) => Is("BEGIN", component);

    /// <summary>True for <c>END:<paramref name="component"/></c>, in any case.</summary>
    public bool Ends(string component) => Is("END", component);

    private bool Is(string name, string component) =>
        Name == name && string.Equals(Value?.Trim(), component, StringComparison.OrdinalIgnoreCase);
}
