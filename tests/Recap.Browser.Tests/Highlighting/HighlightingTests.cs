using System.Globalization;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Recap.Browser.Tests.Accessibility;
using Recap.Browser.Tests.Support;
using Recap.Tests.Support;

namespace Recap.Browser.Tests.Highlighting;

/// <summary>
/// A talk with code in eight languages, as a reader sees it in either colour scheme: each block
/// labelled, each kind of token in a colour of its own, and nothing axe calls a WCAG 2.1 A or AA
/// violation (contrast included). With <c>UPDATE_SCREENSHOTS=1</c> it also writes the README's
/// screenshots, <c>docs/screenshots/code.png</c> and <c>code-dark.png</c>.
/// </summary>
public sealed class HighlightingTests
{
    private const string TalkPage = "devconf-2025/code/";

    private static readonly string[] Labels = ["C#", "YAML", "Bash", "JSON", "Python", "Go", "Rust", "SQL"];

    /// <summary>The kinds of token the talk's code holds, each of which must have its own colour.</summary>
    private static readonly string[] Kinds =
        ["hl-comment", "hl-string", "hl-number", "hl-constant", "hl-keyword", "hl-operator", "hl-punctuation", "hl-type", "hl-function", "hl-variable", "hl-property"];

    private SiteServer _site = null!;

    [OneTimeSetUp]
    public async Task ServeATalkWithCodeAsync()
    {
        _site = await SiteServer.StartAsync(root =>
        {
            SourceFiles.Write(root, "content/site.yml", "title: Conference Notes\n");
            SourceFiles.Write(root, "content/conferences/devconf-2025/index.md", "---\nname: DevConf 2025\nstart: 2025-06-12\n---\n");
            SourceFiles.Write(root, "content/conferences/devconf-2025/talks/code.md", Talk);
            SourceFiles.Write(root, "content/conferences/devconf-2025/talks/session.md", "---\ntitle: A session\n---\n```console\n$ dotnet tool install -g recap\nTool 'recap' was installed.\nada@laptop:~/recaps$ recap build\n```\n");
        });
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _site.DisposeAsync();

    [TestCase(ColorScheme.Light, "code.png")]
    [TestCase(ColorScheme.Dark, "code-dark.png")]
    public async Task CodeIsLabelledColouredByKindAndMeetsWcagAA(ColorScheme scheme, string screenshot)
    {
        await using var context = await BrowserTestRun.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _site.BaseUrl.ToString(),
            ColorScheme = scheme,
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        });
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(TalkPage);

        var labels = await tab.Locator(".code-block > .code-lang").AllInnerTextsAsync();
        var text = await tab.EvaluateAsync<string>("getComputedStyle(document.querySelector('.code-block pre')).color");
        var colours = await tab.EvaluateAsync<Dictionary<string, string>>(
            "kinds => Object.fromEntries(kinds.map(k => [k, document.querySelector('.' + k) && getComputedStyle(document.querySelector('.' + k)).color]))",
            Kinds);
        var axe = await tab.RunAxe(AccessibilityTests.WcagAA);

        if (Environment.GetEnvironmentVariable("UPDATE_SCREENSHOTS") == "1")
        {
            await tab.Locator("main").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(Repository.Root, "docs", "screenshots", screenshot) });
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(labels.Select(l => l.Trim()), Is.EqualTo(Labels));
            Assert.That(colours.Where(c => c.Value is null).Select(c => c.Key), Is.Empty, "every kind of token is on the page");
            Assert.That(colours.Values.Append(text), Is.Unique, () => string.Join(", ", colours.Select(c => $"{c.Key} {c.Value}")) + $", text {text}");
            Assert.That(axe.Violations, Has.Length.Zero, () => AccessibilityTests.Describe(axe.Violations));
        }
    }

    /// <summary>Selecting a shell session and copying it gives its commands and output, without the prompts.</summary>
    [Test]
    public async Task ASelectedShellSessionLeavesOutItsPromptsAsync()
    {
        await using var context = await BrowserTestRun.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _site.BaseUrl.ToString() });
        var tab = await context.NewPageAsync();
        await tab.GotoAsync("devconf-2025/session/");

        var selected = await tab.EvaluateAsync<string>("""
            () => {
              const range = document.createRange();
              range.selectNodeContents(document.querySelector('code.language-console'));
              getSelection().removeAllRanges();
              getSelection().addRange(range);
              return getSelection().toString();
            }
            """);

        Assert.That(selected, Is.EqualTo("dotnet tool install -g recap\nTool 'recap' was installed.\nrecap build"));
        await Assertions.Expect(tab.Locator("code.language-console .hl-prompt")).ToHaveCountAsync(2);
    }

    private const string Talk = """
        ---
        title: Code, highlighted
        speakers: [Ada Lovelace]
        ---
        Fenced code with a language after the backticks is highlighted when the site is built.

        ```csharp
        // Reads every talk, in parallel.
        public sealed class TalkLoader(string root)
        {
            public int Count => Directory.GetFiles(root, "*.md").Length + 0;
        }
        ```

        ```yaml
        title: Conference Notes   # shown in every page's header
        base_url: https://you.github.io/recaps/
        options: { reading_speed: 230, progress: true }
        ```

        ```bash
        # Build, then serve the site.
        export SITE="$HOME/recaps"
        dotnet run --project src/Recap.Cli -- build --source "$SITE" && echo done
        ```

        ```json
        { "title": "Data pipelines", "order": 3, "draft": false, "slides": null }
        ```

        ```python
        def reading_time(words: int, speed: int = 230) -> str:
            return f"{max(1, round(words / speed))} min read"  # never zero
        ```

        ```go
        func main() {
            talks := load("content")
            fmt.Printf("%d talks\n", len(talks))
        }
        ```

        ```rust
        fn slug(name: &str) -> String {
            name.to_lowercase().replace(' ', "-") // ASCII only
        }
        ```

        ```sql
        SELECT speaker, COUNT(*) AS talks FROM talks
        WHERE year >= 2024 GROUP BY speaker; -- busiest first
        ```
        """;
}
