using System.Net;

namespace Recap.Browser.Tests.Support;

/// <summary>The server answers as the static hosts the site is published on do.</summary>
public sealed class SiteServerTests
{
    private static readonly HttpClient Client = new(new HttpClientHandler { AllowAutoRedirect = false });

    [TestCase("", "text/html")]
    [TestCase("dotscale-2018/", "text/html")]
    [TestCase("assets/style.css", "text/css")]
    [TestCase("feed.xml", "application/xml")]
    [TestCase("card.png", "image/png")]
    public async Task ServesAFileOrAFoldersIndexWithItsContentType(string path, string contentType)
    {
        using var response = await Client.GetAsync(new Uri(BrowserTestRun.Site.BaseUrl, path));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(contentType));
        }
    }

    [Test]
    public async Task AnswersAMissWithStatus404AndThe404Page()
    {
        using var response = await Client.GetAsync(new Uri(BrowserTestRun.Site.BaseUrl, "does-not-exist/"));
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
        using var response = await Client.GetAsync(new Uri(BrowserTestRun.Site.BaseUrl, "dotscale-2018"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(301).Or.EqualTo(302));
            Assert.That(response.Headers.Location?.ToString(), Does.EndWith("/dotscale-2018/"));
        }
    }
}
