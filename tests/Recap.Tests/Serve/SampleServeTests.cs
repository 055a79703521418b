using System.Net;

namespace Recap.Tests.Serve;

/// <summary><c>recap serve</c> on the sample site answers as the static hosts the site is published on do.</summary>
public sealed class SampleServeTests
{
    private Served? _sample;

    private Uri BaseUrl => new(_sample!.Url);

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _sample = await Served.StartSampleAsync();
        await _sample.WaitForCardsAsync();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_sample is not null)
        {
            await _sample.DisposeAsync();
        }
    }

    [TestCase("", "text/html")]
    [TestCase("dotscale-2018/", "text/html")]
    [TestCase("assets/style.css", "text/css")]
    [TestCase("feed.xml", "application/xml")]
    [TestCase("card.png", "image/png")]
    public async Task ServesAFileOrAFoldersIndexWithItsContentType(string path, string contentType)
    {
        using var response = await _sample!.Client.GetAsync(new Uri(BaseUrl, path));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(contentType));
        }
    }

    [Test]
    public async Task AnswersAMissWithStatus404AndThe404Page()
    {
        using var response = await _sample!.Client.GetAsync(new Uri(BaseUrl, "does-not-exist/"));
        var body = await response.Content.ReadAsStringAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
            Assert.That(body, Does.Contain("<title>Page not found"));
        }
    }

    [Test]
    public async Task RedirectsAFolderWithoutItsSlash()
    {
        using var response = await _sample!.Client.GetAsync(new Uri(BaseUrl, "dotscale-2018"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(301).Or.EqualTo(302));
            Assert.That(response.Headers.Location?.ToString(), Does.EndWith("/dotscale-2018/"));
        }
    }
}
