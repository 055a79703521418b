using System.Buffers;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Recap.Content;

namespace Recap.Cli.Serve;

/// <summary>
/// Serves a built site to GET and HEAD requests on 127.0.0.1 under its base path (<c>/recaps/</c> for
/// <c>https://user.github.io/recaps/</c>; <c>/</c> redirects there), with <c>index.html</c> for
/// folders and the site's <c>404.html</c> for misses. HTML pages get the live-reload script, which
/// listens to <c>/__recap/events</c> (server-sent events) for the outcome of each build.
/// While the first build is still writing the folder, a file not there yet is asked of
/// <see cref="Early"/>, which makes it from the loaded site.
/// </summary>
internal sealed class LiveServer : IAsyncDisposable
{
    public const string EventsPath = "/__recap/events";
    public const string ScriptPath = "/__recap/live.js";

    /// <summary>As GitHub Pages serves them: feeds and the sitemap are application/xml.</summary>
    private static readonly FileExtensionContentTypeProvider ContentTypes = new() { Mappings = { [".xml"] = "application/xml" } };
    private static readonly byte[] Script = ReadScript();

    /// <summary>Besides the system's own, a backslash: a separator on Windows, and in browsers' reading of URLs.</summary>
    private static readonly SearchValues<char> NotInNames = SearchValues.Create([.. Path.GetInvalidFileNameChars(), '\\']);

    private readonly string _root;
    private readonly string[] _baseSegments;
    private readonly string _basePath;
    private readonly WebApplication _app;
    private readonly Lock _lock = new();
    private readonly List<Channel<string>> _clients = [];
    private BuildEvent? _lastBuild;

