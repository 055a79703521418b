namespace Recap.Import;

/// <summary>Every format <c>recap import</c> reads, and detection of a file's format when none is given.</summary>
internal static class ProgrammeReaders
{
    /// <summary>In the order detection tries them: the more specific shapes first.</summary>
    public static IReadOnlyList<IProgrammeReader> All { get; } =
    [
        new FrabJsonReader(),
        new FrabXmlReader(),
        new SessionizeReader(),
        new PretalxApiReader(),
        new IcalReader(),
        new PyVideoReader(),
    ];

    public static IReadOnlyList<string> Formats { get; } = [.. All.Select(r => r.Format)];

    public static IProgrammeReader? Find(string format) => All.FirstOrDefault(r => r.Format == format);

    /// <summary>The reader whose format <paramref name="path"/> looks like; null when none does.</summary>
    public static IProgrammeReader? Detect(string path)
    {
        var head = Head(path);
        return All.FirstOrDefault(r => r.Recognises(path, head));
    }

    /// <summary>
    /// Whether <paramref name="path"/> is a web page rather than an export: the sign-in or error
    /// page a browser saves when the export's address needs a session that the download lacked.
    /// </summary>
    public static bool IsWebPage(string path)
    {
        var head = Head(path).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The first 16 KB of a file as text (a folder has an empty head).</summary>
    private static string Head(string path)
    {
        if (!File.Exists(path))
        {
            return string.Empty;
        }

        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        var buffer = new char[16 * 1024];
        var read = reader.ReadBlock(buffer, 0, buffer.Length);
        return new string(buffer, 0, read);
    }
}
