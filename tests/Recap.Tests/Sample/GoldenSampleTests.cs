using Recap.Tests.Support;

namespace Recap.Tests.Sample;

/// <summary>
/// Every file of the built sample site against <c>Golden/sample/</c>, line endings normalised.
/// <c>UPDATE_GOLDEN=1 dotnet test</c> rewrites them; review the diff before committing it.
/// Social cards are images, checked by <see cref="SampleCardTests"/> instead.
/// </summary>
public sealed class GoldenSampleTests
{
    private static readonly string GoldenRoot = Path.Combine(Repository.Root, "tests", "Recap.Tests", "Golden", "sample");

    private static readonly HashSet<string> BinaryExtensions = new(StringComparer.Ordinal) { ".png", ".ico", ".woff2" };

    private static bool Updating => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

    public static IEnumerable<TestCaseData> Files()
    {
        var site = SampleSite.Build();
        return TextFiles(site).Select(file => new TestCaseData(file).SetName("Golden " + file)).AtLeastOne(site.Output);
    }

    [OneTimeSetUp]
    public void RemoveStaleGoldenFiles()
    {
        if (!Updating || !Directory.Exists(GoldenRoot))
        {
            return;
        }

        var built = TextFiles(SampleSite.Build()).ToHashSet(StringComparer.Ordinal);
        foreach (var golden in Folder.Files(GoldenRoot).Where(g => !built.Contains(g)))
        {
            File.Delete(Path.Combine(GoldenRoot, golden));
        }
    }

    [TestCaseSource(nameof(Files))]
    public void BuiltFileMatchesItsGoldenCopy(string file)
    {
        var actual = Normalize(File.ReadAllText(Path.Combine(SampleSite.Build().Output, file)));
        var goldenPath = Path.Combine(GoldenRoot, file);
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(goldenPath)!);
            File.WriteAllText(goldenPath, actual);
            Assert.Pass("golden file written");
        }

        Assert.That(File.Exists(goldenPath), Is.True, $"no golden copy of {file}: run UPDATE_GOLDEN=1 dotnet test and review the diff");
        Assert.That(actual, Is.EqualTo(Normalize(File.ReadAllText(goldenPath))), $"{file} changed: if that is intended, run UPDATE_GOLDEN=1 dotnet test and review the diff");
    }

    [Test]
    public void EveryGoldenFileIsStillBuilt()
    {
        var built = TextFiles(SampleSite.Build()).ToHashSet(StringComparer.Ordinal);
        Assert.That(Folder.Files(GoldenRoot).Where(g => !built.Contains(g)), Is.Empty, "golden files of pages the sample no longer builds");
    }

    /// <summary>Every file but the binary ones: the social cards, the theme's icons and its fonts.</summary>
    private static IEnumerable<string> TextFiles(SampleSite site) =>
        site.Files().Where(f => !BinaryExtensions.Contains(Path.GetExtension(f)));

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
