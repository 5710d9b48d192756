using System.Collections.Concurrent;
using System.Globalization;
using NewsBot.Core.Alerts;
using NewsBot.Core.Delivery;

namespace NewsBot.Testing.Chat;

/// <summary>
/// An in-process chat platform that records every alert posted; it can be told to fail the next sends.
/// By default it honors <see cref="Alert.DeliveryKey"/> the way Discord honors an enforced nonce: a
/// second send with the same key returns the first message id and posts nothing.
/// </summary>
public sealed class RecordingChatTransport(string platform = "test", bool honorsDeliveryKey = true) : IChatTransport
{
    private readonly ConcurrentQueue<Exception> _failures = new();
    private readonly ConcurrentDictionary<string, string> _byKey = new();
    private long _ids;

    public string Platform { get; } = platform;

    /// <summary>What was actually posted, in order.</summary>
    public ConcurrentQueue<(ChannelAddress Channel, Alert Alert, string MessageId)> Sent { get; } = new();

    /// <summary>Updates received, in order (this platform "edits" when allowed: same message id back).</summary>
    public ConcurrentQueue<(ChannelAddress Channel, AlertUpdate Update, string MessageId)> Updates { get; } = new();

    public void FailNext(Exception exception) => _failures.Enqueue(exception);

    public Task<string> SendUpdateAsync(ChannelAddress channel, AlertUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (_failures.TryDequeue(out var failure))
        {
            throw failure;
        }

        var id = update.MayEdit ? update.OriginalMessageId : Interlocked.Increment(ref _ids).ToString(CultureInfo.InvariantCulture);
        Updates.Enqueue((channel, update, id));
        return Task.FromResult(id);
    }

    public Task<string> SendAlertAsync(ChannelAddress channel, Alert alert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        if (_failures.TryDequeue(out var failure))
        {
            throw failure;
        }

        if (honorsDeliveryKey && alert.DeliveryKey is { } key && _byKey.TryGetValue(key, out var existing))
        {
            return Task.FromResult(existing);
        }

        var id = Interlocked.Increment(ref _ids).ToString(CultureInfo.InvariantCulture);
        if (honorsDeliveryKey && alert.DeliveryKey is { } newKey)
        {
            _byKey[newKey] = id;
        }

        Sent.Enqueue((channel, alert, id));
        return Task.FromResult(id);
    }
}
