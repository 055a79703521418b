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
/// <param name="DaysInYear">First day, its month, the last date: <c>{0} {1} – {2}</c>, "30 June – 2 July 2018".</param>
/// <param name="Range">The first date, the last: <c>{0} – {1}</c>, "2018 – 2019".</param>
public sealed record DateWords(IReadOnlyList<string> Months, string Day, string Month, string DaysInMonth, string DaysInYear, string Range)
{
    public static DateWords English { get; } = new(
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        "{0} {1} {2}",
        "{0} {1}",
        "{0}–{1} {2} {3}",
        "{0} {1} – {2}",
        "{0} – {1}");

    public string MonthName(int month) => Months[month - 1];

    /// <summary>Whether a date ends in its year, after the month and a space, so that leaving " 2018" off leaves the day and month ("19 April", "19. April").</summary>
    public bool EndsWithYear => Day.EndsWith("{1} {2}", StringComparison.Ordinal) && DaysInMonth.EndsWith("{2} {3}", StringComparison.Ordinal);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
