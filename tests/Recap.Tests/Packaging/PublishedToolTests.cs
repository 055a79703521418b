using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Recap.Cli;
using Recap.Tests.Support;

namespace Recap.Tests.Packaging;

/// <summary>
/// The tool published for this platform (<c>dotnet publish -r</c>), which Native AOT compiles to
/// one program without the JIT or the trimmed-away reflection the rest of the tests run with: it
/// must print and write, byte for byte, what the code under test does in-process.
/// </summary>
[NonParallelizable]
public sealed partial class PublishedToolTests
{
    private string _folder = null!;
    private string _recap = null!;

    [OneTimeSetUp]
    public void Publish()
    {
        _folder = Directory.CreateTempSubdirectory("recap-published-").FullName;
        var output = Path.Combine(_folder, "tool");
        Run("dotnet", ["publish", Path.Combine(Repository.Root, "src/Recap.Cli"), "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier, "-o", output]);
        _recap = Path.Combine(output, OperatingSystem.IsWindows() ? "Recap.Cli.exe" : "Recap.Cli");
    }

    [OneTimeTearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void PublishIsOneNativeProgram()
    {
        var files = Directory.GetFiles(Path.GetDirectoryName(_recap)!).Select(Path.GetFileName).ToList();

        Assert.That(files, Does.Contain(Path.GetFileName(_recap)));
        Assert.That(files.Where(f => f!.EndsWith(".dll", StringComparison.Ordinal) && !f.StartsWith("lib", StringComparison.Ordinal)), Is.Empty,
            "no assembly for the JIT: Recap and its libraries are compiled into the program (native libraries aside)");
        Assert.That(Tool("--version"), Is.EqualTo(InProcess("--version")));
    }

    [Test]
    public void BuildsTheSampleAsTheTestedCodeDoes()
    {
        // Code in each of the grammars' families, so that the native regular expressions run.
        var extra = """

            ```csharp
            var talks = site.Talks.Where(t => t.Speakers.Count > 1).ToList(); // "many"
            ```

            ```yaml
            kind: VirtualService # routes
            ```

            ```bash
            for f in *.md; do echo "$f"; done
            ```
            """;
        var tool = CopySample("tool", extra);
        var tested = CopySample("tested", extra);

        var published = Tool("build", "--source", tool);
        var expected = InProcess("build", "--source", tested);

        Assert.That(Normalise(published.Stdout, tool), Is.EqualTo(Normalise(expected.Stdout, tested)));
        Assert.That(published.Stderr, Is.EqualTo(expected.Stderr));
        Assert.That(published.ExitCode, Is.Zero, published.Stderr);
        AssertSameFiles(Path.Combine(tool, "_site"), Path.Combine(tested, "_site"));
        Assert.That(File.ReadAllText(Path.Combine(tool, "_site/dotscale-2018/istio/index.html")), Does.Contain("""<span class="hl-property">kind</span>"""), "code is highlighted");
    }

    [Test]
    public void ReportsFrontMatterMistakesAsTheTestedCodeDoes()
    {
        // Each kind of value the binder makes by reflection: text, lists, a list of mappings, an enum, dates, times, numbers.
        const string Files = Sites.Config + """

            -- content/conferences/c/index.md --
            ---
            name: Conf
            start: 2024-05-02
            end: 2024-05-03
            tags: [a]
            ---
            -- content/conferences/c/talks/good.md --
            ---
            title: Good
            date: 2024-05-02
            time: "14:30"
            speakers: [Ada Lovelace]
            topics: [C#, C++]
            format: Lightning
            links:
              - title: Notes
                url: https://example.com/notes
            ---
            Body.
            -- content/conferences/c/talks/bad.md --
            ---
            title: [not, text]
            date: 2024-13-40
            time: half past two
            speakers: Ada Lovelace & Charles Babbage
            format: Lightning Talk
            links:
              - https://example.com
              - title: No address
            duration: forever
            ---
            Body.
            """;
        using var tested = TestSite.Create(Files);
        using var tool = TestSite.Create(Files);

        var published = Tool("build", "--source", tool.Root);
        tested.Run();

        Assert.That(published.ExitCode, Is.EqualTo(tested.ExitCode).And.Not.Zero);
        Assert.That(published.Stderr.Replace(tool.Root, "<site>", StringComparison.Ordinal), Is.EqualTo(tested.Stderr.Replace(tested.Root, "<site>", StringComparison.Ordinal)));
        Assert.That(published.Stderr, Does.Contain("unknown format 'Lightning Talk' (did you mean 'lightning'?)"));
    }

    [Test]
    public void ImportsAsTheTestedCodeDoes()
    {
        var export = Path.Combine(_folder, "schedule.json");
        File.WriteAllText(export, """
            {"schedule": {"version": "1", "conference": {"acronym": "democon", "title": "DemoCon 2024", "start": "2024-05-10", "end": "2024-05-11",
              "days": [{"index": 1, "date": "2024-05-10", "rooms": {"Saal 1": [
                {"id": 1, "guid": "g1", "date": "2024-05-10T10:00:00+02:00", "start": "10:00", "duration": "0:30", "room": "Saal 1", "title": "Packed", "abstract": "<p>An <b>abstract</b><script>x()</script></p>", "persons": [{"id": 7, "public_name": "Zoë Ångström"}]},
                {"id": 2, "guid": "g2", "date": "2024-05-10T11:00:00+02:00", "start": "11:00", "duration": "1:00", "room": "Saal 1", "title": "Ölkännchen", "type": "workshop", "persons": [{"id": 8, "public_name": "山田 太郎"}]}
              ]}}]}}}
            """);
        var tool = CopySample("tool", "");
        var tested = CopySample("tested", "");

        var published = Tool("import", export, "--source", tool);
        var expected = InProcess("import", export, "--source", tested);

        Assert.That(published.Stdout, Is.EqualTo(expected.Stdout));
        Assert.That(published.ExitCode, Is.Zero, published.Stderr);
        AssertSameFiles(Path.Combine(tool, "content"), Path.Combine(tested, "content"));
        Assert.That(Tool("build", "--source", tool).ExitCode, Is.Zero);
        Assert.That(InProcess("build", "--source", tested).ExitCode, Is.Zero);
        Assert.That(File.ReadAllText(Path.Combine(tool, "_site/democon/programme.ics")), Does.Contain("SUMMARY:Packed"), "the calendar is written");
        AssertSameFiles(Path.Combine(tool, "_site"), Path.Combine(tested, "_site"));
    }

    [Test]
    public void ServesAndTellsPagesOfTheBuild()
    {
        var site = CopySample("served", "");
        var start = new ProcessStartInfo(_recap, ["serve", "--source", site, "--port", "0"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var serve = Process.Start(start)!;
        try
        {
            var serving = ReadLineWith(serve.StandardOutput, "Serving ");
            var address = ServingPattern().Match(serving).Groups[1].Value;
            using var http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(30) };

            var home = http.GetStringAsync("/").Result;
            Assert.That(home, Does.Contain("<title>Conference Notes</title>"));
            using var events = new StreamReader(http.GetStreamAsync("/__recap/events").Result);
            var data = ReadLineWith(events, "data: ");
            Assert.That(data, Does.StartWith("""data: {"ok":true,"everything":true,"stylesOnly":false,"pages":["/404.html","""));
            Assert.That(data, Does.EndWith(""","problems":"","initial":true}"""), "the build event is written as JSON by code made at compile time");
        }
        finally
        {
            serve.Kill(entireProcessTree: true);
            serve.WaitForExit();
        }
    }

    [Test]
    [Platform("Linux", Reason = "counts the process's inotify watches in /proc")]
    public void WatchesTheSiteAndNotTheFolderItIsStartedIn()
    {
        var site = CopySample("served", "");
        var home = Path.Combine(_folder, TestContext.CurrentContext.Test.MethodName!, "home");
        for (var i = 0; i < 300; i++)
        {
            Directory.CreateDirectory(Path.Combine(home, $"project-{i}", "src"));
        }

        var start = new ProcessStartInfo(_recap, ["serve", "--source", site, "--port", "0"]) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = home };
        using var serve = Process.Start(start)!;
        try
        {
            ReadLineWith(serve.StandardOutput, " Built ");
            var watches = Directory.EnumerateFiles($"/proc/{serve.Id}/fdinfo")
                .Sum(fd => File.ReadLines(fd).Count(line => line.StartsWith("inotify wd:", StringComparison.Ordinal)));

            Assert.That(watches, Is.EqualTo(Directory.GetDirectories(site, "*", SearchOption.AllDirectories).Length + 1),
                "one watch for each folder of the site: none for the 601 folders of the working folder");
        }
        finally
        {
            serve.Kill(entireProcessTree: true);
            serve.WaitForExit();
        }
    }

    /// <summary>A copy of the sample site, with <paramref name="extra"/> added to one talk's body.</summary>
    private string CopySample(string name, string extra)
    {
        var site = Path.Combine(_folder, TestContext.CurrentContext.Test.MethodName!, name);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repository.Root, "content"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(site, "content", Path.GetRelativePath(Path.Combine(Repository.Root, "content"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        File.AppendAllText(Path.Combine(site, "content/conferences/dotscale-2018/talks/istio.md"), extra);
        return site;
    }

    private static void AssertSameFiles(string actual, string expected)
    {
        var files = Folder.Files(expected);
        Assert.That(Folder.Files(actual), Is.EqualTo(files));
        var different = files.Where(f => !File.ReadAllBytes(Path.Combine(actual, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(expected, f)))).ToList();
        Assert.That(different, Is.Empty, "files that differ, of " + files.Count);
    }

    /// <summary>The summary line with the site's folder and the time taken left out.</summary>
    private static string Normalise(string stdout, string site) =>
        TimePattern().Replace(stdout.Replace(site, "<site>", StringComparison.Ordinal), " in <time> ms.");

    private static string ReadLineWith(StreamReader reader, string text)
    {
        var read = reader.ReadLineAsync();
        for (var lines = 0; lines < 1000; lines++)
        {
            Assert.That(read.Wait(TimeSpan.FromSeconds(60)), Is.True, $"no line with '{text}' within a minute");
            if (read.Result is null)
            {
                Assert.Fail($"the output ended before a line with '{text}'");
            }

            if (read.Result!.Contains(text, StringComparison.Ordinal))
            {
                return read.Result;
            }

            read = reader.ReadLineAsync();
        }

        Assert.Fail($"no line with '{text}' in the first 1000");
        return "";
    }

    private (int ExitCode, string Stdout, string Stderr) Tool(params string[] arguments) =>
        Programs.Run(_recap, arguments);

    private static (int ExitCode, string Stdout, string Stderr) InProcess(params string[] arguments)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = RecapCommand.Run(arguments, stdout, stderr);
        return (exitCode, stdout.ToString(), stderr.ToString());
    }

    private static void Run(string program, string[] arguments)
    {
        var (exitCode, stdout, stderr) = Programs.Run(program, arguments, environment: new Dictionary<string, string?> { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_NOLOGO"] = "1" });
        Assert.That(exitCode, Is.Zero, $"{program} {string.Join(' ', arguments)}\n{stdout}\n{stderr}");
    }

    [GeneratedRegex(@" in \d+ ms\.")]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"Serving (http://\S+/)")]
    private static partial Regex ServingPattern();
}
