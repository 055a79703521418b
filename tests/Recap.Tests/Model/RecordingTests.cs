using Recap.Model;

namespace Recap.Tests.Model;

public sealed class RecordingTests
{
    [TestCase("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")]
    [TestCase("https://youtube.com/watch?feature=share&v=dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")]
    [TestCase("https://m.youtube.com/watch?v=dQw4w9WgXcQ&t=90", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=90")]
    [TestCase("https://youtu.be/dQw4w9WgXcQ?t=1h2m3s", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=3723")]
    [TestCase("https://www.youtube.com/embed/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")]
    [TestCase("https://www.youtube.com/live/dQw4w9WgXcQ?si=abc", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")]
    [TestCase("http://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=5", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=5")]
    [TestCase("https://www.youtube.com/watch?v=dQw4w9WgXcQ#t=2m", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=120")]
    [TestCase("https://www.youtube.com/watch?list=PL123&v=dQw4w9WgXcQ&index=3", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")]
    public void YouTubeAddressesPlayFromTheNoCookieHost(string url, string embed)
    {
        var recording = Recording.Of(url);

        Assert.That((recording.Kind, recording.Host, recording.EmbedUrl, recording.ThumbnailUrl), Is.EqualTo(
            (RecordingKind.YouTube, "YouTube", embed, "https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg")));
    }

    [TestCase("https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871?dnt=1")]
    [TestCase("https://vimeo.com/channels/staffpicks/76979871", "https://player.vimeo.com/video/76979871?dnt=1")]
    [TestCase("https://vimeo.com/76979871/0a1b2c3d4e", "https://player.vimeo.com/video/76979871?dnt=1&h=0a1b2c3d4e")]
    [TestCase("https://player.vimeo.com/video/76979871?h=0a1b2c3d4e", "https://player.vimeo.com/video/76979871?dnt=1&h=0a1b2c3d4e")]
    [TestCase("https://vimeo.com/76979871/0123456789", "https://player.vimeo.com/video/76979871?dnt=1&h=0123456789")]
    [TestCase("https://vimeo.com/groups/motion/videos/76979871", "https://player.vimeo.com/video/76979871?dnt=1")]
    [TestCase("https://vimeo.com/showcase/9876543/video/76979871", "https://player.vimeo.com/video/76979871?dnt=1")]
    public void VimeoAddressesPlayWithoutTracking(string url, string embed)
    {
        var recording = Recording.Of(url);

        Assert.That((recording.Kind, recording.Host, recording.EmbedUrl, recording.ThumbnailUrl), Is.EqualTo((RecordingKind.Vimeo, "Vimeo", embed, (string?)null)));
    }

    [TestCase("https://peertube.example/w/9c9de5e8-0a1b-4c3d-8e9f-0123456789ab", "https://peertube.example/videos/embed/9c9de5e8-0a1b-4c3d-8e9f-0123456789ab")]
    [TestCase("https://tube.example:8443/w/kkGMgK9ZtnKfYAgnEtQxbv", "https://tube.example:8443/videos/embed/kkGMgK9ZtnKfYAgnEtQxbv")]
    [TestCase("https://tube.example/videos/watch/9c9de5e8-0a1b-4c3d-8e9f-0123456789ab", "https://tube.example/videos/embed/9c9de5e8-0a1b-4c3d-8e9f-0123456789ab")]
    public void PeerTubeAddressesOfAnyInstancePlayFromThatInstance(string url, string embed)
    {
        var recording = Recording.Of(url);

        Assert.That((recording.Kind, recording.EmbedUrl), Is.EqualTo((RecordingKind.PeerTube, embed)));
        Assert.That(recording.Host, Is.EqualTo(new Uri(url).Host));
    }

    [TestCase("https://cdn.example.org/talks/one.mp4", "video/mp4")]
    [TestCase("https://cdn.example.org/talks/one.WEBM?token=1", "video/webm")]
    public void VideoFilesPlayInTheBrowser(string url, string type)
    {
        var recording = Recording.Of(url);

        Assert.That((recording.Kind, recording.FileType, recording.EmbedUrl, recording.Host), Is.EqualTo((RecordingKind.File, type, (string?)null, "cdn.example.org")));
    }

    [TestCase("/videos/talk.mp4", "video/mp4")]
    [TestCase("/recaps/c/talks/kafka.WEBM?v=2", "video/webm")]
    public void VideoFilesOfTheSiteItselfPlayInTheBrowser(string url, string type)
    {
        var recording = Recording.Of(url);

        Assert.That((recording.Kind, recording.FileType, recording.EmbedUrl, recording.Host), Is.EqualTo((RecordingKind.File, type, (string?)null, string.Empty)));
    }

    [TestCase("https://media.ccc.de/v/36c3-10652-bahnmining")]
    [TestCase("https://www.youtube.com/watch?v=short")]
    [TestCase("https://www.youtube.com/playlist?list=PL123")]
    [TestCase("https://vimeo.com/user/name")]
    [TestCase("https://vimeo.com/showcase/9876543")]
    [TestCase("https://vimeo.com/album/9876543")]
    [TestCase("https://vimeo.com/channels/staffpicks")]
    [TestCase("https://vimeo.com/user12345/videos")]
    [TestCase("https://tube.example/w/not-an-id")]
    [TestCase("http://cdn.example.org/talk.mp4")]
    [TestCase("/videos/talk.mov")]
    [TestCase("youtube.com/watch?v=dQw4w9WgXcQ")]
    public void OtherAddressesStayLinks(string url)
    {
        var recording = Recording.Of(url);

        Assert.That((recording.Kind, recording.EmbedUrl, recording.ThumbnailUrl), Is.EqualTo((RecordingKind.Link, (string?)null, (string?)null)));
    }

    [TestCase("https://speakerdeck.com/ann/tube", "Speaker Deck")]
    [TestCase("https://www.slideshare.net/ann/tube-123", "SlideShare")]
    [TestCase("https://docs.google.com/presentation/d/1abc/edit", "Google Slides")]
    [TestCase("https://docs.google.com/document/d/1abc/edit", null)]
    [TestCase("https://example.org/decks/tube.PDF?download=1", "PDF")]
    [TestCase("slides/tube.pdf", "PDF")]
    [TestCase("https://example.org/decks/tube", null)]
    public void SlidesSayWhereTheyAre(string url, string? host) =>
        Assert.That(SlideDeck.HostOf(url), Is.EqualTo(host));
}
