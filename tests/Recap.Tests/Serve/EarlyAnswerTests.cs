using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Recap.Cli.Serve;

namespace Recap.Tests.Serve;

/// <summary>What serve answers while its first build runs and the site's folder is not there yet.</summary>
public sealed class EarlyAnswerTests
{
    [Test]
    public async Task AFileTheFolderDoesNotHoldYetIsMadeFromTheLoadedSite()
    {
        var root = Path.Combine(Path.GetTempPath(), "recap-early-" + Guid.NewGuid().ToString("N"), "site");
        await using var server = await LiveServer.StartAsync(root, "/recaps/", 0, CancellationToken.None);
        var asked = new ConcurrentQueue<string>();
        var site = new Dictionary<string, string>
        {
            ["index.html"] = "<!doctype html><html><head></head><body>Home</body></html>",
            ["conf/talk/index.html"] = "<!doctype html><html><head></head><body>A talk</body></html>",
            ["assets/style.css"] = "body { color: black }",
            ["404.html"] = "<!doctype html><html><head></head><body>Page not found</body></html>",
        };
        server.Early = (path, _) =>
        {
            asked.Enqueue(path);
            return Task.FromResult(site.TryGetValue(path, out var text) ? Encoding.UTF8.GetBytes(text) : null);
        };
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });

        using var home = await client.GetAsync(server.Url);
        Assert.That(home.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(home.Content.Headers.ContentType?.ToString(), Is.EqualTo("text/html; charset=utf-8"));
        Assert.That(await home.Content.ReadAsStringAsync(), Does.Contain("Home").And.Contain("/__recap/live.js"));

        using var talk = await client.GetAsync(server.Url + "conf/talk/");
        Assert.That(await talk.Content.ReadAsStringAsync(), Does.Contain("A talk"));

        using var folder = await client.GetAsync(server.Url + "conf/talk");
        Assert.That(folder.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(folder.Headers.Location?.ToString(), Is.EqualTo("/recaps/conf/talk/"));

        using var style = await client.GetAsync(server.Url + "assets/style.css");
        Assert.That(style.Content.Headers.ContentType?.ToString(), Is.EqualTo("text/css; charset=utf-8"));
        Assert.That(await style.Content.ReadAsStringAsync(), Is.EqualTo("body { color: black }"));

        using var missing = await client.GetAsync(server.Url + "nowhere/");
        Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await missing.Content.ReadAsStringAsync(), Does.Contain("Page not found").And.Contain("/__recap/live.js"));

        Assert.That(asked, Is.EqualTo(new[] { "index.html", "conf/talk/index.html", "conf/talk", "conf/talk/index.html", "assets/style.css", "nowhere/index.html", "404.html" }));

        // Once the first build is done, only the folder answers.
        server.Early = null;
        using var after = await client.GetAsync(server.Url);
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await after.Content.ReadAsStringAsync(), Does.Contain("The site has not been built yet."));
        Assert.That(asked, Has.Count.EqualTo(7));
    }
}
