using Recap.Diagnostics;

namespace Recap.Content;

/// <summary>
/// The parts of a content file: front matter text (YAML or TOML) and Markdown body, with their
/// first lines. The body is the end of the file's text, not a copy: most builds only hash it.
/// </summary>
internal readonly record struct SplitFile(FrontMatterFormat Format, ReadOnlyMemory<char> FrontMatter, int FrontMatterLine, ReadOnlyMemory<char> Body, int BodyLine);

internal enum FrontMatterFormat
{
    None,
    Yaml,
    Toml,
}

/// <summary>Splits <c>---</c> (YAML) or <c>+++</c> (TOML) front matter from the Markdown body.</summary>
internal static class FrontMatterSplitter
{
    /// <returns>The parts, or null when the front matter is never closed or does not start on the first line (the error is reported).</returns>
    public static SplitFile? Split(string text, string path, DiagnosticBag diagnostics)
    {
        var firstEnd = LineEnd(text, 0);

        // A second byte order mark (a file joined from two, or saved by a tool that adds one) is
        // as invisible as the first, which reading has removed.
        var first = text.AsSpan(0, firstEnd).TrimStart('\uFEFF').TrimEnd();
        var (format, fence) = first switch
        {
            "---" => (FrontMatterFormat.Yaml, "---"),
            "+++" => (FrontMatterFormat.Toml, "+++"),
            _ => (FrontMatterFormat.None, string.Empty),
        };
        if (format == FrontMatterFormat.None)
        {
            if (MisplacedFrontMatter.Find(text) is { } misplaced)
            {
                diagnostics.Error(DiagnosticCodes.InvalidFrontMatter, new SourceLocation(path, misplaced.Line, 1), misplaced.Message);
                return null;
            }

            return new SplitFile(format, ReadOnlyMemory<char>.Empty, 1, text.AsMemory(), 1);
        }

        var contentStart = NextLine(text, firstEnd);
        var position = contentStart;
        var line = 2;
        while (position < text.Length)
        {
            var end = LineEnd(text, position);
            var current = text.AsSpan(position, end - position).TrimEnd();
            if (current.SequenceEqual(fence) || (format == FrontMatterFormat.Yaml && current.SequenceEqual("...")))
            {
                var bodyStart = NextLine(text, end);
                return new SplitFile(format, text.AsMemory(contentStart..position), 2, text.AsMemory(bodyStart), line + 1);
            }

            position = NextLine(text, end);
            line++;
        }

        diagnostics.Error(
            DiagnosticCodes.InvalidFrontMatter,
            new SourceLocation(path, 1, 1),
            $"front matter opened with '{fence}' on line 1 is never closed (add a line with '{fence}' after it)");
        return null;
    }

    /// <summary>
    /// Whether a file starts with closed front matter, read from its first 64 KB; only files that
    /// start with a fence are read further than a few bytes, and an empty file is never opened.
    /// </summary>
    public static bool StartsWithFrontMatter(string fullPath)
    {
        var length = new FileInfo(fullPath).Length;
        if (length < 4)
        {
            return false;
        }

        using var handle = File.OpenHandle(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var head = new byte[Math.Min(length, 64 * 1024)];
        var read = RandomAccess.Read(handle, head.AsSpan(0, Math.Min(8, head.Length)), 0);
        var start = head.AsSpan(0, read).StartsWith("\uFEFF"u8) ? 3 : 0;
        if (!head.AsSpan(start, read - start).StartsWith("---"u8) && !head.AsSpan(start, read - start).StartsWith("+++"u8))
        {
            return false;
        }

        read += RandomAccess.Read(handle, head.AsSpan(read), read);
        var text = System.Text.Encoding.UTF8.GetString(head, start, read - start);
        return Split(text, string.Empty, new DiagnosticBag()) is { Format: not FrontMatterFormat.None };
    }

    /// <summary>
    /// The length of a file's front matter, fences included, found in its UTF-8 bytes without
    /// decoding them: from a first line that is a fence to the first line that closes it, with only
    /// ASCII spaces after either. Null when there is none such (no front matter, or one that only
    /// <see cref="Split"/> can tell, which the caller then runs on the whole text). The head is
    /// what <see cref="Split"/> reads as front matter when it leaves nothing of the head as body.
    /// </summary>
    public static int? HeadLength(ReadOnlySpan<byte> text)
    {
        var firstEnd = text.IndexOf((byte)'\n');
        if (firstEnd < 0)
        {
            return null;
        }

        var fence = text[..firstEnd].TrimEnd(" \t\r\v\f"u8);
        var yaml = fence.SequenceEqual("---"u8);
        if (!yaml && !fence.SequenceEqual("+++"u8))
        {
            return null;
        }

        for (var position = firstEnd + 1; position < text.Length;)
        {
            var end = text[position..].IndexOf((byte)'\n') is var found and >= 0 ? position + found : text.Length;
            var line = text[position..end].TrimEnd(" \t\r\v\f"u8);
            if (line.SequenceEqual(fence) || (yaml && line.SequenceEqual("..."u8)))
            {
                return Math.Min(end + 1, text.Length);
            }

            position = end + 1;
        }

        return null;
    }

    private static int LineEnd(string text, int start)
    {
        var end = text.IndexOf('\n', start);
        return end < 0 ? text.Length : end;
    }

    private static int NextLine(string text, int lineEnd) => Math.Min(lineEnd + 1, text.Length);
}
