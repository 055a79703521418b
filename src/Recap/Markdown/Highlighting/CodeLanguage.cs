namespace Recap.Markdown.Highlighting;

/// <summary>A language fenced code can be highlighted in: the name its label shows and the TextMate scope of its grammar.</summary>
internal sealed record CodeLanguage(string Name, string Scope)
{
    // The words authors write after ``` (matched ignoring case), each with what the label says.
    // Every scope is one TextMateSharp.Grammars ships or one of BundledGrammars; a test
    // highlights a line of each.
    private static readonly Dictionary<string, CodeLanguage> ByInfo = Table(
        ("C#", "source.cs", ["csharp", "cs", "c#"]),
        ("F#", "source.fsharp", ["fsharp", "fs", "f#"]),
        ("Visual Basic", "source.asp.vb.net", ["vb", "vbnet"]),
        ("YAML", "source.yaml", ["yaml", "yml"]),
        ("JSON", "source.json", ["json"]),
        ("JSON with comments", "source.json.comments", ["jsonc", "json5"]),
        ("XML", "text.xml", ["xml", "csproj", "xaml", "svg"]),
        ("Bash", "source.shell", ["bash"]),
        ("Shell", "source.shell", ["sh", "shell", "zsh", "shellscript"]),
        ("PowerShell", "source.powershell", ["powershell", "pwsh", "ps1"]),
        ("Batch", "source.batchfile", ["bat", "batch", "cmd"]),
        ("Dockerfile", "source.dockerfile", ["dockerfile", "docker", "containerfile"]),
        ("Makefile", "source.makefile", ["makefile", "make"]),
        ("INI", "source.ini", ["ini"]),
        ("Diff", "source.diff", ["diff", "patch"]),
        ("Python", "source.python", ["python", "py", "python3"]),
        ("Go", "source.go", ["go", "golang"]),
        ("Rust", "source.rust", ["rust", "rs"]),
        ("SQL", "source.sql", ["sql"]),
        ("JavaScript", "source.js", ["javascript", "js", "mjs", "cjs"]),
        ("JSX", "source.js.jsx", ["jsx"]),
        ("TypeScript", "source.ts", ["typescript", "ts"]),
        ("TSX", "source.tsx", ["tsx"]),
        ("HTML", "text.html.derivative", ["html", "htm", "xhtml"]),
        ("CSS", "source.css", ["css"]),
        ("SCSS", "source.css.scss", ["scss"]),
        ("Less", "source.css.less", ["less"]),
        ("Markdown", "text.html.markdown", ["markdown", "md"]),
        ("Java", "source.java", ["java"]),
        ("C", "source.c", ["c", "h"]),
        ("C++", "source.cpp", ["cpp", "c++", "cxx", "hpp"]),
        ("Dart", "source.dart", ["dart"]),
        ("Ruby", "source.ruby", ["ruby", "rb"]),
        ("PHP", "source.php", ["php"]),
        ("Lua", "source.lua", ["lua"]),
        ("Perl", "source.perl", ["perl", "pl"]),
        ("R", "source.r", ["r"]),
        ("Julia", "source.julia", ["julia", "jl"]),
        ("Groovy", "source.groovy", ["groovy", "gradle"]),
        ("Clojure", "source.clojure", ["clojure", "clj"]),
        ("Objective-C", "source.objc", ["objective-c", "objc", "objectivec"]),
        ("Objective-C++", "source.objcpp", ["objective-cpp", "objcpp"]),
        ("CUDA C++", "source.cuda-cpp", ["cuda", "cu"]),
        ("CoffeeScript", "source.coffee", ["coffeescript", "coffee"]),
        ("Razor", "text.html.cshtml", ["razor", "cshtml"]),
        ("Handlebars", "text.html.handlebars", ["handlebars", "hbs"]),
        ("Pug", "text.pug", ["pug", "jade"]),
        ("XSLT", "text.xml.xsl", ["xsl", "xslt"]),
        ("Properties", "source.ini", ["properties", "cfg", "conf", "editorconfig", "gitconfig"]),
        ("Ignore file", "source.ignore", ["gitignore", "ignore", "dockerignore"]),
        ("Raku", "source.perl.6", ["raku", "perl6"]),
        ("Pascal", "source.pascal", ["pascal", "delphi", "pas"]),
        ("x86 assembly", "source.x86asm", ["asm", "x86asm", "nasm", "x86"]),
        ("HLSL", "source.hlsl", ["hlsl"]),
        ("ShaderLab", "source.shaderlab", ["shaderlab"]),
        ("LaTeX", "text.tex.latex", ["latex"]),
        ("TeX", "text.tex", ["tex"]),
        ("BibTeX", "text.bibtex", ["bibtex", "bib"]),
        ("Typst", "source.typst", ["typst", "typ"]),
        ("AsciiDoc", "document.adoc", ["asciidoc", "adoc"]),
        ("Log", "text.log", ["log"]),
        ("Shell session", "text.shell-session", ["console", "shell-session", "shellsession", "terminal"]),
        ("TOML", "source.ini", ["toml"]),
        ("Kotlin", "source.kotlin", ["kotlin", "kt", "kts"]),
        ("Swift", "source.swift", ["swift"]),
        ("Scala", "source.scala", ["scala", "sc", "sbt"]),
        ("Haskell", "source.haskell", ["haskell", "hs"]),
        ("Elixir", "source.elixir", ["elixir", "ex", "exs"]),
        ("Erlang", "source.erlang", ["erlang", "erl"]),
        ("Elm", "source.elm", ["elm"]),
        ("Gleam", "source.gleam", ["gleam"]),
        ("Zig", "source.zig", ["zig"]),
        ("Nix", "source.nix", ["nix"]),
        ("Solidity", "source.solidity", ["solidity", "sol"]),
        ("GraphQL", "source.graphql", ["graphql", "gql"]),
        ("Protocol Buffers", "source.proto", ["protobuf", "proto", "proto3"]),
        ("Terraform", "source.hcl.terraform", ["terraform", "tf", "tfvars"]),
        ("HCL", "source.hcl", ["hcl", "nomad"]));

    /// <summary>Every language, once each, for tests and documentation.</summary>
    public static IReadOnlyList<CodeLanguage> All { get; } = [.. ByInfo.Values.Distinct()];

    /// <summary>Every word that names a language, for tests and documentation.</summary>
    public static IReadOnlyCollection<string> Names => ByInfo.Keys;

    /// <summary>The language a fence's info string names (its first word, any case), or null when Recap has no grammar for it.</summary>
    public static CodeLanguage? Find(string? info) =>
        info is { Length: > 0 } && ByInfo.TryGetValue(info, out var language) ? language : null;

    private static Dictionary<string, CodeLanguage> Table(params (string Name, string Scope, string[] Infos)[] rows)
    {
        var table = new Dictionary<string, CodeLanguage>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, scope, infos) in rows)
        {
            var language = new CodeLanguage(name, scope);
            foreach (var info in infos)
            {
                table.Add(info, language);
            }
        }

        return table;
    }
}
