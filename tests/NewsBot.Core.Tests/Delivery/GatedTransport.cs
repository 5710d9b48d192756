using System.Collections.Concurrent;
using System.Globalization;
using NewsBot.Core.Alerts;
using NewsBot.Core.Delivery;

namespace NewsBot.Core.Tests.Delivery;

/// <summary>
/// A platform whose sends take as long as the test says: a send to a held channel waits until
/// <see cref="Release"/>. Counts sends in flight and the most seen at once, and signals when a number of sends
/// has started or finished, so tests wait on events, never on time.
/// </summary>
internal sealed class GatedTransport(string platform, Func<ChannelAddress, bool> held) : IChatTransport
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _lock = new();
    private readonly List<(int Count, TaskCompletionSource Reached)> _startedWaits = [];
    private readonly List<(int Count, TaskCompletionSource Reached)> _sentWaits = [];
    private int _inFlight;
    private int _started;
    private long _ids;

    public string Platform { get; } = platform;

    public int MaxInFlight { get; private set; }

    /// <summary>Sends finished, with their delivery ids, in order.</summary>
    public ConcurrentQueue<(ChannelAddress Channel, long DeliveryId)> Sent { get; } = new();

    public void Release() => _gate.TrySetResult();

    /// <summary>Completes once <paramref name="count"/> sends have started.</summary>
    public Task Started(int count) => Wait(_startedWaits, count, () => _started);

    /// <summary>Completes once <paramref name="count"/> sends have finished.</summary>
    public Task Finished(int count) => Wait(_sentWaits, count, () => Sent.Count);

    public async Task<string> SendAlertAsync(ChannelAddress channel, Alert alert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        lock (_lock)
        {
            _inFlight++;
            _started++;
            MaxInFlight = Math.Max(MaxInFlight, _inFlight);
            Signal(_startedWaits, _started);
        }

        try
        {
            if (held(channel))
            {
                await _gate.Task.WaitAsync(cancellationToken);
            }
            else
            {
                await Task.Yield();
            }

            Sent.Enqueue((channel, long.Parse(alert.DeliveryKey!, CultureInfo.InvariantCulture)));
            lock (_lock)
            {
                Signal(_sentWaits, Sent.Count);
            }

            return Interlocked.Increment(ref _ids).ToString(CultureInfo.InvariantCulture);
        }
        finally
        {
            lock (_lock)
            {
                _inFlight--;
            }
        }
    }

    public Task<string> SendUpdateAsync(ChannelAddress channel, AlertUpdate update, CancellationToken cancellationToken) =>
        throw new NotSupportedException("these tests send alerts only");

    // The count is read under the lock that Signal takes: read before it, a send finishing in between would signal
    // no one and leave this wait to time out.
    private Task Wait(List<(int Count, TaskCompletionSource Reached)> waits, int count, Func<int> current)
    {
        lock (_lock)
        {
            if (current() >= count)
            {
                return Task.CompletedTask;
            }

            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            waits.Add((count, reached));
            return reached.Task;
        }
    }

    private static void Signal(List<(int Count, TaskCompletionSource Reached)> waits, int current)
    {
        foreach (var wait in waits.Where(w => w.Count <= current).ToList())
        {
            wait.Reached.TrySetResult();
            waits.Remove(wait);
        }
    }
}
