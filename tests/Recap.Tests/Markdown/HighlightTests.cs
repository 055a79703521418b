using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Recap.Markdown;
using Recap.Markdown.Highlighting;
using Recap.Tests.Support;

namespace Recap.Tests.Markdown;

public sealed partial class HighlightTests
{
    /// <summary>A few lines in each language of the brief, as an author would fence them, with a token of each kind the theme must colour.</summary>
    private const string EightLanguages = """
        ```csharp
        // Greets
        public sealed class Greeter { public int Count => 42; public string Hello() => "hi"; }
        ```

        ```yaml
        # settings
        title: Recaps
        count: 3
        ```

        ```bash
        # greet
        export NAME="world"; echo "Hello $NAME" | grep -c 1
        ```

        ```json
        {"name": "recap", "version": 1.5, "ok": true}
        ```

        ```python
        def title(self, x: int = 3) -> str:
            return "t"  # comment
        ```

        ```go
        package main
        func main() { x := 42; fmt.Println("hi", x) }
        ```

        ```rust
        fn main() { let v: Vec<u32> = vec![1, 2]; println!("{:?}", v); }
        ```

        ```sql
        SELECT name, COUNT(*) FROM talks WHERE year = 2024; -- per speaker
        ```
        """;

    [Test]
    public void FencedCodeInEachLanguageIsHighlightedAndLabelled()
    {
        using var site = TestSite.Build(Sites.ConferenceC + "\n" + """
            -- content/conferences/c/talks/t.md --
            ---
            title: T
            ---
            """ + "\n" + EightLanguages);

        site.AssertClean();
        site.AssertFile("c/t/index.html", """
            <div class="code-block"><span class="code-lang">C#</span><pre tabindex="0"><code class="language-csharp"><span class="hl-comment">// Greets</span>
            <span class="hl-keyword">public sealed class </span><span class="hl-type">Greeter </span><span class="hl-punctuation">{ </span><span class="hl-keyword">public int </span><span class="hl-variable">Count </span><span class="hl-operator">=&gt; </span><span class="hl-number">42</span>
            <span class="hl-string">&quot;hi&quot;</span>
            <div class="code-block"><span class="code-lang">YAML</span><pre tabindex="0"><code class="language-yaml"><span class="hl-comment"># settings</span>
            <span class="hl-property">title</span><span class="hl-punctuation">: </span><span class="hl-string">Recaps</span>
            <span class="hl-property">count</span><span class="hl-punctuation">: </span><span class="hl-number">3</span>
            <div class="code-block"><span class="code-lang">Bash</span><pre tabindex="0"><code class="language-bash"><span class="hl-comment"># greet</span>
            <span class="hl-keyword">export</span> NAME=<span class="hl-string">&quot;world&quot;</span>
            <span class="hl-function">echo </span><span class="hl-string">&quot;Hello </span><span class="hl-variable">$NAME</span>
            <div class="code-block"><span class="code-lang">JSON</span><pre tabindex="0"><code class="language-json"><span class="hl-punctuation">{</span><span class="hl-property">&quot;name&quot;</span><span class="hl-punctuation">: </span><span class="hl-string">&quot;recap&quot;</span>
            <span class="hl-constant">true</span>
            <div class="code-block"><span class="code-lang">Python</span><pre tabindex="0"><code class="language-python"><span class="hl-keyword">def </span><span class="hl-function">title</span>
            <span class="hl-comment"># comment</span>
            <div class="code-block"><span class="code-lang">Go</span><pre tabindex="0"><code class="language-go"><span class="hl-keyword">package </span>main
            <span class="hl-keyword">func </span><span class="hl-function">main</span>
            <div class="code-block"><span class="code-lang">Rust</span><pre tabindex="0"><code class="language-rust"><span class="hl-keyword">fn </span><span class="hl-function">main</span>
            <span class="hl-type">Vec</span><span class="hl-punctuation">&lt;</span><span class="hl-type">u32</span>
            <div class="code-block"><span class="code-lang">SQL</span><pre tabindex="0"><code class="language-sql"><span class="hl-keyword">SELECT name</span>
            <span class="hl-comment">-- per speaker</span>
            """);
    }

