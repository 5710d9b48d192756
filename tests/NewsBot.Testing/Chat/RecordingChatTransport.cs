using System.Collections.Concurrent;
using System.Globalization;
using NewsBot.Core.Alerts;
using NewsBot.Core.Delivery;

namespace NewsBot.Testing.Chat;

/// <summary>An in-process chat platform that records every alert; it can be told to fail the next sends.</summary>
public sealed class RecordingChatTransport(string platform = "test") : IChatTransport
{
    private readonly ConcurrentQueue<Exception> _failures = new();
    private long _ids;

    public string Platform { get; } = platform;

    public ConcurrentQueue<(ChannelAddress Channel, Alert Alert, string MessageId)> Sent { get; } = new();

    public void FailNext(Exception exception) => _failures.Enqueue(exception);

    public Task<string> SendAlertAsync(ChannelAddress channel, Alert alert, CancellationToken cancellationToken)
    {
        if (_failures.TryDequeue(out var failure))
        {
            throw failure;
        }

        var id = Interlocked.Increment(ref _ids).ToString(CultureInfo.InvariantCulture);
        Sent.Enqueue((channel, alert, id));
        return Task.FromResult(id);
    }
}
