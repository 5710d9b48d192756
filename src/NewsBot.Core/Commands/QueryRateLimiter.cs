using Microsoft.Extensions.Options;
using NewsBot.Core.Delivery;

namespace NewsBot.Core.Commands;

/// <summary>
/// At most <see cref="CommandOptions.QueriesPerMinutePerChannel"/> queries per channel in any 60 seconds:
/// a sliding window of the times of the last queries, so a burst is refused until its first query is a
/// minute old, not until some clock minute ends.
/// </summary>
internal sealed class QueryRateLimiter(TimeProvider time, IOptions<CommandOptions> options)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private readonly Dictionary<ChannelAddress, Queue<DateTimeOffset>> _recent = [];
    private int _sweepAbove = 1024;

    /// <param name="channel">The channel asking.</param>
    /// <param name="retryAfter">When refused, how long until the channel may ask again.</param>
    /// <returns>True, and counted, if the channel is within its quota.</returns>
    public bool TryAcquire(ChannelAddress channel, out TimeSpan retryAfter)
    {
        var now = time.GetUtcNow();
        var limit = options.Value.QueriesPerMinutePerChannel;
        lock (_gate)
        {
            if (!_recent.TryGetValue(channel, out var times))
            {
                _recent[channel] = times = new Queue<DateTimeOffset>();
                SweepIfLarge(now);
            }

            while (times.Count > 0 && times.Peek() + Window <= now)
            {
                times.Dequeue();
            }

            if (times.Count >= limit)
            {
                retryAfter = times.Peek() + Window - now;
                return false;
            }

            times.Enqueue(now);
            retryAfter = TimeSpan.Zero;
            return true;
        }
    }

    // Channels that asked once and went quiet would otherwise stay in the table for good.
    private void SweepIfLarge(DateTimeOffset now)
    {
        if (_recent.Count <= _sweepAbove)
        {
            return;
        }

        foreach (var (channel, times) in _recent.ToList())
        {
            if (times.Count == 0 || times.Last() + Window <= now)
            {
                _recent.Remove(channel);
            }
        }

        _sweepAbove = Math.Max(1024, _recent.Count * 2);
    }
}