    /// <summary>
    /// Languages VS Code does not colour by itself, coloured by the grammars Recap carries; Swift
    /// inside a type's braces, where the package's grammar stopped; a shell session's commands as
    /// shell and its output plain; TOML by the INI grammar.
    /// </summary>
    [Test]
    public void LanguagesTheGrammarPackageLacksAreHighlightedByTheGrammarsRecapCarries()
    {
        using var site = TestSite.Build(Sites.ConferenceC + "\n" + """
            -- content/conferences/c/talks/t.md --
            ---
            title: T
            ---
            ```kotlin
            val name = "Ada" // who
            ```

            ```swift
            struct Point {
                func moved() -> Int { return 42 }
            }
            ```

            ```elixir
            def hello(name), do: "Hello #{name}" # hi
            ```

            ```tf
            resource "aws_s3_bucket" "site" { bucket = "recaps" } # comment
            ```

            ```toml
            [package]
            name = "recap" # comment
            ```

            ```console
            $ echo "done" | wc -c
            4
            ```
            """);

        site.AssertClean();
        site.AssertFile("c/t/index.html", """
            <div class="code-block"><span class="code-lang">Kotlin</span><pre tabindex="0"><code class="language-kotlin"><span class="hl-keyword">val </span>name <span class="hl-operator">= </span><span class="hl-string">&quot;Ada&quot; </span><span class="hl-comment">// who</span>
            <div class="code-block"><span class="code-lang">Swift</span><pre tabindex="0"><code class="language-swift"><span class="hl-keyword">struct </span><span class="hl-type">Point </span><span class="hl-punctuation">{</span>
                <span class="hl-keyword">func </span><span class="hl-function">moved</span><span class="hl-punctuation">() </span><span class="hl-operator">-&gt; </span><span class="hl-type">Int </span><span class="hl-punctuation">{ </span><span class="hl-keyword">return </span><span class="hl-number">42 </span><span class="hl-punctuation">}</span>
            <div class="code-block"><span class="code-lang">Elixir</span><pre tabindex="0"><code class="language-elixir"><span class="hl-keyword">def </span><span class="hl-function">hello</span><span class="hl-punctuation">(</span>name<span class="hl-punctuation">), </span><span class="hl-constant">do: </span><span class="hl-string">&quot;Hello </span><span class="hl-punctuation">#{</span>name<span class="hl-punctuation">}</span><span class="hl-string">&quot; </span><span class="hl-comment"># hi</span>
            <div class="code-block"><span class="code-lang">Terraform</span><pre tabindex="0"><code class="language-tf"><span class="hl-type">resource </span><span class="hl-variable">&quot;aws_s3_bucket&quot; &quot;site&quot; </span><span class="hl-punctuation">{ </span><span class="hl-variable">bucket </span><span class="hl-operator">= </span><span class="hl-string">&quot;recaps&quot; </span><span class="hl-punctuation">} </span><span class="hl-comment"># comment</span>
            <div class="code-block"><span class="code-lang">TOML</span><pre tabindex="0"><code class="language-toml"><span class="hl-punctuation">[</span><span class="hl-heading">package</span><span class="hl-punctuation">]</span>
            <span class="hl-keyword">name </span><span class="hl-punctuation">= </span><span class="hl-string">&quot;recap&quot; </span><span class="hl-comment"># comment</span>
            <div class="code-block"><span class="code-lang">Shell session</span><pre tabindex="0"><code class="language-console"><span class="hl-prompt">$ </span><span class="hl-function">echo </span><span class="hl-string">&quot;done&quot; </span><span class="hl-operator">|</span> wc -c
            4
            """);
    }

