namespace Recap.Tests.Serve;

/// <summary>
/// What <c>recap serve</c> answers to request targets as a hostile client would write them, sent
/// byte for byte: each is decoded once, and nothing outside the output folder, no 500 and no
/// redirect to another host ever comes back.
/// </summary>
public sealed class RequestTargetTests
{
    /// <summary>A site with names that need escaping, and a folder named like a host.</summary>
    private static string Site(string baseUrl) => $"""
        -- content/site.yml --
        title: Recaps
        base_url: {baseUrl}
        -- content/conferences/conf-2024/index.md --
        ---
        name: Conf 2024
        start: 2024-05-02
        ---
        The intro.
        -- content/conferences/conf-2024/a;b.txt --
        semicolon
        -- content/static/café.txt --
        café
        -- content/static/read me.txt --
        read me
        -- content/static/50%25.txt --
        percent
        -- content/static/evil.example/index.html --
        <!doctype html><title>A folder named like a host</title>
        """;

    private Served? _underBasePath;
    private Served? _atRoot;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        var underBasePath = Served.StartAsync(Site("https://user.github.io/recaps/"));
        var atRoot = Served.StartAsync(Site("https://recaps.example.org/"));
        _underBasePath = await underBasePath;
        _atRoot = await atRoot;
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_underBasePath is not null)
        {
            await _underBasePath.DisposeAsync();
        }

        if (_atRoot is not null)
        {
            await _atRoot.DisposeAsync();
        }
    }

    // Served: escapes decoded once, %2F and dot segments resolved after decoding.
    [TestCase("/recaps/", 200, "Conf 2024")]
    [TestCase("/recaps/conf-2024/", 200, "The intro.")]
    [TestCase("/recaps/?a=b&c=%zz", 200, "Conf 2024")]
    [TestCase("/recaps/caf%C3%A9.txt", 200, "café")]
    [TestCase("/recaps/caf%c3%a9.txt", 200, "café")]
    [TestCase("/recaps/read%20me.txt", 200, "read me")]
    [TestCase("/recaps/50%2525.txt", 200, "percent")]
    [TestCase("/recaps/conf-2024/a;b.txt", 200, "semicolon")]
    [TestCase("/recaps/conf-2024/a%3Bb.txt", 200, "semicolon")]
    [TestCase("/recaps/conf-2024%2Findex.html", 200, "The intro.")]
    [TestCase("/recaps%2F", 200, "Conf 2024")]
    [TestCase("/recaps/%63onf-2024/", 200, "The intro.")]
    [TestCase("/recaps/./conf-2024/./", 200, "The intro.")]
    [TestCase("/recaps/%2e/conf-2024/", 200, "The intro.")]
    [TestCase("/recaps/conf-2024/..", 200, "Conf 2024")]
    [TestCase("/recaps/conf-2024/%2e%2e/read%20me.txt", 200, "read me")]
    [TestCase("/__recap/live.js", 200, "EventSource")]
    [TestCase("/__recap/./live.js", 200, "EventSource")]
    // Redirects: to the base path, or a folder to its slash form; the query kept, the path canonical.
    [TestCase("/", 302, "/recaps/")]
    [TestCase("/?x=1", 302, "/recaps/?x=1")]
    [TestCase("/recaps", 302, "/recaps/")]
    [TestCase("/recaps?x=1", 302, "/recaps/?x=1")]
    [TestCase("/recaps/..", 302, "/recaps/")]
    [TestCase("/recaps/conf-2024", 302, "/recaps/conf-2024/")]
    [TestCase("/recaps/conf-2024?x=1&y=%zz", 302, "/recaps/conf-2024/?x=1&y=%zz")]
    [TestCase("/recaps/./conf-2024", 302, "/recaps/conf-2024/")]
    [TestCase("/recaps/%63onf-2024", 302, "/recaps/conf-2024/")]
    [TestCase("/recaps/evil.example", 302, "/recaps/evil.example/")]
    [TestCase("/recaps/evil.example?//evil.example", 302, "/recaps/evil.example/?//evil.example")]
    // Malformed escapes.
    [TestCase("/recaps/%", 400, "")]
    [TestCase("/recaps/%2", 400, "")]
    [TestCase("/recaps/%zz", 400, "")]
    [TestCase("/recaps/%2G", 400, "")]
    [TestCase("/recaps/%%32%65", 400, "")]
    [TestCase("/recaps/%u002e%u002e/", 400, "")]
    [TestCase("/recaps/read%20me.txt%", 400, "")]
    // Control characters once decoded: NUL, CR LF (a header injection), tab, DEL, a C1 control.
    [TestCase("/recaps/%00", 400, "")]
    [TestCase("/recaps/read%20me.txt%00.html", 400, "")]
    [TestCase("/recaps/conf-2024%0d%0aSet-Cookie:%20a=b", 400, "")]
    [TestCase("/recaps/%09", 400, "")]
    [TestCase("/recaps/%7f", 400, "")]
    [TestCase("/recaps/%c2%85", 400, "")]
    // Not UTF-8: overlong '/' and '.', an encoded surrogate, stray and truncated bytes.
    [TestCase("/recaps/%c0%af", 400, "")]
    [TestCase("/recaps/%c0%ae%c0%ae/", 400, "")]
    [TestCase("/recaps/%e0%80%af", 400, "")]
    [TestCase("/recaps/%f0%80%80%af", 400, "")]
    [TestCase("/recaps/%ed%a0%80", 400, "")]
    [TestCase("/recaps/%ff", 400, "")]
    [TestCase("/recaps/%c3", 400, "")]
    [TestCase("/recaps/%c3%28", 400, "")]
    // Characters no request target holds, sent raw.
    [TestCase("/recaps/conf-2024/#x", 400, "")]
    [TestCase("/recaps/?#", 400, "")]
    [TestCase("/recaps/café.txt", 400, "")]
    [TestCase("/recaps/read me.txt", 400, "")]
    [TestCase("/recaps/a\tb", 400, "")]
    // Decoded once: an escaped percent is a percent, not a second escape.
    [TestCase("/%2500", 404, "")]
    [TestCase("/recaps/%2500", 404, "")]
    [TestCase("/recaps/%252e%252e/%252e%252e/etc/passwd", 404, "")]
    // Out of the output folder, however the dots and slashes are written.
    [TestCase("/..", 404, "")]
    [TestCase("/recaps/../../etc/passwd", 404, "")]
    [TestCase("/recaps/..%2f..%2fetc%2fpasswd", 404, "")]
    [TestCase("/recaps/%2e%2e/%2e%2e/etc/passwd", 404, "")]
    [TestCase("/recaps/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd", 404, "")]
    [TestCase("/recaps/.%2e/.%2e/.%2e/etc/passwd", 404, "")]
    [TestCase("/recaps/....//....//etc/passwd", 404, "")]
    [TestCase("/recaps/...", 404, "")]
    // Backslashes never separate.
    [TestCase("/recaps/%5c..%5c..%5cetc%5cpasswd", 404, "")]
    [TestCase("/%5c..%5c", 404, "")]
    [TestCase("/recaps/..\\..\\etc\\passwd", 404, "")]
    [TestCase("/recaps\\conf-2024\\", 404, "")]
    [TestCase("/recaps/conf-2024\\", 404, "")]
    // Doubled slashes name nothing, so they never become a redirect to //host.
    [TestCase("//evil.example/", 404, "")]
    [TestCase("//evil.example", 404, "")]
    [TestCase("/\\evil.example/", 404, "")]
    [TestCase("/\\evil.example", 404, "")]
    [TestCase("/%2F%2Fevil.example", 404, "")]
    [TestCase("/recaps//conf-2024", 404, "")]
    [TestCase("/recaps//evil.example", 404, "")]
    [TestCase("/recaps/.//", 404, "")]
    [TestCase("/.//", 404, "")]
    // Names that are not there: path parameters are part of a name, and so are ? and # escaped.
    [TestCase("/recaps/conf-2024;jsessionid=1/", 404, "")]
    [TestCase("/recaps/conf-2024/a;jsessionid=1", 404, "")]
    [TestCase("/recaps/read%20me.txt%3F", 404, "")]
    [TestCase("/recaps/read%20me.txt%23", 404, "")]
    [TestCase("/recaps/read%20me.txt/", 404, "")]
    [TestCase("/recaps/cafe%CC%81.txt", 404, "")]
    [TestCase("/recaps/%EF%BB%BFconf-2024/", 404, "")]
    [TestCase("/Recaps/", 404, "")]
    [TestCase("/recapsx/", 404, "")]
    [TestCase("/recaps/@evil.example", 404, "")]
    public async Task UnderABasePathEachTargetGetsWhatAStaticHostWouldAnswer(string target, int status, string detail)
    {
        AssertAnswer(await _underBasePath!.SendAsync("GET", target), status, detail);
    }

    [TestCase("/", 200, "Conf 2024")]
    [TestCase("/evil.example/", 200, "A folder named like a host")]
    [TestCase("/evil.example", 302, "/evil.example/")]
    [TestCase("/./evil.example", 302, "/evil.example/")]
    [TestCase("/conf-2024/../evil.example", 302, "/evil.example/")]
    [TestCase("/evil.example?//evil.example", 302, "/evil.example/?//evil.example")]
    [TestCase("//evil.example", 404, "")]
    [TestCase("//evil.example/", 404, "")]
    [TestCase("///evil.example", 404, "")]
    [TestCase("/\\evil.example", 404, "")]
    [TestCase("/\\evil.example/", 404, "")]
    [TestCase("/\\/evil.example", 404, "")]
    [TestCase("/%2Fevil.example", 404, "")]
    [TestCase("/%2F%2Fevil.example", 404, "")]
    [TestCase("/%5Cevil.example", 404, "")]
    [TestCase("/%5C%5Cevil.example", 404, "")]
    [TestCase("/.//evil.example", 404, "")]
    [TestCase("/%2e//evil.example", 404, "")]
    [TestCase("/conf-2024/..//evil.example", 404, "")]
    [TestCase("//conf-2024", 404, "")]
    [TestCase("/%2500", 404, "")]
    [TestCase("/..%2f..%2fetc%2fpasswd", 404, "")]
    [TestCase("/%09/evil.example", 400, "")]
    public async Task AtTheRootNoTargetBecomesARedirectToAnotherHost(string target, int status, string detail)
    {
        AssertAnswer(await _atRoot!.SendAsync("GET", target), status, detail);
    }

    [TestCase(4_000, 404)]
    [TestCase(9_000, 414)]
    public async Task AVeryLongNameIsNotFoundUntilItIsTooLongARequest(int length, int status)
    {
        AssertAnswer(await _underBasePath!.SendAsync("GET", "/recaps/" + new string('a', length)), status, string.Empty);
    }

    [Test]
    public async Task ManySegmentsAreNotFound()
    {
        AssertAnswer(await _underBasePath!.SendAsync("GET", "/recaps/" + string.Concat(Enumerable.Repeat("a/", 2_000))), 404, string.Empty);
    }

    [Test]
    public async Task ManyDotDotSegmentsAreNotFound()
    {
        AssertAnswer(await _underBasePath!.SendAsync("GET", "/recaps/" + string.Concat(Enumerable.Repeat("../", 500)) + "etc/passwd"), 404, string.Empty);
    }

    [Test]
    public async Task AnAbsoluteFormTargetIsServedFromItsPath()
    {
        var server = new Uri(_underBasePath!.Url);

        AssertAnswer(await _underBasePath.SendAsync("GET", $"http://{server.Authority}/recaps/read%20me.txt"), 200, "read me");
        AssertAnswer(await _underBasePath.SendAsync("GET", $"http://{server.Authority}/recaps/conf-2024"), 302, "/recaps/conf-2024/");
        AssertAnswer(await _underBasePath.SendAsync("GET", $"http://{server.Authority}//evil.example"), 404, string.Empty);
    }

    [Test]
    public async Task TheOutputFoldersOwnPathAfterADoubledSlashIsNotARedirectToAnotherHost()
    {
        // "//tmp/recap-serve/.../site/evil.example" once named the folder through its full path on
        // disk, and its redirect, "//tmp/...", sent browsers to the host "tmp".
        var outputs = Directory.EnumerateDirectories(Path.Combine(Path.GetTempPath(), "recap-serve"))
            .Select(scratch => Path.Combine(scratch, "site"))
            .Where(output => Directory.Exists(Path.Combine(output, "evil.example")))
            .ToList();
        Assert.That(outputs, Is.Not.Empty, "the served output folders");

        foreach (var output in outputs)
        {
            AssertAnswer(await _atRoot!.SendAsync("GET", "/" + output + "/evil.example"), 404, string.Empty);
            AssertAnswer(await _atRoot.SendAsync("GET", "/" + output.Replace('/', '\\') + "\\evil.example"), 404, string.Empty);
        }
    }

    /// <param name="detail">The exact Location of a redirect, or text the body of a 200 holds.</param>
    private static void AssertAnswer(RawResponse response, int status, string detail)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Status, Is.EqualTo(status), response.ToString);
            if (response.Location is not null)
            {
                // Same origin only: never //host, /\host or scheme:...
                Assert.That(response.Location, Does.Match(@"^/(?![/\\])"));
            }

            switch (status)
            {
                case 302:
                    Assert.That(response.Location, Is.EqualTo(detail));
                    Assert.That(response.Body, Is.Empty);
                    break;
                case 200:
                    Assert.That(response.Text, Does.Contain(detail));
                    Assert.That(response.Headers["Content-Length"], Is.EqualTo(response.Body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                    break;
                case 404:
                    Assert.That(response.ContentType, Is.EqualTo("text/html; charset=utf-8"));
                    Assert.That(response.Text, Does.Contain("<title>Page not found"));
                    Assert.That(response.Location, Is.Null);
                    break;
                default:
                    Assert.That(response.Location, Is.Null);
                    Assert.That(response.Body, Is.Empty);
                    break;
            }
        }
    }
}
