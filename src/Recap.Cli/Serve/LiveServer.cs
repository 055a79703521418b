using System.Net;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Recap.Cli.Serve;

/// <summary>
/// Serves a built site on 127.0.0.1 under its base path (<c>/recaps/</c> for
/// <c>https://user.github.io/recaps/</c>; <c>/</c> redirects there), with <c>index.html</c> for
/// folders and the site's <c>404.html</c> for misses. HTML pages get the live-reload script, which
/// listens to <c>/__recap/events</c> (server-sent events) for the outcome of each build.
/// </summary>
internal sealed class LiveServer : IAsyncDisposable
{
    public const string EventsPath = "/__recap/events";
    public const string ScriptPath = "/__recap/live.js";

    /// <summary>As GitHub Pages serves them: feeds and the sitemap are application/xml.</summary>
    private static readonly FileExtensionContentTypeProvider ContentTypes = new() { Mappings = { [".xml"] = "application/xml" } };
    private static readonly byte[] Script = ReadScript();

    private readonly string _root;
    private readonly string _basePath;
    private readonly WebApplication _app;
    private readonly Lock _lock = new();
    private readonly List<Channel<string>> _clients = [];
    private BuildEvent? _lastBuild;

    private LiveServer(string root, string basePath, WebApplication app)
    {
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        _basePath = basePath;
        _app = app;
    }

    /// <summary>Fires when the host is asked to stop (Ctrl+C or SIGTERM, which ASP.NET Core listens for too).</summary>
    public CancellationToken Stopping => _app.Lifetime.ApplicationStopping;

    /// <summary>The address of the site: <c>http://127.0.0.1:PORT/recaps/</c>.</summary>
    public string Url { get; private set; } = string.Empty;

    /// <param name="root">The built site's folder.</param>
    /// <param name="basePath">The path of base_url, with slashes at both ends.</param>
    /// <param name="port">0 picks a free port.</param>
    public static async Task<LiveServer> StartAsync(string root, string basePath, int port, CancellationToken cancellation)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var server = new LiveServer(root, basePath, app);
        app.Run(server.HandleAsync);
        await app.StartAsync(cancellation).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Url = new Uri(new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)), basePath).ToString();
        return server;
    }

    /// <summary>Tells every open page how a build went; a page that connects later hears the last one.</summary>
    public void Announce(BuildEvent build)
    {
        var json = JsonSerializer.Serialize(build, BuildEvent.Json);
        lock (_lock)
        {
            _lastBuild = build;
            foreach (var client in _clients)
            {
                client.Writer.TryWrite(json);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        lock (_lock)
        {
            foreach (var client in _clients)
            {
                client.Writer.TryComplete();
            }
        }

        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (path == EventsPath)
        {
            await StreamEventsAsync(context).ConfigureAwait(false);
        }
        else if (path == ScriptPath)
        {
            context.Response.ContentType = "text/javascript; charset=utf-8";
            context.Response.Headers.CacheControl = "no-store";
            await context.Response.Body.WriteAsync(Script).ConfigureAwait(false);
        }
        else if (_basePath != "/" && (path == "/" || path + "/" == _basePath))
        {
            context.Response.Redirect(_basePath);
        }
        else if (!path.StartsWith(_basePath, StringComparison.Ordinal))
        {
            await SendNotFoundAsync(context).ConfigureAwait(false);
        }
        else
        {
            await SendFileAsync(context, path).ConfigureAwait(false);
        }
    }

    private async Task SendFileAsync(HttpContext context, string path)
    {
        var relative = Uri.UnescapeDataString(path[_basePath.Length..]);
        var full = Path.GetFullPath(Path.Combine(_root, relative));
        if (full != _root && !full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            await SendNotFoundAsync(context).ConfigureAwait(false);
            return;
        }

        if (Directory.Exists(full))
        {
            if (!path.EndsWith('/'))
            {
                context.Response.Redirect(path + "/" + context.Request.QueryString);
                return;
            }

            full = Path.Combine(full, "index.html");
        }

        if (!File.Exists(full))
        {
            await SendNotFoundAsync(context).ConfigureAwait(false);
            return;
        }

        await SendAsync(context, full, StatusCodes.Status200OK).ConfigureAwait(false);
    }

    private async Task SendNotFoundAsync(HttpContext context)
    {
        var notFound = Path.Combine(_root, "404.html");
        if (File.Exists(notFound))
        {
            await SendAsync(context, notFound, StatusCodes.Status404NotFound).ConfigureAwait(false);
            return;
        }

        // The first build failed: there is no site yet, but the page can show why.
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(WithScript("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not built yet</title></head><body><p>The site has not been built yet.</p></body></html>")).ConfigureAwait(false);
    }

    private static async Task SendAsync(HttpContext context, string file, int status)
    {
        context.Response.StatusCode = status;
        context.Response.Headers.CacheControl = "no-store";
        if (!ContentTypes.TryGetContentType(file, out var contentType))
        {
            contentType = "application/octet-stream";
        }

        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(file, context.RequestAborted).ConfigureAwait(false);
        }
        catch (IOException)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable; // replaced by a build at this very moment
            return;
        }

        if (contentType == "text/html")
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            bytes = Encoding.UTF8.GetBytes(WithScript(Encoding.UTF8.GetString(bytes)));
        }
        else
        {
            context.Response.ContentType = contentType.StartsWith("text/", StringComparison.Ordinal) || contentType.EndsWith("xml", StringComparison.Ordinal)
                ? contentType + "; charset=utf-8"
                : contentType;
        }

        await context.Response.Body.WriteAsync(bytes, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>The page with the live-reload script at the end of its head (pages served, never pages built).</summary>
    private static string WithScript(string html)
    {
        var tag = $"<script src=\"{ScriptPath}\" data-events=\"{EventsPath}\" defer></script>";
        var head = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        return head < 0 ? html + tag : html.Insert(head, tag);
    }

    private async Task StreamEventsAsync(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        var channel = Channel.CreateUnbounded<string>();
        lock (_lock)
        {
            _clients.Add(channel);
            if (_lastBuild is { } last)
            {
                channel.Writer.TryWrite(JsonSerializer.Serialize(last with { Initial = true }, BuildEvent.Json));
            }
        }

        try
        {
            await context.Response.WriteAsync(": connected\n\n", context.RequestAborted).ConfigureAwait(false);
            await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
            await foreach (var message in channel.Reader.ReadAllAsync(context.RequestAborted).ConfigureAwait(false))
            {
                await context.Response.WriteAsync($"event: build\ndata: {message}\n\n", context.RequestAborted).ConfigureAwait(false);
                await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away.
        }
        finally
        {
            lock (_lock)
            {
                _clients.Remove(channel);
            }
        }
    }

    private static byte[] ReadScript()
    {
        using var stream = typeof(LiveServer).Assembly.GetManifestResourceStream("serve/live.js")!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}

/// <summary>What the live-reload script hears after a build.</summary>
/// <param name="Ok">The build succeeded.</param>
/// <param name="Everything">Every page was written again.</param>
/// <param name="StylesOnly">Only stylesheets changed.</param>
/// <param name="Pages">URL paths of the pages written again (<c>/recaps/c1/a/</c>).</param>
/// <param name="Problems">The diagnostics of a failed build, as the console shows them.</param>
/// <param name="Initial">Sent to a page as it connects: the last build, not a new one.</param>
internal sealed record BuildEvent(bool Ok, bool Everything, bool StylesOnly, IReadOnlyList<string> Pages, string Problems, bool Initial = false)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
