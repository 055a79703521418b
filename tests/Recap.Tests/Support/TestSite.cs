using System.Text;
using System.Text.RegularExpressions;
using Recap.Cli;

namespace Recap.Tests.Support;

/// <summary>
/// A site written from one string holding several files (<c>-- path --</c> then the file's text),
/// built with the real <c>recap build</c> command in a temporary folder.
/// </summary>
internal sealed partial class TestSite : IDisposable
{
    private TestSite(string root) => Root = root;

    /// <summary>The site root: the folder holding <c>content/</c>.</summary>
    public string Root { get; }

    public string Output => Path.Combine(Root, "_site");

    public int ExitCode { get; private set; }

    public string Stdout { get; private set; } = string.Empty;

    public string Stderr { get; private set; } = string.Empty;

    /// <summary>Writes the files and runs <c>recap build</c> with <paramref name="arguments"/>.</summary>
    public static TestSite Build(string files, params string[] arguments)
    {
        var site = Create(files);
        site.Run(arguments);
        return site;
    }

    /// <summary>Writes the files without building.</summary>
    public static TestSite Create(string files)
    {
        var root = Path.Combine(Path.GetTempPath(), "recap-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        var site = new TestSite(root);
        site.Write(files);
        return site;
    }

    /// <summary>Writes (or overwrites) files.</summary>
    public void Write(string files)
    {
        foreach (var (path, text) in Parse(files))
        {
            var full = Path.Combine(Root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text, new UTF8Encoding(false));
        }
    }

    /// <summary>Runs <c>recap build --source ROOT</c> plus <paramref name="arguments"/>.</summary>
    public TestSite Run(params string[] arguments) => Execute(["build", "--source", Root, .. arguments]);

    /// <summary>Runs <c>recap check --source ROOT</c> plus <paramref name="arguments"/> on the files as they are.</summary>
    public TestSite Check(params string[] arguments) => Execute(["check", "--source", Root, .. arguments]);

    /// <summary>Runs <c>recap</c> with <paramref name="arguments"/> as they are (give <c>--source</c> yourself).</summary>
    public TestSite Command(params string[] arguments) => Execute(arguments);

    /// <summary>The text of a file of the site's source, such as <c>content/speakers/ada.md</c>.</summary>
    public string ReadSource(string path) => File.ReadAllText(Path.Combine(Root, path));

    /// <summary>Every file of the site's source below <paramref name="folder"/> with its text, to compare before and after.</summary>
    public IReadOnlyDictionary<string, string> SourceFiles(string folder = "content") =>
        Folder.Files(Path.Combine(Root, folder)).ToDictionary(f => f, f => File.ReadAllText(Path.Combine(Root, folder, f)), StringComparer.Ordinal);

    private TestSite Execute(string[] arguments)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        ExitCode = RecapCommand.Run(arguments, stdout, stderr);
        Stdout = stdout.ToString();
        Stderr = stderr.ToString();
        return this;
    }

    public string ReadFile(string path)
    {
        var full = Path.Combine(Output, path);
        Assert.That(File.Exists(full), Is.True, $"{path} was not written. Output has:\n{string.Join('\n', OutputFiles())}\n{Stderr}");
        return File.ReadAllText(full);
    }

    /// <summary>The page's JSON-LD, read the way a crawler reads it: the script element's text, parsed as JSON.</summary>
    public System.Text.Json.JsonDocument StructuredData(string page)
    {
        var scripts = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(ReadFile(page)).QuerySelectorAll("script[type='application/ld+json']");
        Assert.That(scripts, Has.Length.EqualTo(1), page);
        return System.Text.Json.JsonDocument.Parse(scripts[0].TextContent);
    }

    public bool Exists(string path) => File.Exists(Path.Combine(Output, path));

    public IReadOnlyList<string> OutputFiles() => Folder.Files(Output);

    /// <summary>The slugs of the pages under <paramref name="folder"/> (<c>speakers</c>): its subfolders with an index.html, not its own index.</summary>
    public IReadOnlyList<string> PageSlugs(string folder) =>
        [.. OutputFiles()
            .Where(f => f.StartsWith(folder + "/", StringComparison.Ordinal) && f.EndsWith("/index.html", StringComparison.Ordinal) && f != folder + "/index.html")
            .Select(f => f[(folder.Length + 1)..^"/index.html".Length])];

    /// <summary>
    /// Each line of <paramref name="expectations"/> must appear in the file; a line starting with
    /// <c>! </c> must not. Lines are compared after trimming.
    /// </summary>
    public void AssertFile(string path, string expectations)
    {
        var text = ReadFile(path);
        Assert.Multiple(() =>
        {
            foreach (var line in expectations.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
            {
                if (line.StartsWith("! ", StringComparison.Ordinal))
                {
                    Assert.That(text, Does.Not.Contain(line[2..]), $"{path} must not contain it");
                }
                else
                {
                    Assert.That(text, Does.Contain(line), $"{path} must contain it");
                }
            }
        });
    }

    /// <summary>Each text appears in the file, in this order.</summary>
    public void AssertOrder(string path, params string[] texts)
    {
        var text = ReadFile(path);
        var positions = texts.Select(t => (Text: t, At: text.IndexOf(t, StringComparison.Ordinal))).ToList();
        Assert.That(positions.Where(p => p.At < 0).Select(p => p.Text), Is.Empty, $"{path} must contain them all");
        Assert.That(positions.Select(p => p.At), Is.Ordered, $"{path} must have them in this order: {string.Join(" | ", texts)}");
    }

    /// <summary>The error lines of standard error, without their excerpts, in the order printed.</summary>
    public IReadOnlyList<string> ErrorLines() => DiagnosticLines("error");

    /// <summary>The warning lines of standard error, without their excerpts, in the order printed.</summary>
    public IReadOnlyList<string> WarningLines() => DiagnosticLines("warning");

    private List<string> DiagnosticLines(string severity) =>
        [.. Stderr.Split('\n').Where(l => l.Contains($": {severity} ", StringComparison.Ordinal))];

    /// <summary>The build succeeded with no diagnostic at all.</summary>
    public void AssertClean()
    {
        Assert.That(ExitCode, Is.Zero, Stderr);
        Assert.That(Stderr, Is.Empty);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }

    private static IEnumerable<(string Path, string Text)> Parse(string files)
    {
        var matches = Header().Matches(files);
        for (var i = 0; i < matches.Count; i++)
        {
            var start = matches[i].Index + matches[i].Length;
            var end = i + 1 < matches.Count ? matches[i + 1].Index : files.Length;
            var text = files[start..end].TrimStart('\n');
            yield return (matches[i].Groups[1].Value.Trim(), text.TrimEnd('\n') + "\n");
        }
    }

    [GeneratedRegex(@"^-- (.+?) --[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex Header();
}
