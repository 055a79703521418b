using System.Text;

namespace Recap.Tests.Serve;

/// <summary>A response as it came over the wire: status, headers (names in any case) and body.</summary>
internal sealed class RawResponse
{
    private RawResponse(int status, IReadOnlyDictionary<string, string> headers, byte[] body)
    {
        Status = status;
        Headers = headers;
        Body = body;
    }

    public int Status { get; }

    public IReadOnlyDictionary<string, string> Headers { get; }

    public byte[] Body { get; }

    public string Text => Encoding.UTF8.GetString(Body);

    public string? Location => Headers.GetValueOrDefault("Location");

    public string? ContentType => Headers.GetValueOrDefault("Content-Type");

    public static RawResponse Parse(byte[] response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var end = response.AsSpan().IndexOf("\r\n\r\n"u8);
        Assert.That(end, Is.GreaterThan(0), () => "no complete response: " + Encoding.UTF8.GetString(response));
        var lines = Encoding.ASCII.GetString(response, 0, end).Split("\r\n");
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            headers[line[..colon]] = line[(colon + 1)..].Trim();
        }

        Assert.That(headers.ContainsKey("Transfer-Encoding"), Is.False, "every answer has a length");
        return new RawResponse(int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), headers, response[(end + 4)..]);
    }

    public override string ToString() => $"{Status} {string.Join(", ", Headers.Select(h => h.Key + ": " + h.Value))}";
}
