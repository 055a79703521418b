// Build tasks, run with ./build.sh [--target=Test] (build.ps1 on Windows): it restores Cake from
// dotnet-tools.json, then runs this script with the arguments it was given.
#nullable enable
using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Xml.Linq;

var target = Argument("target", "Test");
var configuration = Argument("configuration", "Release");

// One TRX file per test project, emptied before each run; git ignores artifacts/.
var testResults = Directory("./artifacts/test-results");

Task("Clean")
    .Does(() =>
{
    CleanDirectories("./src/**/bin");
    CleanDirectories("./src/**/obj");
    CleanDirectories("./tests/**/bin");
    CleanDirectories("./tests/**/obj");
    CleanDirectory("./_site");
    CleanDirectory(testResults);
});

Task("Build")
    .Does(() =>
{
    DotNetBuild("./Generator.sln", new DotNetBuildSettings { Configuration = configuration });
});

// What the tests need besides the .NET SDK. On Debian as root, installs what is missing with
// apt-get; anywhere else, stops at once with one message saying what to install, rather than
// letting the tests fail one by one for the same reason.
Task("Prerequisites")
    .Does(() =>
{
    var missing = TestNeeds().Where(need => !need.IsThere()).ToList();
    if (missing.Count > 0 && !CanInstall())
    {
        throw new CakeException(MissingMessage(missing));
    }

    if (missing.Count > 0)
    {
        foreach (var need in missing)
        {
            Information($"Installing {need.Package}: {need.What}, {need.Why}");
        }

        AptGet("update");
        AptGet("install -y --no-install-recommends " + string.Join(" ", missing.Select(need => need.Package)));
        var still = missing.Where(need => !need.IsThere()).ToList();
        if (still.Count > 0)
        {
            throw new CakeException("Still missing after apt-get install: " + string.Join(", ", still.Select(need => need.What)) + ".");
        }
    }

    // The Nu HTML Checker (a jar) and action-validator come from npm, pinned by package-lock.json.
    if (!FileExists("./node_modules/vnu-jar/build/dist/vnu.jar") || !FileExists("./node_modules/@action-validator/cli/cli.mjs"))
    {
        Information("Restoring vnu.jar (the Nu HTML Checker) and action-validator with npm ci");
        if (StartProcess(IsRunningOnWindows() ? "npm.cmd" : "npm", "ci --no-audit --no-fund --ignore-scripts") != 0)
        {
            throw new CakeException("npm ci failed: see its output above.");
        }
    }
});

Task("Test")
    .IsDependentOn("Prerequisites")
    .IsDependentOn("Build")
    .Does(() =>
{
    CleanDirectory(testResults);
    var exitCode = 0;
    DotNetTest("./Generator.sln", new DotNetTestSettings
    {
        Configuration = configuration,
        NoBuild = true,
        ResultsDirectory = testResults,
        Loggers = new List<string> { "trx" },
        HandleExitCode = code =>
        {
            exitCode = code;
            return true;
        },
    });

    var files = GetFiles($"{testResults}/*.trx");
    var counts = files.Select(file => TestCounts.Read(file.FullPath)).Aggregate(new TestCounts(0, 0, 0), (sum, next) => sum + next);
    Information($"Test results: {files.Count} TRX files in {testResults}");
    Information(counts.ToString());
    if (counts.Failed > 0)
    {
        throw new CakeException($"{counts.Failed} {(counts.Failed == 1 ? "test" : "tests")} failed.");
    }

    // A test host that dies (killed, out of memory, a crash) writes no results, and dotnet test
    // may still exit 0: every test project must have left its TRX file.
    var projects = GetFiles("./tests/*/*.Tests.csproj").Count;
    if (exitCode != 0 || files.Count < projects)
    {
        throw new CakeException($"dotnet test failed (exit code {exitCode}; results from {files.Count} of {projects} test projects) without a failing test: a test run stopped early, see its output above.");
    }
});

// Builds the sample site into _site/ and fails on any error or warning.
Task("Site")
    .IsDependentOn("Build")
    .Does(() =>
{
    var exitCode = StartProcess("dotnet", new ProcessSettings
    {
        Arguments = $"src/Recap.Cli/bin/{configuration}/net10.0/Recap.Cli.dll build",
        RedirectStandardOutput = true,
        RedirectStandardError = true,
    }, out var output, out var errors);
    foreach (var line in output)
    {
        Information(line);
    }

    var messages = errors?.ToList() ?? new List<string>();
    foreach (var line in messages)
    {
        Error(line);
    }

    if (exitCode != 0 || messages.Count > 0)
    {
        throw new Exception("The sample site must build with no errors and no warnings.");
    }
});

// Times whole builds of the sample and of a 1,000-talk corpus (median of 5).
Task("Bench")
    .Does(() =>
{
    foreach (var arguments in new[] { "--sample", "--talks 1000" })
    {
        if (StartProcess("bash", $"bench/build-time.sh {arguments}") != 0)
        {
            throw new Exception("bench/build-time.sh failed");
        }
    }
});

Task("CI")
    .IsDependentOn("Test")
    .IsDependentOn("Site");

RunTarget(target);

/// <summary>
/// Something the tests need, why, the Debian package that brings it, what to do on Windows or
/// macOS instead, and how to tell it is there.
/// </summary>
record TestNeed(string What, string Why, string Package, string Elsewhere, Func<bool> IsThere);

