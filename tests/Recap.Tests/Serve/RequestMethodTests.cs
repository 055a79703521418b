using Recap.Tests.Support;

namespace Recap.Tests.Serve;

/// <summary><c>recap serve</c> answers GET and HEAD, as a static host does, and no other method.</summary>
public sealed class RequestMethodTests
{
    private Served? _serve;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _serve = await Served.StartAsync(Sites.OneTalk.Replace("base_url: https://recaps.example.org/", "base_url: https://user.github.io/recaps/", StringComparison.Ordinal));
        await _serve.WaitForCardsAsync();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_serve is not null)
        {
            await _serve.DisposeAsync();
        }
    }

    [TestCase("POST", "/recaps/")]
    [TestCase("PUT", "/recaps/new.html")]
    [TestCase("DELETE", "/recaps/")]
    [TestCase("PATCH", "/recaps/")]
    [TestCase("OPTIONS", "/recaps/")]
    [TestCase("OPTIONS", "*")]
    [TestCase("TRACE", "/recaps/")]
    [TestCase("CONNECT", "/recaps/")]
    [TestCase("PROPFIND", "/recaps/")]
    [TestCase("BREW", "/recaps/")]
    [TestCase("get", "/recaps/")]
    [TestCase("POST", "/recaps/nowhere/")]
    [TestCase("POST", "/recaps/conf-2024")]
    [TestCase("POST", "/__recap/events")]
    [TestCase("DELETE", "/__recap/live.js")]
    public async Task AnyOtherMethodIsNotAllowed(string method, string target)
    {
        var response = await _serve!.SendAsync(method, target);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Status, Is.EqualTo(405));
            Assert.That(response.Headers.GetValueOrDefault("Allow"), Is.EqualTo("GET, HEAD"));
            Assert.That(response.Location, Is.Null);
            Assert.That(response.Body, Is.Empty);
        }
    }

    [TestCase("/recaps/", 200)]
    [TestCase("/recaps/assets/style.css", 200)]
    [TestCase("/recaps/conf-2024/first/card.png", 200)]
    [TestCase("/recaps/feed.xml", 200)]
    [TestCase("/__recap/live.js", 200)]
    [TestCase("/recaps/nowhere/", 404)]
    [TestCase("/recaps/conf-2024", 302)]
    [TestCase("/", 302)]
    [TestCase("/recaps/%zz", 400)]
    public async Task HeadGetsTheHeadersOfGetAndNoBody(string target, int status)
    {
        var get = await _serve!.SendAsync("GET", target);
        var head = await _serve.SendAsync("HEAD", target);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(get.Status, Is.EqualTo(status));
            Assert.That(head.Status, Is.EqualTo(status));
            Assert.That(head.ContentType, Is.EqualTo(get.ContentType));
            Assert.That(head.Location, Is.EqualTo(get.Location));
            Assert.That(head.Headers.GetValueOrDefault("Content-Length"), Is.EqualTo(get.Headers.GetValueOrDefault("Content-Length")));
            Assert.That(get.Headers.GetValueOrDefault("Content-Length"), Is.EqualTo(get.Body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(head.Body, Is.Empty);
        }
    }

    [Test]
    public async Task HeadOfTheEventStreamAnswersWithoutKeepingItOpen()
    {
        // RawHttp reads until the server closes: a stream left open would time the test out.
        var head = await _serve!.SendAsync("HEAD", "/__recap/events");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(head.Status, Is.EqualTo(200));
            Assert.That(head.ContentType, Is.EqualTo("text/event-stream"));
            Assert.That(head.Body, Is.Empty);
        }
    }

    [Test]
    public async Task TheEventStreamStillOpensForGet()
    {
        await using var events = await _serve!.EventsAsync();

        Assert.That((await events.NextAsync()).GetProperty("initial").GetBoolean(), Is.True);
    }
}
