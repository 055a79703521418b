using System.Net.Sockets;
using System.Text;

namespace Recap.Tests.Serve;

/// <summary>
/// One HTTP/1.1 request over a plain socket, its target sent byte for byte (as UTF-8): HttpClient
/// resolves dot segments, turns backslashes into slashes and rewrites escapes, and these tests
/// need the targets a hostile client would send.
/// </summary>
internal static class RawHttp
{
    public static async Task<RawResponse> SendAsync(Uri server, string method, string target)
    {
        ArgumentNullException.ThrowIfNull(server);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port, timeout.Token);
        var stream = client.GetStream();
        var request = Encoding.UTF8.GetBytes($"{method} {target} HTTP/1.1\r\nHost: {server.Authority}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(request, timeout.Token);

        // Connection: close, so the response ends where the stream does.
        using var received = new MemoryStream();
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, timeout.Token)) > 0)
            {
                received.Write(buffer, 0, read);
            }
        }
        catch (IOException) when (received.Length > 0)
        {
            // A server that refuses a request may reset the connection once it has answered.
        }

        return RawResponse.Parse(received.ToArray());
    }
}
