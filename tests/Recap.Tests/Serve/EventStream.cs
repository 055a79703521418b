using System.Text.Json;

namespace Recap.Tests.Serve;

/// <summary>The server-sent events of <c>/__recap/events</c>, one build at a time.</summary>
internal sealed class EventStream(Stream stream) : IAsyncDisposable
{
    private readonly StreamReader _reader = new(stream);

    public async Task<JsonElement> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await _reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                return JsonDocument.Parse(line["data: ".Length..]).RootElement.Clone();
            }
        }

        throw new EndOfStreamException("the event stream ended");
    }

    public async ValueTask DisposeAsync()
    {
        _reader.Dispose();
        await stream.DisposeAsync();
    }
}