    private LiveServer(string root, string basePath, WebApplication app)
    {
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));

        // Read as a request's path is, so that both compare decoded; an empty segment would make
        // the redirect from / scheme-relative, so the base path never holds one.
        _baseSegments = RequestTarget.TryParse(basePath, out var target) && !target.LeavesRoot ? [.. target.Segments.Where(s => s.Length > 0)] : [];
        _basePath = FolderPath(_baseSegments);
        _app = app;
    }

    /// <summary>
    /// Makes a file the folder does not hold yet (a path relative to it, with '/'), or answers null
    /// when the site has none; set while the first build runs, then cleared.
    /// </summary>
    public Func<string, CancellationToken, Task<byte[]?>>? Early { get; set; }

    /// <summary>Fires when the host is asked to stop (Ctrl+C or SIGTERM, which ASP.NET Core listens for too).</summary>
    public CancellationToken Stopping => _app.Lifetime.ApplicationStopping;

    /// <summary>The address of the site: <c>http://127.0.0.1:PORT/recaps/</c>.</summary>
    public string Url { get; private set; } = string.Empty;

    /// <param name="root">The built site's folder.</param>
    /// <param name="basePath">The path of base_url, with slashes at both ends.</param>
    /// <param name="port">0 picks a free port.</param>
    public static async Task<LiveServer> StartAsync(string root, string basePath, int port, CancellationToken cancellation)
    {
        // No configuration, logging or content root of its own: the slim builder reads appsettings
        // files with reload on change, which watches the working folder and every folder under it
        // (a home folder: hundreds of thousands of inotify watches, and their memory).
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var server = new LiveServer(root, basePath, app);
        app.Run(server.HandleAsync);
        await app.StartAsync(cancellation).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Url = new Uri(new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)), server._basePath).ToString();
        return server;
    }

    /// <summary>Tells every open page how a build went; a page that connects later hears the last one.</summary>
    public void Announce(BuildEvent build)
    {
        var json = JsonSerializer.Serialize(build, BuildEventJson.Default.BuildEvent);
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
        // A static site has nothing to post, put or delete, here or on the hosts it is published on.
        // Methods are case-sensitive (RFC 9110 9.1): "get" is another method, not GET.
        if (context.Request.Method is not ("GET" or "HEAD"))
        {
            context.Response.Headers.Allow = "GET, HEAD";
            SendEmpty(context, StatusCodes.Status405MethodNotAllowed);
            return;
        }

        if (!RequestTarget.TryParse(context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget, out var target))
        {
            SendEmpty(context, StatusCodes.Status400BadRequest);
            return;
        }

        if (target.Path == EventsPath)
        {
            await StreamEventsAsync(context).ConfigureAwait(false);
        }
        else if (target.Path == ScriptPath)
        {
            await SendAsync(context, StatusCodes.Status200OK, "text/javascript; charset=utf-8", Script).ConfigureAwait(false);
        }
        else if (target.LeavesRoot)
        {
            await SendNotFoundAsync(context).ConfigureAwait(false);
        }
        else if (_baseSegments.Length > 0 && (target.Segments.Count == 0 || (!target.EndsWithSlash && target.Segments.SequenceEqual(_baseSegments))))
        {
            Redirect(context, _basePath + target.Query);
        }
        else if (target.Segments.Count < _baseSegments.Length || !target.Segments.Take(_baseSegments.Length).SequenceEqual(_baseSegments))
        {
            await SendNotFoundAsync(context).ConfigureAwait(false);
        }
        else
        {
            await SendFileAsync(context, target).ConfigureAwait(false);
        }
    }

    private async Task SendFileAsync(HttpContext context, RequestTarget target)
    {
        // An empty segment (a doubled slash) or one holding a backslash names no file, on any
        // system: refusing them here keeps them out of file paths and out of redirects, where
        // "//host" or "/\host" would send the browser to another host.
        var names = target.Segments.Skip(_baseSegments.Length).ToList();
        if (names.Any(name => name.Length == 0 || name.AsSpan().IndexOfAny(NotInNames) >= 0))
        {
            await SendNotFoundAsync(context).ConfigureAwait(false);
            return;
        }

        var full = Path.GetFullPath(Path.Combine([_root, .. names]));
        if (!FileTree.IsSameOrInside(full, _root))
        {
            // Dot segments are resolved already; this only guards against a system's own path rules.
            await SendNotFoundAsync(context).ConfigureAwait(false);
            return;
        }

        if (Early is { } early && !Directory.Exists(full) && !File.Exists(full))
        {
            await SendEarlyAsync(context, target, string.Join('/', names), early).ConfigureAwait(false);
            return;
        }

        if (Directory.Exists(full))
        {
            if (!target.EndsWithSlash)
            {
                Redirect(context, FolderPath(target.Segments) + target.Query);
                return;
            }

            full = Path.Combine(full, "index.html");
        }
        else if (target.EndsWithSlash)
        {
            // A file is not a folder, whatever the system makes of a trailing separator.
            await SendNotFoundAsync(context).ConfigureAwait(false);
            return;
        }

        if (!File.Exists(full))
        {
            await SendNotFoundAsync(context).ConfigureAwait(false);
            return;
        }

        await SendFileAsync(context, full, StatusCodes.Status200OK).ConfigureAwait(false);
    }

    /// <summary>
    /// Answers with a file the first build has not written yet, made from the loaded site: a
    /// folder's <c>index.html</c>, the redirect to a folder, or the site's 404 page.
    /// </summary>
    private async Task SendEarlyAsync(HttpContext context, RequestTarget target, string relative, Func<string, CancellationToken, Task<byte[]?>> early)
    {
        var aborted = context.RequestAborted;
        var index = relative.Length == 0 ? "index.html" : relative + "/index.html";
        if (target.EndsWithSlash || relative.Length == 0)
        {
            if (await early(index, aborted).ConfigureAwait(false) is { } page)
            {
                await SendBytesAsync(context, index, page, StatusCodes.Status200OK).ConfigureAwait(false);
                return;
            }
        }
        else if (await early(relative, aborted).ConfigureAwait(false) is { } file)
        {
            await SendBytesAsync(context, relative, file, StatusCodes.Status200OK).ConfigureAwait(false);
            return;
        }
        else if (await early(index, aborted).ConfigureAwait(false) is not null)
        {
            Redirect(context, FolderPath(target.Segments) + target.Query);
            return;
        }

        await SendNotFoundAsync(context).ConfigureAwait(false);
    }

    private async Task SendNotFoundAsync(HttpContext context)
    {
        var notFound = Path.Combine(_root, "404.html");
        if (File.Exists(notFound))
        {
            await SendFileAsync(context, notFound, StatusCodes.Status404NotFound).ConfigureAwait(false);
            return;
        }

        if (Early is { } early && await early("404.html", context.RequestAborted).ConfigureAwait(false) is { } made)
        {
            await SendBytesAsync(context, "404.html", made, StatusCodes.Status404NotFound).ConfigureAwait(false);
            return;
        }

        // The first build failed: there is no site yet, but the page can show why.
        var page = WithScript("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not built yet</title></head><body><p>The site has not been built yet.</p></body></html>");
        await SendAsync(context, StatusCodes.Status404NotFound, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(page)).ConfigureAwait(false);
    }

    private static async Task SendFileAsync(HttpContext context, string file, int status)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(file, context.RequestAborted).ConfigureAwait(false);
        }
        catch (IOException)
        {
            SendEmpty(context, StatusCodes.Status503ServiceUnavailable); // replaced by a build at this very moment
            return;
        }

        await SendBytesAsync(context, file, bytes, status).ConfigureAwait(false);
    }

    /// <summary>Sends a file's bytes with the type its name says; an HTML page gets the live-reload script.</summary>
    private static async Task SendBytesAsync(HttpContext context, string name, byte[] bytes, int status)
    {
        if (!ContentTypes.TryGetContentType(name, out var contentType))
        {
            contentType = "application/octet-stream";
        }

        if (contentType == "text/html")
        {
            contentType = "text/html; charset=utf-8";
            bytes = Encoding.UTF8.GetBytes(WithScript(Encoding.UTF8.GetString(bytes)));
        }
        else if (contentType.StartsWith("text/", StringComparison.Ordinal) || contentType.EndsWith("xml", StringComparison.Ordinal))
        {
            contentType += "; charset=utf-8";
        }

        await SendAsync(context, status, contentType, bytes).ConfigureAwait(false);
    }

    /// <summary>Sends a whole body with its length; a HEAD request gets the same headers and no body.</summary>
    private static async Task SendAsync(HttpContext context, int status, string contentType, byte[] body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        context.Response.Headers.CacheControl = "no-store";
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// A response with no body says so (Content-Length: 0), for HEAD as for GET: Kestrel adds the
    /// header by itself to GET only.
    /// </summary>
    private static void SendEmpty(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        context.Response.ContentLength = 0;
    }

    /// <param name="location">A path from <see cref="FolderPath"/>, then the query as sent.</param>
    private static void Redirect(HttpContext context, string location)
    {
        context.Response.Headers.Location = location;
        SendEmpty(context, StatusCodes.Status302Found);
    }

    /// <summary>
    /// <c>/a/b/</c> for the segments, each escaped, or <c>/</c>: the path of every redirect. None
    /// of the segments is empty and an escaped one starts with neither a slash nor a backslash, so
    /// a Location never begins with <c>//</c> or <c>/\</c>, which browsers read as another host.
    /// </summary>
    private static string FolderPath(IReadOnlyList<string> segments)
    {
        Debug.Assert(segments.All(s => s.Length > 0), "empty segments are refused before a redirect");
        return segments.Count == 0 ? "/" : "/" + string.Join('/', segments.Select(Uri.EscapeDataString)) + "/";
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
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return; // the headers of the stream, without opening one
        }

        var channel = Channel.CreateUnbounded<string>();
        lock (_lock)
        {
            _clients.Add(channel);
            if (_lastBuild is { } last)
            {
                channel.Writer.TryWrite(JsonSerializer.Serialize(last with { Initial = true }, BuildEventJson.Default.BuildEvent));
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
/// <param name="Initial">
/// The build the page was served from, not a new one: sent to a page as it connects, and the first
/// build's outcome, since a page served while it ran was made from the same site.
/// </param>
internal sealed record BuildEvent(bool Ok, bool Everything, bool StylesOnly, IReadOnlyList<string> Pages, string Problems, bool Initial = false);

/// <summary>
/// <see cref="BuildEvent"/> as JSON with camel-case names, written by code generated at compile
/// time: the published tool is compiled ahead of time and has no reflection-based serializer.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(BuildEvent))]
internal sealed partial class BuildEventJson : JsonSerializerContext;
