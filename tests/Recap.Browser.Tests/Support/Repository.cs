namespace Recap.Browser.Tests.Support;

/// <summary>Paths in the repository the tests run from.</summary>
internal static class Repository
{
    /// <summary>The folder holding <c>Generator.sln</c>, which is also the root of the sample site.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Generator.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Generator.sln not found above the test folder.");
    }
}
