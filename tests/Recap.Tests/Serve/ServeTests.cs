using System.Net;
using Recap.Cli.Serve;
using Recap.Tests.Support;

namespace Recap.Tests.Serve;

/// <summary><c>recap serve</c> in this process, spoken to over HTTP as a browser would.</summary>
public sealed class ServeTests
{
    private const string Talk = "content/conferences/conf-2024/talks/first.md";

    private static readonly string Site = Sites.OneTalk.Replace("base_url: https://recaps.example.org/", "base_url: https://user.github.io/recaps/", StringComparison.Ordinal);

    [Test]
    public async Task ServesTheSiteUnderItsBasePathWithContentTypesFoldersAndNotFound()
    {
        await using var serve = await Served.StartAsync(Site);

        using var root = await serve.Client.GetAsync(serve.Origin + "/");
        Assert.That(root.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(root.Headers.Location?.ToString(), Is.EqualTo("/recaps/"));

        using var home = await serve.Client.GetAsync(serve.Url);
        Assert.That(home.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(home.Content.Headers.ContentType?.ToString(), Is.EqualTo("text/html; charset=utf-8"));
        Assert.That(await home.Content.ReadAsStringAsync(), Does.Contain("<script src=\"/__recap/live.js\" data-events=\"/__recap/events\" defer></script></head>"));

        using var css = await serve.Client.GetAsync(serve.Url + "assets/style.css");
        Assert.That(css.Content.Headers.ContentType?.ToString(), Is.EqualTo("text/css; charset=utf-8"));
        await serve.WaitForCardsAsync();
        using var card = await serve.Client.GetAsync(serve.Url + "conf-2024/first/card.png");
        Assert.That(card.Content.Headers.ContentType?.ToString(), Is.EqualTo("image/png"));

        using var folder = await serve.Client.GetAsync(serve.Url + "conf-2024/first");
        Assert.That(folder.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(folder.Headers.Location?.ToString(), Is.EqualTo("/recaps/conf-2024/first/"));

        using var missing = await serve.Client.GetAsync(serve.Url + "nowhere/");
        Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await missing.Content.ReadAsStringAsync(), Does.Contain("Page not found").And.Contain("/__recap/live.js"));

        using var outside = await serve.Client.GetAsync(serve.Url + "..%2F..%2Fetc%2Fpasswd");
        Assert.That(outside.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task ServesPagesBeforeTheirCardsAndTheCardsOnceDrawn()
    {
        await using var serve = await Served.StartAsync(Site);
        Assert.That(serve.Stdout, Does.Match(@"^Serving http://127\.0\.0\.1:[0-9]+/recaps/ \(Ctrl\+C to stop\)\n[0-9:]{8} Built 10 pages from [^ ]+ in [0-9]+ ms\.\n"));

        await serve.WaitForCardsAsync();

        Assert.That(serve.Stdout, Does.Match(@" ms\.\n[0-9:]{8} Drew 5 social cards in [0-9]+ ms\.\n$"), "after the line of the first build");
        using var card = await serve.Client.GetAsync(serve.Url + "conf-2024/first/card.png");
        Assert.That(card.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await card.Content.ReadAsByteArrayAsync(), Has.Length.GreaterThan(1000));
    }

    [Test]
    public async Task SavingATalkRebuildsItAndTellsItsPageToReload()
    {
        await using var serve = await Served.StartAsync(Site);
        await using var events = await serve.EventsAsync();
        Assert.That((await events.NextAsync()).GetProperty("initial").GetBoolean(), Is.True);

        serve.Site.Write($"-- {Talk} --\n---\ntitle: First talk, as edited\nspeakers: [Ada Lovelace]\ntopics: [Engines]\n---\nThe write-up.\n");
        var build = await events.NextAsync();

        Assert.That(build.GetProperty("ok").GetBoolean(), Is.True);
        Assert.That(build.GetProperty("pages").EnumerateArray().Select(p => p.GetString()), Does.Contain("/recaps/conf-2024/first/"));
        Assert.That(await serve.Client.GetStringAsync(serve.Url + "conf-2024/first/"), Does.Contain("<h1>First talk, as edited</h1>"));
    }

    [Test]
    public async Task BrokenFrontMatterKeepsTheLastGoodPageAndSendsTheProblemUntilItIsFixed()
    {
        await using var serve = await Served.StartAsync(Site);
        await using var events = await serve.EventsAsync();
        await events.NextAsync();

        serve.Site.Write($"-- {Talk} --\n---\ntitle: [First talk\n---\nThe write-up.\n");
        var broken = await events.NextAsync();

        Assert.That(broken.GetProperty("ok").GetBoolean(), Is.False);
        Assert.That(broken.GetProperty("problems").GetString(), Does.StartWith($"{Talk}(2,8): error RC0101: "));
        Assert.That(await serve.Client.GetStringAsync(serve.Url + "conf-2024/first/"), Does.Contain("<h1>First talk</h1>"), "the last good page");
        Assert.That(serve.Stderr, Does.Contain($"{Talk}(2,8): error RC0101: ").And.Contain("Build failed; still serving the last good build."));

        serve.Site.Write($"-- {Talk} --\n---\ntitle: First talk, fixed\nspeakers: [Ada Lovelace]\ntopics: [Engines]\n---\nThe write-up.\n");
        var fixedBuild = await events.NextAsync();

        Assert.That(fixedBuild.GetProperty("ok").GetBoolean(), Is.True);
        Assert.That(await serve.Client.GetStringAsync(serve.Url + "conf-2024/first/"), Does.Contain("<h1>First talk, fixed</h1>"));
    }

    [Test]
    public async Task PortInUseIsAUsageErrorThatSaysWhatToDo()
    {
        using var taken = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        using var site = TestSite.Create(Site);
        using var stderr = new StringWriter();

        var options = new ServeOptions(new SiteOptions { Source = site.Root }, port, Open: false);
        var exitCode = await ServeCommand.RunAsync(options, TextWriter.Null, stderr, CancellationToken.None);

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(stderr.ToString(), Does.StartWith($"recap serve: cannot listen on 127.0.0.1:{port} (").And.Contain("pass another --port, or --port 0 for a free one"));
    }

    [Test]
    public void BuiltPagesHaveNoLiveReloadScript()
    {
        using var site = TestSite.Build(Site);

        Assert.That(site.OutputFiles().Where(f => f.EndsWith(".html", StringComparison.Ordinal)).Where(f => site.ReadFile(f).Contains("__recap", StringComparison.Ordinal)), Is.Empty);
    }
}
