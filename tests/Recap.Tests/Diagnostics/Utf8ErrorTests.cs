using System.Text;
using Recap.Tests.Support;
using Recap.Text;

namespace Recap.Tests.Diagnostics;

/// <summary>A file that is not UTF-8 is reported at its first bad byte, which is the character to fix.</summary>
public sealed class Utf8ErrorTests
{
    private static readonly Encoding Latin1 = Encoding.Latin1;

    [Test]
    public void Latin1CharacterIsReportedAtItsLineAndColumn()
    {
        using var site = Build(Latin1.GetBytes("---\ntitle: Café au lait\nspeakers: [Ada]\n---\nBody.\n"));

        Assert.That(site.ExitCode, Is.EqualTo(1));
        Assert.That(site.Stderr, Does.StartWith("""
            content/conferences/c/talks/latin1.md(2,11): error RC0113: file is not valid UTF-8 (byte 0xE9); save it as UTF-8
               1 | ---
             > 2 | title: Caf� au lait
                 |           ^

            """));
    }

    [Test]
    public void BadByteInTheBodyIsReportedAtItsLineInTheFile()
    {
        using var site = Build([.. Encoding.UTF8.GetBytes("---\ntitle: T\n---\nFirst paragraph.\n\nZoë said: "), 0x93, .. "quoted"u8, 0x94, (byte)'\n']);

        Assert.That(site.ErrorLines(), Is.EqualTo(new[] { "content/conferences/c/talks/latin1.md(6,11): error RC0113: file is not valid UTF-8 (byte 0x93); save it as UTF-8" }));
    }

    [TestCase("---\r\ntitle: Caf\u00E9\r\n---\r\n", 2, 11, "E9", TestName = "Windows line endings")]
    [TestCase("---\rtitle: T\rsummary: Caf\u00E9\r---\r", 3, 13, "E9", TestName = "old Mac line endings")]
    [TestCase("\u00E9", 1, 1, "E9", TestName = "first byte")]
    [TestCase("---\n\ttitle: \u00FF", 2, 9, "FF", TestName = "after a tab")]
    public void ColumnCountsCharactersOfTheLineBeforeTheBadByte(string latin1, int line, int column, string hex)
    {
        using var site = Build(Latin1.GetBytes(latin1));

        Assert.That(site.ErrorLines(), Is.EqualTo(new[] { $"content/conferences/c/talks/latin1.md({line},{column}): error RC0113: file is not valid UTF-8 (byte 0x{hex}); save it as UTF-8" }));
    }

    [Test]
    public void ByteOrderMarkIsNotCounted()
    {
        using var site = Build([.. Encoding.UTF8.Preamble, .. Latin1.GetBytes("---\ntitle: Caf\u00E9\n---\n")]);

        Assert.That(site.ErrorLines(), Is.EqualTo(new[] { "content/conferences/c/talks/latin1.md(2,11): error RC0113: file is not valid UTF-8 (byte 0xE9); save it as UTF-8" }));
    }

    [Test]
    public void Utf16FileIsToldForWhatItIs()
    {
        using var little = Build([.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes("---\ntitle: T\n---\n")]);
        using var big = Build([.. Encoding.BigEndianUnicode.Preamble, .. Encoding.BigEndianUnicode.GetBytes("---\ntitle: T\n---\n")]);

        Assert.That(little.ErrorLines(), Is.EqualTo(new[] { "content/conferences/c/talks/latin1.md: error RC0113: file is UTF-16, not UTF-8 (it starts with UTF-16's byte order mark); save it as UTF-8" }));
        Assert.That(big.ErrorLines(), Is.EqualTo(little.ErrorLines()));
    }

    [Test]
    public void ControlCharactersOfAQuotedLineAreNotSentToTheTerminal()
    {
        using var site = Build([.. "---\ntitle: \u001b]0;owned\u0007\u001b[2J"u8, 0xE9, .. "\n---\n"u8]);

        Assert.That(site.Stderr, Does.StartWith("""
            content/conferences/c/talks/latin1.md(2,22): error RC0113: file is not valid UTF-8 (byte 0xE9); save it as UTF-8
               1 | ---
             > 2 | title: �]0;owned��[2J�
                 |                      ^

            """));
    }

    [TestCase(new byte[] { 0x61, 0xC3 }, 1, 2, 0xC3, TestName = "sequence cut short at the end")]
    [TestCase(new byte[] { 0x61, 0xC3, 0x28 }, 1, 2, 0xC3, TestName = "sequence cut short by ASCII")]
    [TestCase(new byte[] { 0xC3, 0xA9, 0x0A, 0xC0, 0xAF }, 2, 1, 0xC0, TestName = "overlong encoding")]
    [TestCase(new byte[] { 0xED, 0xA0, 0x80 }, 1, 1, 0xED, TestName = "encoded surrogate")]
    [TestCase(new byte[] { 0xF0, 0x9F, 0x8E, 0xA4, 0x80 }, 1, 3, 0x80, TestName = "after an emoji, which is two characters")]
    public void FirstInvalidByteIsFound(byte[] bytes, int line, int column, int value) =>
        Assert.That(Utf8Check.FirstInvalid(bytes), Is.EqualTo(new InvalidUtf8(line, column, (byte)value)));

    [Test]
    public void ValidTextHasNoInvalidByte() =>
        Assert.That(Utf8Check.FirstInvalid("Zoë Ångström 🎤\r\n"u8), Is.Null);

    /// <summary>A conference whose only talk is <c>latin1.md</c> with exactly these bytes.</summary>
    private static TestSite Build(byte[] talk)
    {
        var site = TestSite.Create(Sites.ConferenceC);
        var path = Path.Combine(site.Root, "content/conferences/c/talks/latin1.md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, talk);
        return site.Run();
    }
}