    [Test]
    public void EveryGrammarRecapCarriesIsNamedWithItsLicence()
    {
        var folder = Path.Combine(Repository.Root, "src/Recap/Markdown/Highlighting/Grammars");
        var notice = File.ReadAllText(Path.Combine(folder, "NOTICE.md"));
        var files = Directory.GetFiles(folder, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(files, Is.Not.Empty);
            foreach (var file in files)
            {
                Assert.That(notice, Does.Match($@"\n## {Regex.Escape(file!)}\n\n- Scope: `[a-z.-]+`\n- From: https://github.com/\S+\n- Licence: \S+"), file);
            }

            Assert.That(BundledGrammars.OwnScopes.Select(s => new BundledGrammars().GetGrammar(s)?.GetScopeName()), Is.EqualTo(BundledGrammars.OwnScopes), "each resource holds the grammar of its scope");
        });
    }

    [TestCase("csharp", "C#")]
    [TestCase("cs", "C#")]
    [TestCase("C#", "C#")]
    [TestCase("yml", "YAML")]
    [TestCase("bash", "Bash")]
    [TestCase("sh", "Shell")]
    [TestCase("shell", "Shell")]
    [TestCase("py", "Python")]
    [TestCase("golang", "Go")]
    [TestCase("rs", "Rust")]
    [TestCase("js", "JavaScript")]
    [TestCase("javascript", "JavaScript")]
    [TestCase("ts", "TypeScript")]
    [TestCase("typescript", "TypeScript")]
    [TestCase("html", "HTML")]
    [TestCase("css", "CSS")]
    [TestCase("xml", "XML")]
    [TestCase("dockerfile", "Dockerfile")]
    [TestCase("Dockerfile", "Dockerfile")]
    [TestCase("diff", "Diff")]
    [TestCase("kt", "Kotlin")]
    [TestCase("tf", "Terraform")]
    [TestCase("gql", "GraphQL")]
    [TestCase("console", "Shell session")]
    [TestCase("proto", "Protocol Buffers")]
    public void AliasesNameTheirLanguage(string info, string label)
    {
        Assert.That(CodeLanguage.Find(info)?.Name, Is.EqualTo(label));
    }

    [Test]
    public void ReadmeListsEveryLanguageWithTheWordsThatNameIt()
    {
        var readme = File.ReadAllLines(Path.Combine(Repository.Root, "README.md"));
        Assert.Multiple(() =>
        {
            foreach (var words in CodeLanguage.Names.GroupBy(w => CodeLanguage.Find(w)!))
            {
                var row = readme.SingleOrDefault(l => l.StartsWith($"| {words.Key.Name} | ", StringComparison.Ordinal));
                Assert.That(row, Is.EqualTo($"| {words.Key.Name} | {string.Join(", ", words.Select(w => $"`{w}`"))} |"), words.Key.Name);
            }
        });
    }

    [Test]
    public void EveryBodyAReusedRendererRendersGetsTheWholeTimeToHighlight()
    {
        // A thread renders thousands of bodies with one renderer: the time is per body, not per thread.
        var pipeline = MarkdownPipelineFactory.Create(unsafeHtml: false);
        var renderer = new ReusableHtmlRenderer();
        pipeline.Setup(renderer);
        var highlighter = renderer.ObjectRenderers.OfType<HighlightedCodeBlockRenderer>().Single();

        renderer.Render(Markdig.Markdown.Parse("```csharp\nvar x = \"string\"; // comment\n```\n", pipeline));
        var afterOne = highlighter.TimeLeft;
        renderer.Reset();

        Assert.That((afterOne < HighlightedCodeBlockRenderer.TimePerBody, highlighter.TimeLeft), Is.EqualTo((true, HighlightedCodeBlockRenderer.TimePerBody)));
    }

    [Test]
    public void EveryLanguageHasAGrammarThatColoursSomething()
    {
        Assert.Multiple(() =>
        {
            foreach (var language in CodeLanguage.All)
            {
                var html = Highlight(language, SampleOf(language));
                Assert.That(html, Does.Contain("<span class=\"hl-"), $"{language.Name} ({language.Scope})");
            }
        });
    }

    [Test]
    public void UnknownLanguagesAndPlainBlocksRenderAsMarkdigRendersThem()
    {
        using var site = TestSite.Build(Sites.ConferenceC + "\n" + """
            -- content/conferences/c/talks/t.md --
            ---
            title: T
            ---
            ```klingon
            Qapla' <b>&amp;
            ```

            ```
            plain <i>
            ```

                indented "code"
            """);

        site.AssertClean();
        site.AssertFile("c/t/index.html", """
            <pre><code class="language-klingon">Qapla' &lt;b&gt;&amp;amp;
            </code></pre>
            <pre><code>plain &lt;i&gt;
            </code></pre>
            <pre><code>indented &quot;code&quot;
            </code></pre>
            ! code-block
            ! code-lang
            ! hl-
            """);
    }

    [TestCase("html", "</code></pre><script>alert(1)</script>")]
    [TestCase("bash", "echo '</code></pre><script>alert(1)</script>' \"&amp;\"")]
    [TestCase("csharp", "var s = \"</code></pre><script>alert(1)</script>&amp;\"; // <!-- -->")]
    [TestCase("json", "{\"<script>\": \"</pre>&\"}")]
    [TestCase("sql", "SELECT '<script>' -- </code>")]
    public void CodeCannotInjectMarkup(string language, string code)
    {
        using var site = TestSite.Build(Sites.ConferenceC + "\n" + $"""
            -- content/conferences/c/talks/t.md --
            ---
            title: T
            ---
            ```{language}
            {code}
            ```
            """);

        site.AssertClean();
        var block = CodeOf(site.ReadFile("c/t/index.html"));
        Assert.Multiple(() =>
        {
            Assert.That(Tags().Matches(block).Select(m => m.Value).Distinct(), Is.SubsetOf(new[] { "<div", "</div", "<span", "</span", "<pre", "</pre", "<code", "</code" }));
            Assert.That(Regex.Count(block, "<pre"), Is.EqualTo(1));
            Assert.That(Regex.Count(block, "</code"), Is.EqualTo(1));
            Assert.That(System.Net.WebUtility.HtmlDecode(TagsAndText().Replace(block, string.Empty)), Is.EqualTo(CodeLanguage.Find(language)!.Name + code + "\n"));
        });
    }

    [Test]
    public void CodeLeftWithoutTimeIsWrittenPlainAndEscaped()
    {
        var time = TimeSpan.Zero;
        var html = CodeHighlighter.Highlight(CodeLanguage.Find("csharp")!, ["var x = \"<b>\";", "// & done"], ref time);

        Assert.That(html, Is.EqualTo("var x = &quot;&lt;b&gt;&quot;;\n// &amp; done\n"));
    }

    [Test]
    public void AnOverlongLineIsWrittenPlainAndTheNextLineIsStillHighlighted()
    {
        var longLine = "{\"k\": \"" + new string('a', CodeHighlighter.MaxLineLength) + "\"}";
        var html = Highlight(CodeLanguage.Find("json")!, [longLine, "{\"next\": 1}"]);

        Assert.That(html, Is.EqualTo(longLine.Replace("\"", "&quot;", StringComparison.Ordinal) + "\n"
            + "<span class=\"hl-punctuation\">{</span><span class=\"hl-property\">&quot;next&quot;</span><span class=\"hl-punctuation\">: </span><span class=\"hl-number\">1</span><span class=\"hl-punctuation\">}</span>\n"));
    }

    /// <summary>
    /// Bodies compile in parallel, and grammars compile their rules as they first meet them: many
    /// blocks in every language at once, again and again, come out as each does alone.
    /// </summary>
    [Test]
    public void HighlightingInParallelGivesWhatHighlightingAloneGives()
    {
        var blocks = CodeLanguage.All.SelectMany(l => new[] { (Language: l, Lines: SampleOf(l)), (Language: l, Lines: SampleOf(l).Reverse().ToArray()) }).ToList();
        var alone = blocks.Select(b => Highlight(b.Language, b.Lines)).ToList();

        var failures = new ConcurrentBag<string>();
        for (var round = 0; round < 3; round++)
        {
            Parallel.For(0, blocks.Count * 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            {
                var block = blocks[(i * 7) % blocks.Count];
                if (Highlight(block.Language, block.Lines) != alone[(i * 7) % blocks.Count])
                {
                    failures.Add(block.Language.Name);
                }
            });
        }

        Assert.That(failures, Is.Empty);
    }

    [Test]
    public void ASiteOfManyTalksWithCodeBuildsTheSameEachTime()
    {
        var files = string.Concat(Enumerable.Range(1, 60).Select(i => $"""

            -- content/conferences/c/talks/t{i:00}.md --
            ---
            title: Talk {i}
            ---
            Talk {i}.

            """ + EightLanguages));
        using var site = TestSite.Create(Sites.ConferenceC + "\n" + files);

        var builds = Enumerable.Range(0, 3).Select(_ =>
        {
            // Highlighted afresh each time, not taken from the code or body cache.
            DeleteCompiledCaches(site);
            site.Run();
            site.AssertClean();
            return Enumerable.Range(1, 60).Select(i => CodeOf(site.ReadFile($"c/t{i:00}/index.html"))).ToList();
        }).ToList();

        var code = builds.SelectMany(b => b).Distinct().ToList();
        Assert.That(code, Has.Count.EqualTo(1), "every talk has the same code, highlighted the same in every build:\n" + string.Join("\n=====\n", code));
        Assert.That(Regex.Count(code[0], "class=\"code-lang\""), Is.EqualTo(8));
    }

    [Test]
    public void HighlightedCodeIsKeptBetweenBuildsUntilNoTalkShowsIt()
    {
        using var site = TestSite.Create(Sites.ConferenceC + """

            -- content/conferences/c/talks/a.md --
            ---
            title: A
            ---
            ```sql
            SELECT 1;
            ```
            -- content/conferences/c/talks/b.md --
            ---
            title: B
            ---
            ```yaml
            key: value
            ```
            """);
        var cache = Path.Combine(site.Root, ".recap-cache", "_site", "code");

        site.Run();
        site.AssertClean();
        var first = Directory.GetFiles(cache).Select(Path.GetFileName).ToList();
        Assert.That(first, Has.Count.EqualTo(2).And.All.Match("^[0-9a-f]{64}\\.html$"), "a file per block");

        // What the cache holds is what the next build shows: it highlights nothing again. (The
        // bodies are compiled again, without their own cache, to ask the code cache.)
        foreach (var file in Directory.GetFiles(cache))
        {
            File.WriteAllText(file, File.ReadAllText(file).Replace("hl-keyword", "hl-from-cache", StringComparison.Ordinal));
        }

        Directory.Delete(Path.Combine(site.Root, ".recap-cache", "_site", "bodies"), recursive: true);

        site.Run();
        site.AssertFile("c/a/index.html", "<span class=\"hl-from-cache\">SELECT </span>");

        site.Write("""
            -- content/conferences/c/talks/b.md --
            ---
            title: B
            ---
            ```yaml
            key: another value
            ```
            """);
        site.Run();
        site.AssertClean();
        var now = Directory.GetFiles(cache).Select(Path.GetFileName).ToList();
        Assert.That(now, Has.Count.EqualTo(2), "b's old block is dropped, its new one kept");
        Assert.That(now.Intersect(first).Count(), Is.EqualTo(1), "a's block stays");
        site.AssertFile("c/b/index.html", "<span class=\"hl-string\">another value</span>");
    }

    private static void DeleteCompiledCaches(TestSite site)
    {
        foreach (var name in new[] { "code", "bodies" })
        {
            var cache = Path.Combine(site.Root, ".recap-cache", "_site", name);
            if (Directory.Exists(cache))
            {
                Directory.Delete(cache, recursive: true);
            }
        }
    }

    /// <summary>A page's HTML from its first highlighted block to the end of its last.</summary>
    private static string CodeOf(string page)
    {
        const string End = "</code></pre></div>";
        var start = page.IndexOf("<div class=\"code-block\">", StringComparison.Ordinal);
        return start < 0 ? string.Empty : page[start..(page.LastIndexOf(End, StringComparison.Ordinal) + End.Length)];
    }

    private static string Highlight(CodeLanguage language, IReadOnlyList<string> lines)
    {
        var time = TimeSpan.FromMinutes(1);
        return CodeHighlighter.Highlight(language, lines, ref time);
    }

    /// <summary>A line or two that each grammar colours at least a part of.</summary>
    private static string[] SampleOf(CodeLanguage language) => language.Name switch
    {
        "Diff" => ["--- a/x", "+++ b/x", "@@ -1 +1 @@", "-old", "+new"],
        "Shell session" => ["$ echo \"hi\" # comment", "hi"],
        "Markdown" => ["# Title", "Some *text* and `code`."],
        "INI" => ["[section]", "; comment", "key = \"value\""],
        "Makefile" => ["# comment", "all: build", "\techo \"done\""],
        "Batch" => ["@echo off", "rem comment", "set X=\"1\""],
        "HTML" or "XML" => ["<a href=\"x\">text</a>", "<!-- comment -->"],
        "Razor" => ["@model Talk", "<h1>@Model.Title</h1>", "@* comment *@"],
        "Handlebars" => ["<h1>{{title}}</h1>", "{{#each talks}}{{name}}{{/each}}"],
        "XSLT" => ["<xsl:template match=\"/\">", "<xsl:value-of select=\"title\"/>", "</xsl:template>"],
        "Ignore file" => ["# comment", "*.log", "!keep.log", "bin/"],
        "LaTeX" or "TeX" => ["\\section{Title} % comment", "\\textbf{bold} $x^2$"],
        "AsciiDoc" => ["= Title", "Some *bold* text and `code`.", "== Section"],
        "CSS" or "SCSS" or "Less" => [".a { color: #fff; margin: 0 2px; }", "/* comment */"],
        "Dockerfile" => ["FROM debian:12", "RUN echo \"hi\" # done"],
        "YAML" => ["key: \"value\" # comment", "n: 1"],
        "JSON" or "JSON with comments" => ["{\"k\": \"v\", \"n\": 1}"],
        _ => ["x = \"string\" + 1 // comment # comment", "if (x) { return 2; }"],
    };

    [GeneratedRegex("</?[a-zA-Z]+")]
    private static partial Regex Tags();

    [GeneratedRegex("<span class=\"code-lang\">|<[^>]*>")]
    private static partial Regex TagsAndText();
}
