namespace Recap.Output;

/// <summary>One talk in a conference's <c>programme.ics</c>.</summary>
/// <param name="LocalStart">The wall-clock start at the conference.</param>
/// <param name="DurationMinutes">Null when unknown: the event then has no DTEND.</param>
/// <param name="Url">The talk's page on the site.</param>
/// <param name="Summary">Plain text for the event's DESCRIPTION.</param>
internal sealed record CalendarEntry(string Uid, string Title, DateTime LocalStart, int? DurationMinutes, string? Room, string Url, string? Summary);
