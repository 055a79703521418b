using System.Globalization;
using Recap.Text;

namespace Recap.Content;

/// <summary>
/// How a language writes dates: the names of the months, and where the day, month and year go,
/// with <c>{0}</c>, <c>{1}</c>, ... for each (<see cref="Placeholders"/>). A site's comes from its
/// theme's words in its language; messages use <see cref="English"/>.
/// </summary>
/// <param name="Day">Day, month, year: <c>{0} {1} {2}</c>, "14 June 2018".</param>
/// <param name="Month">Month, year: <c>{0} {1}</c>, "June 2018".</param>
/// <param name="DaysInMonth">First day, last day, month, year: <c>{0}–{1} {2} {3}</c>, "1–2 June 2018".</param>
/// <param name="DaysInYear">
/// First day, its month, the last date (as <paramref name="Day"/> writes it), the last day, its
/// month, the year: <c>{0} {1} – {2}</c>, "30 June – 2 July 2018"; a language that writes the year
/// first says <c>{5}年{1}{0}日〜{4}{3}日</c>.
/// </param>
/// <param name="Range">The first date, the last: <c>{0} – {1}</c>, "2018 – 2019".</param>
/// <param name="Days">How the first days of a month are written where a language does not write their number (French "1er"); the rest are numbers.</param>
public sealed record DateWords(IReadOnlyList<string> Months, string Day, string Month, string DaysInMonth, string DaysInYear, string Range, IReadOnlyList<string>? Days = null)
{
    public static DateWords English { get; } = new(
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        "{0} {1} {2}",
        "{0} {1}",
        "{0}–{1} {2} {3}",
        "{0} {1} – {2}",
        "{0} – {1}");

    public string MonthName(int month) => Months[month - 1];

    public string DayName(int day) => Days is { } days && day <= days.Count ? days[day - 1] : Number(day);

    /// <summary>
    /// The same dates with the year left off, for a line under a name that says it: "19 April",
    /// "19 de abril", "8月17日". A pattern that writes its year between other parts keeps it.
    /// </summary>
    public DateWords WithoutYear() => this with
    {
        Day = LeaveOff(Day, 2),
        Month = LeaveOff(Month, 1),
        DaysInMonth = LeaveOff(DaysInMonth, 3),
        DaysInYear = LeaveOff(DaysInYear, 5),
    };

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// <paramref name="pattern"/> without its gap <paramref name="year"/> and the words that join it to
    /// the gap beside it, when the year comes first or last: "{0} de {1} de {2}" is "{0} de {1}", and
    /// "{2}年{1}{0}日" is "{1}{0}日".
    /// </summary>
    private static string LeaveOff(string pattern, int year)
    {
        var gap = "{" + Number(year) + "}";
        if (pattern.EndsWith(gap, StringComparison.Ordinal))
        {
            var joint = pattern.LastIndexOf('}', pattern.Length - gap.Length - 1);
            return joint < 0 ? pattern : pattern[..(joint + 1)];
        }

        if (pattern.StartsWith(gap, StringComparison.Ordinal))
        {
            var joint = pattern.IndexOf('{', gap.Length);
            return joint < 0 ? pattern : pattern[joint..];
        }

        return pattern;
    }
}