IEnumerable<TestNeed> TestNeeds()
{
    yield return new("Chromium (/usr/bin/chromium)", "for the browser tests", "chromium",
        "the browser tests drive Debian's Chromium: run them on Debian, in WSL or a container", () => IsProgram("/usr/bin/chromium"));
    yield return new("Java 17+ (java)", "for the Nu HTML Checker", "openjdk-17-jre-headless",
        IsRunningOnWindows() ? "winget install Microsoft.OpenJDK.17" : "brew install openjdk@17", () => JavaVersion() >= 17);
    var node = IsRunningOnWindows() ? "winget install OpenJS.NodeJS.LTS" : "brew install node";
    yield return new("Node.js (node)", "to restore vnu.jar with npm", "nodejs", node, () => OnPath("node"));
    yield return new("npm", "to restore vnu.jar", "npm", node, () => OnPath("npm"));
    if (IsRunningOnLinux())
    {
        // Skia finds fallback fonts through fontconfig; the fallback tests draw Hebrew in DejaVu Sans.
        yield return new("fontconfig (fc-list)", "for the social card tests", "fontconfig", "", () => OnPath("fc-list"));
        yield return new("DejaVu Sans", "for the social card tests", "fonts-dejavu-core", "", () => Output("fc-list", "")?.Contains("DejaVuSans") == true);
        // The theme draws text in Arial's metric twin until Inter arrives, so that nothing moves
        // when it does; without it Chromium falls back to another font, and the page shifts.
        yield return new("Liberation Sans", "for the browser tests", "fonts-liberation", "", () => Output("fc-list", "")?.Contains("LiberationSans") == true);
        // dotnet publish -r compiles the tool with Native AOT, which links the program with the
        // platform's C toolchain (clang, or gcc where there is no clang).
        yield return new("a C compiler (clang or gcc)", "for the published tool's tests", "gcc", "", () => OnPath("clang") || OnPath("gcc"));
    }
}

/// <summary>apt-get is there to use: Debian, or a relative of it, as root.</summary>
bool CanInstall() => IsRunningOnLinux() && Environment.IsPrivilegedProcess && OnPath("apt-get");

string MissingMessage(IReadOnlyList<TestNeed> missing)
{
    var what = "Missing for the tests: " + string.Join(", ", missing.Select(need => need.What)) + ".";
    if (!IsRunningOnLinux())
    {
        return what + " " + string.Join("; ", missing.Select(need => need.Elsewhere).Distinct()) + ".";
    }

    var packages = string.Join(" ", missing.Select(need => need.Package));
    return what + $" Install: sudo apt-get install --no-install-recommends {packages} (as root, ./build.sh installs them itself).";
}

void AptGet(string arguments)
{
    Information($"apt-get {arguments}");
    var settings = new ProcessSettings
    {
        Arguments = "-qq " + arguments,
        EnvironmentVariables = new Dictionary<string, string> { ["DEBIAN_FRONTEND"] = "noninteractive" },
        RedirectStandardOutput = true,
        RedirectStandardError = true,
    };

    // apt-get's progress is noise when it works, and the reason when it does not.
    if (StartProcess("apt-get", settings, out var output, out var errors) != 0)
    {
        foreach (var line in output.Concat(errors))
        {
            Error(line);
        }

        throw new CakeException($"apt-get {arguments} failed.");
    }
}

/// <summary>The major version <c>java -version</c> prints, or 0 without Java.</summary>
int JavaVersion()
{
    // openjdk version "17.0.15" 2025-04-15, or java version "1.8.0_412" before Java 9.
    var match = Regex.Match(Output("java", "-version") ?? "", "version \"(\\d+)(?:\\.(\\d+))?");
    if (!match.Success)
    {
        return 0;
    }

    var major = int.Parse(match.Groups[1].Value);
    return major == 1 && match.Groups[2].Success ? int.Parse(match.Groups[2].Value) : major;
}

bool OnPath(string program) =>
    (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .SelectMany(folder => IsRunningOnWindows()
            ? new[] { ".exe", ".cmd" }.Select(extension => System.IO.Path.Combine(folder, program + extension))
            : new[] { System.IO.Path.Combine(folder, program) })
        .Any(IsProgram);

bool IsProgram(string path) =>
    System.IO.File.Exists(path)
    && (IsRunningOnWindows() || (System.IO.File.GetUnixFileMode(path) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0);

/// <summary>What a program prints on both streams, or null when it is not installed.</summary>
string? Output(string program, string arguments)
{
    if (!OnPath(program))
    {
        return null;
    }

    var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
    using var process = Process.Start(start)!;
    var output = process.StandardOutput.ReadToEndAsync();
    var errors = process.StandardError.ReadToEnd();
    process.WaitForExit();
    return output.Result + errors;
}

/// <summary>
/// What a TRX file's Counters say. NUnit's ignored, inconclusive and explicit tests are written
/// with the outcome NotExecuted but left out of the notExecuted counter: they are counted in the
/// total only, so skipped is what neither passed nor failed.
/// </summary>
record TestCounts(int Passed, int Failed, int Skipped)
{
    public static TestCounts Read(string trx)
    {
        XNamespace ns = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";
        var counters = XDocument.Load(trx).Descendants(ns + "Counters").Single();
        int Count(string name) => (int?)counters.Attribute(name) ?? 0;
        var passed = Count("passed");
        var failed = Count("failed") + Count("error") + Count("timeout") + Count("aborted");
        return new TestCounts(passed, failed, Count("total") - passed - failed);
    }

    public static TestCounts operator +(TestCounts a, TestCounts b) => new(a.Passed + b.Passed, a.Failed + b.Failed, a.Skipped + b.Skipped);

    public override string ToString() => $"{Passed} passed, {Failed} failed, {Skipped} skipped";
}
