using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Recap.Cli;

namespace Recap.Browser.Tests.Support;

/// <summary>
/// The sample site served over HTTP on 127.0.0.1, as a static host such as GitHub Pages serves it:
/// <c>index.html</c> for a folder, <c>404.html</c> with status 404 for a miss.
/// </summary>
/// <remarks>
/// The tests only see <see cref="BaseUrl"/> and <see cref="DisposeAsync"/>, so the site can come
/// from <c>recap serve</c> instead (start the process, read its <c>Serving http://...</c> line)
/// without touching a test.
/// </remarks>
public sealed class SiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _output;

    private SiteServer(WebApplication app, string output, Uri baseUrl)
    {
        _app = app;
        _output = output;
        BaseUrl = baseUrl;
    }

    /// <summary>The site's root URL, <c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>Builds the site whose root holds <c>content/</c> and serves it on a free port.</summary>
    public static async Task<SiteServer> StartAsync(string siteRoot)
    {
        var output = Path.Combine(Path.GetTempPath(), "recap-browser", Guid.NewGuid().ToString("N"));
        Build(siteRoot, output);
        var app = CreateHost(output);
        await app.StartAsync().ConfigureAwait(false);

        // Port 0 lets the system pick a free port; the address Kestrel bound says which.
        var address = app.Urls.Single();
        return new SiteServer(app, output, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>Stops the server and deletes the built site.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    private static void Build(string siteRoot, string output)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = RecapCommand.Run(["build", "--source", siteRoot, "--output", output], stdout, stderr);
        if (exitCode != RecapCommand.Success)
        {
            throw new InvalidOperationException($"recap build exited with {exitCode}:\n{stdout}{stderr}");
        }
    }

    private static WebApplication CreateHost(string output)
    {
        // The empty builder reads no configuration and logs nothing: the host is the same on every machine.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();

        var files = new PhysicalFileProvider(output);
        // As GitHub Pages serves them: text in UTF-8, feeds and the sitemap as application/xml.
        var contentTypes = new FileExtensionContentTypeProvider();
        contentTypes.Mappings[".xml"] = "application/xml";
        foreach (var extension in new[] { ".html", ".css", ".xml", ".txt", ".json" })
        {
            contentTypes.Mappings[extension] += "; charset=utf-8";
        }

        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = contentTypes });
        app.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(files.GetFileInfo("404.html")).ConfigureAwait(false);
        });
        return app;
    }
}
