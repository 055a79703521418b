using System.Buffers.Binary;
using Recap.Tests.Support;

namespace Recap.Tests.Checks;

/// <summary>Hand-written built sites for <c>recap check</c>, published at https://example.github.io/recaps/.</summary>
internal static class CheckSites
{
    public const string BaseUrl = "https://example.github.io/recaps/";

    /// <summary>
    /// A page with a head that passes every preview check, written to <c>_site/<paramref name="path"/></c>.
    /// The body starts on line 11.
    /// </summary>
    public static string Page(string path, string body, string title = "A page") => $"""
        -- _site/{path} --
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>{title}</title>
        <meta name="description" content="A page of the test site.">
        <link rel="canonical" href="{BaseUrl}{PageUrl(path)}">
        <meta property="og:image" content="{BaseUrl}card.png">
        </head>
        <body>
        {body}
        </body>
        </html>

        """;

    /// <summary>A page whose whole head is given, so a test can leave things out; the head starts on line 3.</summary>
    public static string PageWithHead(string path, string head) => $"""
        -- _site/{path} --
        <!doctype html>
        <html lang="en">
        <head>
        {head}
        </head>
        <body>
        <p>Text.</p>
        </body>
        </html>

        """;

    /// <summary>Writes the files, and the 1200x630 preview image every <see cref="Page"/> names.</summary>
    public static TestSite Create(string files)
    {
        var site = TestSite.Create(files);
        WriteFile(site, "card.png", Png(1200, 630));
        return site;
    }

    public static void WriteFile(TestSite site, string path, byte[] bytes)
    {
        var full = Path.Combine(site.Output, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    /// <summary>The start of a PNG: signature and IHDR chunk, which is all the check reads.</summary>
    public static byte[] Png(int width, int height)
    {
        var bytes = new byte[33];
        new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(bytes, 0);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(8), 13);
        "IHDR"u8.CopyTo(bytes.AsSpan(12));
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(16), width);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(20), height);
        bytes[24] = 8;
        bytes[25] = 2;
        return bytes;
    }

    /// <summary>The first line of every diagnostic, in the order printed.</summary>
    public static IReadOnlyList<string> DiagnosticLines(TestSite site) =>
        [.. site.Stderr.Split('\n').Where(l => l.Contains(": error RC", StringComparison.Ordinal) || l.Contains(": warning RC", StringComparison.Ordinal))];

    private static string PageUrl(string path) =>
        path == "index.html" ? string.Empty : path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path;
}
