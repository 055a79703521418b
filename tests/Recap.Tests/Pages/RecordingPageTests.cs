using System.Text.Json;
using Recap.Tests.Support;

namespace Recap.Tests.Pages;

/// <summary>A talk's recording on its page: a play button that loads the host's player only when pressed.</summary>
public sealed class RecordingPageTests
{
    private const string Site = Sites.ConferenceC + """

        -- content/conferences/c/talks/tube.md --
        ---
        title: Tube <b>"quoted"</b>
        video: https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=1m30s
        video_date: 2024-06-01
        slides: https://speakerdeck.com/ann/tube
        ---
        -- content/conferences/c/talks/vim.md --
        ---
        title: Vim
        video: https://vimeo.com/76979871
        video_thumbnail: vim.jpg
        slides: decks/vim.pdf
        ---
        -- content/conferences/c/talks/vim.jpg --
        not really a JPEG
        -- content/conferences/c/talks/decks/vim.pdf --
        %PDF
        -- content/conferences/c/talks/file.md --
        ---
        title: File
        video: https://cdn.example.org/file.webm
        video_thumbnail: https://cdn.example.org/file.jpg
        ---
        -- content/conferences/c/talks/elsewhere.md --
        ---
        title: Elsewhere
        video: https://media.ccc.de/v/elsewhere
        ---
        """;

    [Test]
    public void YouTubeRecordingShowsItsStillAndLoadsThePlayerOnlyOnPlay()
    {
        using var site = TestSite.Build(Site);

        site.AssertClean();
        site.AssertFile("c/tube/index.html", """
            <a href="https://speakerdeck.com/ann/tube">Slides on Speaker Deck</a>
            <a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;t=1m30s">Video on YouTube</a>
            <a class="recording-facade" href="https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;t=1m30s" data-player="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=90&amp;autoplay=1" data-title="Recording of Tube &lt;b&gt;&quot;quoted&quot;&lt;/b&gt;">
            <img src="https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg" alt="" width="480" height="360" referrerpolicy="no-referrer">
            Play the recording <span class="recording-host">from YouTube</span>
            ! <iframe
            """);
    }

    [Test]
    public void VimeoRecordingTakesItsStillFromVideoThumbnail()
    {
        using var site = TestSite.Build(Site);

        site.AssertFile("c/vim/index.html", """
            <a href="/c/talks/decks/vim.pdf">Slides (PDF)</a>
            data-player="https://player.vimeo.com/video/76979871?dnt=1&amp;autoplay=1"
            <img src="/c/talks/vim.jpg" alt=""
            """);
        Assert.That(site.Exists("c/talks/vim.jpg"), Is.True, "the still is copied");
    }

    [Test]
    public void VideoFileIsPlayedByTheBrowserAndLoadsNothingBeforePlay()
    {
        using var site = TestSite.Build(Site);

        site.AssertFile("c/file/index.html", """
            <video controls preload="none" poster="https://cdn.example.org/file.jpg">
            <source src="https://cdn.example.org/file.webm" type="video/webm">
            <a href="https://cdn.example.org/file.webm">Download the recording</a>
            ! recording-facade
            ! <script>document
            """);
    }

    [Test]
    public void RecordingOnAnUnknownHostStaysALink()
    {
        using var site = TestSite.Build(Site);

        site.AssertFile("c/elsewhere/index.html", """
            <a href="https://media.ccc.de/v/elsewhere">Video on media.ccc.de</a>
            ! class="recording"
            """);
    }

    [Test]
    public void VideoEmbedsOffLeavesEveryRecordingALink()
    {
        using var site = TestSite.Build(Site.Replace("base_url: https://recaps.example.org/", "base_url: https://recaps.example.org/\noptions:\n  video_embeds: false", StringComparison.Ordinal));

        site.AssertClean();
        foreach (var talk in new[] { "tube", "vim", "file" })
        {
            site.AssertFile($"c/{talk}/index.html", """
                ! class="recording"
                ! <video
                ! data-player
                """);
        }

        site.AssertFile("c/tube/index.html", "<a href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;t=1m30s\">Video on YouTube</a>");
    }

    [Test]
    public void StructuredDataDescribesTheVideoNotThePage()
    {
        using var site = TestSite.Build(Site);

        Assert.Multiple(() =>
        {
            Assert.That(VideoObject(site, "c/tube/index.html"), Is.EqualTo(new Dictionary<string, string>
            {
                ["@type"] = "VideoObject",
                ["name"] = "Tube <b>\"quoted\"</b>",
                ["url"] = "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=1m30s",
                ["embedUrl"] = "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=90",
                ["thumbnailUrl"] = "https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg",
                ["uploadDate"] = "2024-06-01",
            }));
            Assert.That(VideoObject(site, "c/vim/index.html")["thumbnailUrl"], Is.EqualTo("https://recaps.example.org/c/talks/vim.jpg"));
            Assert.That(VideoObject(site, "c/file/index.html")["contentUrl"], Is.EqualTo("https://cdn.example.org/file.webm"));
            Assert.That(VideoObject(site, "c/elsewhere/index.html"), Does.Not.ContainKey("embedUrl").And.Not.ContainKey("uploadDate").And.Not.ContainKey("thumbnailUrl"));
        });
    }

    [Test]
    public void VideoThumbnailMustBeAnImageThatExists()
    {
        using var site = TestSite.Build(Sites.ConferenceC + """

            -- content/conferences/c/talks/t.md --
            ---
            title: T
            video: https://vimeo.com/76979871
            video_thumbnail: missing.jpg
            ---
            -- content/conferences/c/talks/u.md --
            ---
            title: U
            video: https://vimeo.com/76979871
            video_thumbnail: "javascript:alert(1)"
            ---
            """);

        Assert.That(site.ErrorLines(), Is.EqualTo(new[]
        {
            "content/conferences/c/talks/t.md(4,1): error RC0112: video_thumbnail 'missing.jpg' not found (looked for content/conferences/c/talks/missing.jpg)",
            "content/conferences/c/talks/u.md(4,18): error RC0117: 'video_thumbnail' must be an http or https URL, or a path, not 'javascript:alert(1)' (javascript: is not allowed)",
        }));
    }

    /// <summary>The <c>recordedIn</c> of the talk's JSON-LD, its values as text.</summary>
    private static Dictionary<string, string> VideoObject(TestSite site, string page)
    {
        using var json = site.StructuredData(page);
        var talk = json.RootElement.GetProperty("@graph").EnumerateArray().Single(n => n.TryGetProperty("recordedIn", out _));
        return talk.GetProperty("recordedIn").EnumerateObject().Where(p => p.Name != "description").ToDictionary(p => p.Name, p => p.Value.GetString()!);
    }
}
