using SkiaSharp;

namespace Recap.Tests.Incremental;

/// <summary>
/// An image replaced while <c>recap serve</c> runs: its smaller copies are made again from the
/// new file, and every page that shows it gets the new size, as a clean build would.
/// </summary>
public sealed class ImageRebuildTests
{
    private const string Cover = "content/conferences/c/cover.png";
    private const string Chart = "content/conferences/c/talks/chart.png";

    private const string Site = """
        -- content/site.yml --
        title: Recaps
        -- content/conferences/c/index.md --
        ---
        name: Conf
        start: 2024-05-02
        cover: cover.png
        cover_alt: The hall
        ---
        -- content/conferences/c/talks/a.md --
        ---
        title: Talk A
        ---
        The first paragraph.

        ![Throughput](chart.png)
        """;

    [Test]
    public void ReplacedCoverIsResizedAgainAndItsCardsTakeItsNewSize()
    {
        using var live = Start();

        WritePng(live, Cover, 2000, 1000, SKColors.Teal);
        var build = live.Rebuild(Cover);

        Assert.That(build.Result.Written, Is.SupersetOf(new[] { "c/cover-480w.png", "c/cover-960w.png", "c/index.html", "index.html", "conferences/index.html" }));
        Assert.That(build.Result.Written, Does.Not.Contain("c/talks/chart-480w.png"));
        Assert.That(SizeOf(live, "c/cover-960w.png"), Is.EqualTo((960, 480)));
        Assert.That(File.ReadAllText(Path.Combine(live.Output, "index.html")), Does.Contain("""width="2000" height="1000" """));
        live.AssertSameAsCleanBuild();
    }

    [Test]
    public void ReplacedBodyImageRewritesThePageThatShowsIt()
    {
        using var live = Start();

        WritePng(live, Chart, 600, 600, SKColors.Plum);
        var build = live.Rebuild(Chart);

        Assert.That(build.Result.Written, Does.Contain("c/a/index.html"));
        Assert.That(SizeOf(live, "c/talks/chart-480w.png"), Is.EqualTo((480, 480)));
        Assert.That(File.Exists(Path.Combine(live.Output, "c/talks/chart-960w.png")), Is.False, "the new image is narrower than 960 pixels");
        live.AssertSameAsCleanBuild();
    }

    [Test]
    public void EditedAltTextIsWhatTheTalkPageShows()
    {
        const string Talk = "content/conferences/c/talks/a.md";
        using var live = Start();
        live.Write($"-- {Talk} --\n---\ntitle: Talk A\nimage: chart.png\nalt: Throughput\n---\nThe first paragraph.\n");
        live.Rebuild(Talk);

        live.Write($"-- {Talk} --\n---\ntitle: Talk A\nimage: chart.png\nalt: Throughput by hour\n---\nThe first paragraph.\n");
        live.Rebuild(Talk);

        Assert.That(File.ReadAllText(Path.Combine(live.Output, "c/a/index.html")), Does.Contain("""alt="Throughput by hour" width="1200" """));
        live.AssertSameAsCleanBuild();
    }

    [Test]
    public void SvgRedrawnAtAnotherSizeRewritesThePageThatShowsIt()
    {
        const string Diagram = "content/conferences/c/talks/diagram.svg";
        const string Talk = "content/conferences/c/talks/a.md";
        using var live = Start();
        live.Write($"-- {Talk} --\n---\ntitle: Talk A\n---\n![The flow](diagram.svg)\n-- {Diagram} --\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"300\"/>\n");
        live.Rebuild(Talk, Diagram);

        File.WriteAllText(Path.Combine(live.Root, Diagram), """<svg xmlns="http://www.w3.org/2000/svg" width="640" height="200"/>""");
        var build = live.Rebuild(Diagram);

        Assert.That(build.Result.Written, Does.Contain("c/a/index.html"));
        Assert.That(File.ReadAllText(Path.Combine(live.Output, "c/a/index.html")), Does.Contain("""src="/c/talks/diagram.svg" width="640" height="200" """));
        live.AssertSameAsCleanBuild();
    }

    private static LiveSiteFixture Start() => new(Site, prepare: root =>
    {
        WritePng(root, Cover, 1200, 600, SKColors.Orange);
        WritePng(root, Chart, 1200, 400, SKColors.SteelBlue);
    });

    private static void WritePng(LiveSiteFixture live, string path, int width, int height, SKColor color) => WritePng(live.Root, path, width, height, color);

    private static void WritePng(string root, string path, int width, int height, SKColor color)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(color);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(Path.Combine(root, path), data.ToArray());
    }

    private static (int Width, int Height) SizeOf(LiveSiteFixture live, string path)
    {
        using var codec = SKCodec.Create(Path.Combine(live.Output, path));
        return (codec.Info.Width, codec.Info.Height);
    }
}
