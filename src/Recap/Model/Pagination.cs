namespace Recap.Model;

/// <summary>
/// A conference's, speaker's or topic's talks split into pages of <c>options.talks_per_page</c>, as
/// Hugo and Zola split a long list: the first page at its own URL, the next ones under it at
/// <c>page/2/</c>, <c>page/3/</c>, ...
/// </summary>
internal static class Pagination
{
    /// <summary>How many pages <paramref name="items"/> take, <paramref name="perPage"/> to a page; 0 or less puts them all on one.</summary>
    public static int PagesFor(int items, int perPage) =>
        perPage <= 0 || items <= perPage ? 1 : (items + perPage - 1) / perPage;

    /// <summary>The site path of page <paramref name="number"/> of the list at <paramref name="sitePath"/> (which ends in <c>/</c>).</summary>
    public static string PathOf(string sitePath, int number) =>
        number == 1 ? sitePath : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{sitePath}page/{number}/");

    /// <summary>
    /// The items of page <paramref name="number"/> of <paramref name="count"/>, <paramref name="perPage"/>
    /// to a page; all of them when they are not split (one page, whatever their number).
    /// </summary>
    public static IReadOnlyList<T> Slice<T>(IReadOnlyList<T> items, int number, int count, int perPage) =>
        count == 1 ? items : [.. items.Skip((number - 1) * perPage).Take(perPage)];
}
