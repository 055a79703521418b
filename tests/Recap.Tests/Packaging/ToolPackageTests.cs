using System.IO.Compression;
using Recap.Tests.Support;

namespace Recap.Tests.Packaging;

/// <summary>
/// The tool package as a user gets it: packed, installed into a tool path of its own, then run on
/// the sample site and on an export to import.
/// </summary>
public sealed class ToolPackageTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("recap-package-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void PackedToolInstallsBuildsTheSampleWithCardsAndHighlightedCodeAndImports()
    {
        var packages = Path.Combine(_folder, "packages");
        Run("dotnet", ["pack", Path.Combine(Repository.Root, "src/Recap.Cli"), "-c", "Release", "-o", packages]);
        var package = Directory.GetFiles(packages, "Recap.Cli.*.nupkg").Single();
        Assert.That(NativePlatforms(package), Is.EqualTo(new[]
        {
            "linux-arm64/native/libHarfBuzzSharp.so", "linux-arm64/native/libSkiaSharp.so", "linux-arm64/native/libonigwrap.so",
            "linux-x64/native/libHarfBuzzSharp.so", "linux-x64/native/libSkiaSharp.so", "linux-x64/native/libonigwrap.so",
            "osx-arm64/native/libonigwrap.dylib", "osx-x64/native/libonigwrap.dylib",
            "osx/native/libHarfBuzzSharp.dylib", "osx/native/libSkiaSharp.dylib",
            "win-x64/native/libHarfBuzzSharp.dll", "win-x64/native/libSkiaSharp.dll", "win-x64/native/libonigwrap.dll",
        }));
        Assert.That(new FileInfo(package).Length, Is.LessThan(40 * 1024 * 1024), "the package stays under 40 MB");

        // Only the package just made: no feed is asked.
        var config = Path.Combine(_folder, "nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{packages}" />
              </packageSources>
            </configuration>
            """);
        var tools = Path.Combine(_folder, "tools");
        Run("dotnet", ["tool", "install", "--tool-path", tools, "--configfile", config, "Recap.Cli", "--version", PackageVersion(package)]);
        var recap = Path.Combine(tools, OperatingSystem.IsWindows() ? "recap.exe" : "recap");

        var site = Path.Combine(_folder, "site");
        CopyFolder(Path.Combine(Repository.Root, "content"), Path.Combine(site, "content"));
        File.AppendAllText(Path.Combine(site, "content/conferences/dotscale-2018/talks/istio.md"), "\n```yaml\nkind: VirtualService # routes\n```\n\n```kotlin\nval mesh = \"istio\"\n```\n");
        var build = Run(recap, ["build", "--source", site]);
        Assert.That(build, Does.StartWith("Built 57 pages (1 conference, 11 talks, 11 speakers, 27 topics)"));
        Assert.That(File.Exists(Path.Combine(site, "_site/dotscale-2018/istio/card.png")), Is.True, "cards are drawn");
        Assert.That(File.ReadAllText(Path.Combine(site, "_site/dotscale-2018/istio/index.html")), Does.Contain("""
            <span class="code-lang">YAML</span><pre tabindex="0"><code class="language-yaml"><span class="hl-property">kind</span>
            """), "code is highlighted, with the native regular expression library of this platform");
        Assert.That(File.ReadAllText(Path.Combine(site, "_site/dotscale-2018/istio/index.html")), Does.Contain("""
            <span class="code-lang">Kotlin</span><pre tabindex="0"><code class="language-kotlin"><span class="hl-keyword">val </span>
            """), "the grammars Recap carries are in the package");

        var export = Path.Combine(_folder, "schedule.json");
        File.WriteAllText(export, """
            {"schedule": {"version": "1", "conference": {"acronym": "democon", "title": "DemoCon 2024", "start": "2024-05-10", "end": "2024-05-10",
              "days": [{"index": 1, "date": "2024-05-10", "rooms": {"Saal 1": [
                {"id": 1, "guid": "g1", "date": "2024-05-10T10:00:00+02:00", "start": "10:00", "duration": "0:30", "room": "Saal 1", "title": "Packed", "persons": [{"id": 7, "public_name": "Zoë Ångström"}]}
              ]}}]}}}
            """);
        Run(recap, ["import", export, "--source", site, "--quiet"]);
        Assert.That(Run(recap, ["build", "--source", site]), Does.StartWith("Built 60 pages (2 conferences, 12 talks, 12 speakers, 27 topics)"));

        // A real export, where a checkout keeps the collection of them beside the repository.
        if (RealExport("ical/pyconuk2015.schedule.ics") is { } pyconUk)
        {
            Run(recap, ["import", pyconUk, "--source", site, "--quiet"]);
            Assert.That(Run(recap, ["build", "--source", site]), Does.StartWith("Built 281 pages (3 conferences, 160 talks, 80 speakers, 27 topics)"));
        }
    }

    [Test]
    public void PackageCarriesItsLicenceReadmeIconAndTags()
    {
        var packages = Path.Combine(_folder, "packages");
        Run("dotnet", ["pack", Path.Combine(Repository.Root, "src/Recap.Cli"), "-c", "Release", "-o", packages]);
        using var zip = ZipFile.OpenRead(Directory.GetFiles(packages, "Recap.Cli.*.nupkg").Single());
        using var reader = new StreamReader(zip.GetEntry("Recap.Cli.nuspec")!.Open());
        var nuspec = System.Xml.Linq.XDocument.Parse(reader.ReadToEnd()).Root!;
        var metadata = nuspec.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

        Assert.Multiple(() =>
        {
            Assert.That(Value("license"), Is.EqualTo("MIT"));
            Assert.That(Value("readme"), Is.EqualTo("README.md"));
            Assert.That(Value("icon"), Is.EqualTo("icon.png"));
            Assert.That(Value("tags"), Does.Contain("static-site-generator"));
            Assert.That(zip.GetEntry("README.md"), Is.Not.Null);
            Assert.That(zip.GetEntry("icon.png"), Is.Not.Null);
            Assert.That(zip.GetEntry("grammars-NOTICE.md"), Is.Not.Null, "the licences of the grammars the engine carries");
        });
    }

    /// <summary>
    /// A file of the collection of real exports (<c>shared/import-samples</c>) in a folder above the
    /// repository, or null where there is none.
    /// </summary>
    private static string? RealExport(string path)
    {
        for (var directory = new DirectoryInfo(Repository.Root).Parent; directory is not null; directory = directory.Parent)
        {
            var file = Path.Combine(directory.FullName, "shared", "import-samples", path);
            if (File.Exists(file))
            {
                return file;
            }
        }

        TestContext.Out.WriteLine($"No shared/import-samples/{path} above the repository: the real export is not imported.");
        return null;
    }

    /// <summary>The native files under <c>runtimes/</c> of the package, from the platform folder on.</summary>
    private static List<string> NativePlatforms(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        return [.. zip.Entries
            .Select(e => e.FullName)
            .Where(n => n.Contains("/runtimes/", StringComparison.Ordinal))
            .Select(n => n[(n.IndexOf("/runtimes/", StringComparison.Ordinal) + "/runtimes/".Length)..])
            .Order(StringComparer.Ordinal)];
    }

    /// <summary><c>Recap.Cli.0.1.0.nupkg</c> is version <c>0.1.0</c>.</summary>
    private static string PackageVersion(string package) => Path.GetFileNameWithoutExtension(package)["Recap.Cli.".Length..];

    /// <summary>Runs a program to its end and returns its standard output; fails the test, with both outputs, when it fails.</summary>
    private static string Run(string program, string[] arguments)
    {
        var (exitCode, stdout, stderr) = Programs.Run(program, arguments, environment: new Dictionary<string, string?> { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_NOLOGO"] = "1" });
        Assert.That(exitCode, Is.Zero, $"{program} {string.Join(' ', arguments)}\n{stdout}\n{stderr}");
        return stdout;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
