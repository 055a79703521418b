using System.Globalization;
using System.Text;
using CsCheck;
using Recap.Content;
using Recap.Diagnostics;
using Recap.Tests.Support;

namespace Recap.Tests.Content;

/// <summary>
/// The reader for everyday front matter must read exactly what YamlDotNet reads, positions
/// included, and hand everything else to YamlDotNet.
/// </summary>
public class SimpleYamlReaderTests
{
    [TestCase("title: Hello\nformat: talk\n")]
    [TestCase("title: \"Debugging Gateways: Without Downtime\"\nspeakers: [eli-rossi, 'ada']\ntopics: []\n")]
    [TestCase("title: C# and C++\nslides: https://example.com/a#b\n")]
    [TestCase("speakers:\n  - ada\n  - \"bob\"\ntopics:\n- x\n- y\n")]
    [TestCase("name: Rosa\nlinks:\n  twitter: \"@rosa\"\n  github: rosa\ncompany: 'It''s, [us]'\n")]
    [TestCase("# a comment\n\ntitle: Ünïcödé 日本語 😀  \n  # indented comment\nyear: 2024\n")]
    public void ReadsEverydayFrontMatterAsYamlDotNetDoes(string yaml)
    {
        var simple = SimpleYamlReader.TryRead(InAFile(yaml), "t.md", 2);

        Assert.That(simple, Is.Not.Null, "read without YamlDotNet");
        Assert.That(Dump(simple), Is.EqualTo(Dump(Full(yaml))));
    }

    [TestCase("title: Hello # a comment\n")]
    [TestCase("title: \"a \\\"quoted\\\" word\"\n")]
    [TestCase("title: &t Hello\nagain: *t\n")]
    [TestCase("summary: |\n  one\n  two\n")]
    [TestCase("title: a title\n  that runs on\n")]
    [TestCase("title:\tHello\n")]
    [TestCase("title: Hello\r\n")]
    [TestCase("links: {a: b}\n")]
    [TestCase("speakers:\n  - name: Ada\n")]
    [TestCase("video:\nslides: x\n")]
    [TestCase("title: a: b\n")]
    [TestCase("\"title\": x\n")]
    [TestCase("  title: x\n")]
    [TestCase("title: [a, b\n")]
    [TestCase("- a\n- b\n")]
    [TestCase("")]
    public void LeavesEverythingElseToYamlDotNet(string yaml)
    {
        Assert.That(SimpleYamlReader.TryRead(InAFile(yaml), "t.md", 2), Is.Null);
    }

    [Test]
    public void WhatItReadsYamlDotNetReadsTheSame()
    {
        Document.Sample(
            yaml =>
            {
                if (SimpleYamlReader.TryRead(InAFile(yaml), "t.md", 2) is not { } simple)
                {
                    return;
                }

                var diagnostics = new DiagnosticBag();
                var full = YamlFrontMatterParser.ParseAll(yaml, "t.md", 2, diagnostics, "RCP0000");
                Assert.That(diagnostics.HasErrors, Is.False, yaml);
                Assert.That(Dump(simple), Is.EqualTo(Dump(full)), yaml);
            },
            iter: 20_000);
    }

    [Test]
    public void ReadsMostOfTheGeneratedFrontMatter()
    {
        // A reader that gave up on everything would pass the test above.
        var read = 0;
        var total = 0;
        Document.Sample(yaml => { total++; read += SimpleYamlReader.TryRead(InAFile(yaml), "t.md", 2) is null ? 0 : 1; }, iter: 2_000);
        Assert.That(read, Is.GreaterThan(total / 10));
    }

    [Test]
    public void ReadsTheSampleSiteAsYamlDotNetDoes()
    {
        var root = Path.Combine(Repository.Root, "content");
        var files = Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .ToList();
        var read = 0;
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var yaml = file.EndsWith(".yml", StringComparison.Ordinal) ? text : FrontMatterOf(text);
            if (yaml is null || SimpleYamlReader.TryRead(InAFile(yaml), file, 2) is not { } simple)
            {
                continue;
            }

            read++;
            Assert.That(Dump(simple), Is.EqualTo(Dump(Full(yaml, file))), file);
        }

