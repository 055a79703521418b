// Build tasks, run with: dotnet tool restore && dotnet cake [--target=Test]
var target = Argument("target", "Test");
var configuration = Argument("configuration", "Release");

Task("Clean")
    .Does(() =>
{
    CleanDirectories("./src/**/bin");
    CleanDirectories("./src/**/obj");
    CleanDirectories("./tests/**/bin");
    CleanDirectories("./tests/**/obj");
    CleanDirectory("./_site");
});

Task("Build")
    .Does(() =>
{
    DotNetBuild("./Generator.sln", new DotNetBuildSettings { Configuration = configuration });
});

Task("Test")
    .IsDependentOn("Build")
    .Does(() =>
{
    DotNetTest("./Generator.sln", new DotNetTestSettings { Configuration = configuration, NoBuild = true });
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
