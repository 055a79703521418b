namespace Recap.Tests.Support;

/// <summary>
/// The cases of a data-driven test. NUnit runs a <c>[TestCaseSource]</c> that yields nothing as no
/// test at all, so a spec file that is no longer read, or a sample that no longer builds, would
/// pass unnoticed. A source that throws shows as one failing test, named after the test method.
/// </summary>
internal static class TestCases
{
    /// <summary>Yields <paramref name="cases"/>, and throws when there were none.</summary>
    /// <param name="cases">The cases, read lazily.</param>
    /// <param name="from">Where they come from, for the message: a file, a folder, a list.</param>
    public static IEnumerable<T> AtLeastOne<T>(this IEnumerable<T> cases, string from)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var found = false;
        foreach (var item in cases)
        {
            found = true;
            yield return item;
        }

        if (!found)
        {
            throw new InvalidOperationException($"The test source found no cases in {from}.");
        }
    }
}