        Assert.That(read, Is.GreaterThan(files.Count / 2), "most of the sample is everyday front matter");
    }

    private static string? FrontMatterOf(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return null;
        }

        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        return end < 0 ? null : text[4..(end + 1)];
    }

    private static MappingNode? Full(string yaml, string path = "t.md") =>
        YamlFrontMatterParser.ParseAll(yaml, path, 2, new DiagnosticBag(), "RCP0000");

    /// <summary>The tree as text: every node's kind, value and position.</summary>
    private static string Dump(FrontMatterNode? node)
    {
        var text = new StringBuilder();
        Write(node);
        return text.ToString();

        void Write(FrontMatterNode? n)
        {
            switch (n)
            {
                case null:
                    text.Append("null");
                    break;
                case ScalarNode s:
                    text.Append(CultureInfo.InvariantCulture, $"{s.Kind}'{s.Value}'@{s.Location.Line}:{s.Location.Column}");
                    break;
                case SequenceNode q:
                    text.Append(CultureInfo.InvariantCulture, $"[@{q.Location.Line}:{q.Location.Column} ");
                    foreach (var item in q.Items)
                    {
                        Write(item);
                        text.Append(", ");
                    }

                    text.Append(']');
                    break;
                case MappingNode m:
                    text.Append(CultureInfo.InvariantCulture, $"{{@{m.Location.Line}:{m.Location.Column} ");
                    foreach (var entry in m.Entries)
                    {
                        Write(entry.Key);
                        text.Append(": ");
                        Write(entry.Value);
                        text.Append("; ");
                    }

                    text.Append('}');
                    break;
            }
        }
    }

    // Front matter made of everyday shapes and the characters that change what YAML makes of them.
    private static readonly Gen<string> Word = Gen.Frequency(
        (6, Pick("Ada", "C#", "C++", "2024-05-01", "12", "true", "null", "~", "-1", "a-b", "x_y", "Ünï", "日本", "😀", "https://a.example/b?c=d#e", "@handle")),
        (1, Gen.String[Pick('a', 'b', ' ', ':', '#', ',', '[', ']', '{', '}', '-', '?', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`', '\\', '.', '/', 'é', '\t'), 1, 6]));

    private static readonly Gen<string> Text = Word.Array[1, 4].Select(words => string.Join(' ', words));

    private static readonly Gen<string> Scalar = Gen.OneOf(
        Text,
        Text.Select(t => "\"" + t + "\""),
        Text.Select(t => "'" + t + "'"),
        Text.Select(t => "'" + t.Replace("'", "''", StringComparison.Ordinal) + "'"));

    private static readonly Gen<string> Key = Gen.Frequency(
        (6, Pick("title", "speakers", "a-b", "x_1", "Title", "9lives", "on", "video_date")),
        (1, Gen.String[Pick('a', 'z', '-', '_', '1', ' ', '"'), 1, 5]));

    private static readonly Gen<string> Spaces = Pick("", " ", " ", " ", "  ", "\t");

    private static readonly Gen<string> Entry = Gen.OneOf(
        Gen.Select(Key, Spaces, Scalar, Spaces).Select((k, s, v, t) => $"{k}:{(s.Length == 0 ? " " : s)}{v}{t}\n"),
        Gen.Select(Key, Scalar.Array[0, 4], Pick(", ", ",", " , ")).Select((k, items, comma) => $"{k}: [{string.Join(comma, items)}]\n"),
        Gen.Select(Key, Gen.Int[0, 4], Scalar.Array[1, 3]).Select((k, indent, items) =>
            $"{k}:\n" + string.Concat(items.Select(i => new string(' ', indent) + "- " + i + "\n"))),
        Gen.Select(Key, Gen.Int[1, 4], Gen.Select(Key, Scalar).Array[1, 3]).Select((k, indent, pairs) =>
            $"{k}:\n" + string.Concat(pairs.Select(p => new string(' ', indent) + p.Item1 + ": " + p.Item2 + "\n"))),
        Pick("# comment\n", "\n", "   \n", "  # indented\n", "key:\n", "  stray: line\n", "---\n"));

    /// <summary>The YAML as front matter is read: a slice of its file's text, between the fences.</summary>
    private static ReadOnlyMemory<char> InAFile(string yaml) => ("---\n" + yaml + "---\nThe body.\n").AsMemory(4, yaml.Length);

    private static Gen<T> Pick<T>(params T[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    private static readonly Gen<string> Document = Entry.Array[1, 6].Select(string.Concat);
}
