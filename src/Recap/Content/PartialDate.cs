using System.Globalization;
using Recap.Text;

namespace Recap.Content;

/// <summary>
/// A date known to the year, the month or the day (<c>2018</c>, <c>2018-06</c>, <c>2018-06-01</c>):
/// recaps are written from memory and the exact day is often lost.
/// </summary>
public readonly record struct PartialDate : IComparable<PartialDate>
{

    public PartialDate(int year, int? month = null, int? day = null)
    {
        Year = year;
        Month = month;
        Day = day;
    }

    public int Year { get; }

    public int? Month { get; }

    public int? Day { get; }

    /// <summary>The first day the date could mean, for sorting and for "is it in the future".</summary>
    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day the date could mean, for "it has happened".</summary>
    public DateOnly Latest => Month is null
        ? new DateOnly(Year, 12, 31)
        : new DateOnly(Year, Month.Value, Day ?? DateTime.DaysInMonth(Year, Month.Value));

    public static bool TryParse(string text, out PartialDate date)
    {
        date = default;
        text = text.Trim();

        // A full timestamp (TOML, or YAML written by a tool) keeps only its date.
        if (text.Length > 10 && (text[10] == 'T' || text[10] == ' '))
        {
            text = text[..10];
        }

        var parts = text.Split('-');
        if (parts.Length is < 1 or > 3 || parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2))
        {
            return false;
        }

        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return false;
            }
        }

        var year = numbers[0];
        int? month = parts.Length > 1 ? numbers[1] : null;
        int? day = parts.Length > 2 ? numbers[2] : null;
        if (year < 1 || month is < 1 or > 12 || (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month!.Value))))
        {
            return false;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    public int CompareTo(PartialDate other)
    {
        var byDay = Earliest.CompareTo(other.Earliest);
        return byDay != 0 ? byDay : Precision.CompareTo(other.Precision);
    }

    /// <summary>ISO form at its own precision: 2018, 2018-06, 2018-06-01.</summary>
    public override string ToString() => Day is { } d
        ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{d:D2}")
        : Month is { } m ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}") : Year.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>For readers: "2018", "June 2018", "1 June 2018"; in another language as <paramref name="words"/> write dates.</summary>
    public string ToDisplayString(DateWords? words = null)
    {
        words ??= DateWords.English;
        return Day is { } d
            ? Placeholders.Fill(words.Day, [words.DayName(d), words.MonthName(Month!.Value), DateWords.Number(Year)])
            : Month is { } m ? Placeholders.Fill(words.Month, [words.MonthName(m), DateWords.Number(Year)]) : DateWords.Number(Year);
    }

    /// <summary>"2018", "1–2 June 2018", "30 June – 2 July 2018": the shared parts are said once.</summary>
    public static string DisplayRange(PartialDate start, PartialDate? end, DateWords? words = null)
    {
        words ??= DateWords.English;
        if (end is not { } last || last == start)
        {
            return start.ToDisplayString(words);
        }

        if (start.Year == last.Year && start.Month == last.Month && start.Month is { } month && start.Day is { } d1 && last.Day is { } d2)
        {
            return Placeholders.Fill(words.DaysInMonth, [words.DayName(d1), words.DayName(d2), words.MonthName(month), DateWords.Number(start.Year)]);
        }

        if (start.Year == last.Year && start.Day is { } sd && last.Day is { } ld)
        {
            return Placeholders.Fill(
                words.DaysInYear,
                [words.DayName(sd), words.MonthName(start.Month!.Value), last.ToDisplayString(words), words.DayName(ld), words.MonthName(last.Month!.Value), DateWords.Number(start.Year)]);
        }

        return Placeholders.Fill(words.Range, [start.ToDisplayString(words), last.ToDisplayString(words)]);
    }

    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    private int Precision => Day is not null ? 3 : Month is not null ? 2 : 1;
}
